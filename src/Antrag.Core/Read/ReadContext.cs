using Antrag.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Antrag.Read;

/// <summary>The state of reading one file: its display path, the problems found so far and where each key stood.</summary>
internal sealed class ReadContext(string displayPath)
{
    private readonly List<Diagnostic> diagnostics = [];

    /// <summary>The path as the user named it, used in every diagnostic.</summary>
    public string DisplayPath { get; } = displayPath;

    /// <summary>Where each key stood, by YAML path such as <c>beratungsfolge[0].gremium</c>.</summary>
    public Dictionary<string, SourcePosition> Positions { get; } = new(StringComparer.Ordinal);

    /// <summary>True when an error was reported while reading this file.</summary>
    public bool HasErrors => diagnostics.Exists(d => d.Severity == Severity.Error);

    /// <summary>The position of the file itself (no line).</summary>
    public SourcePosition File => SourcePosition.InFile(DisplayPath);

    /// <summary>The first character of the file, where problems of the whole file are reported.</summary>
    public SourcePosition FileStart => new(DisplayPath, 1, 1);

    /// <summary>Maps a line of the YAML being read to the line of the file the user wrote (front matter of a .md file).</summary>
    public Func<int, int>? LineMap { get; set; }

    public SourcePosition At(Mark mark)
    {
        var line = (int)Math.Clamp(mark.Line, 1, int.MaxValue);
        return new(DisplayPath, LineMap?.Invoke(line) ?? line, (int)Math.Clamp(mark.Column, 1, int.MaxValue));
    }

    public SourcePosition At(YamlNode node) => At(node.Start);

    public void Error(SourcePosition at, string message, string? hint = null) =>
        diagnostics.Add(new Diagnostic(Severity.Error, at, message, hint));

    public void Warning(SourcePosition at, string message, string? hint = null) =>
        diagnostics.Add(new Diagnostic(Severity.Warning, at, message, hint));

    /// <summary>Hands the problems to the caller's bag, in file order (line, then column), each once (aliases can repeat one).</summary>
    public void FlushTo(DiagnosticBag bag) =>
        bag.AddRange(diagnostics.Distinct().OrderBy(d => d.Position.Line).ThenBy(d => d.Position.Column));
}
