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
    public Dictionary<string, SourceSpan> Positions { get; } = new(StringComparer.Ordinal);

    /// <summary>True when an error was reported while reading this file.</summary>
    public bool HasErrors => diagnostics.Exists(d => d.Severity == Severity.Error);

    /// <summary>The position of the file itself (no line).</summary>
    public SourceSpan File => SourceSpan.InFile(DisplayPath);

    /// <summary>The first character of the file, where problems of the whole file are reported.</summary>
    public SourceSpan FileStart => new(DisplayPath, 1, 1);

    /// <summary>Maps a line of the YAML being read to the line of the file the user wrote (front matter of a .md file).</summary>
    public Func<int, int>? LineMap { get; set; }

    /// <summary>The place of one mark (a point: its end is not known).</summary>
    public SourceSpan At(Mark mark)
    {
        var (line, column) = Map(mark);
        return new(DisplayPath, line, column);
    }

    /// <summary>The stretch from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public SourceSpan At(Mark start, Mark end)
    {
        var (line, column) = Map(start);
        var (endLine, endColumn) = Map(end);
        return endLine > line || (endLine == line && endColumn > column)
            ? new(DisplayPath, line, column, endLine, endColumn)
            : new(DisplayPath, line, column);
    }

    /// <summary>The stretch a node covers in the file.</summary>
    public SourceSpan At(YamlNode node) => At(node.Start, node.End);

    public void Error(DiagnosticCode code, SourceSpan at, string message, string? hint = null) =>
        diagnostics.Add(new Diagnostic(code, Severity.Error, at, message, hint));

    public void Warning(DiagnosticCode code, SourceSpan at, string message, string? hint = null) =>
        diagnostics.Add(new Diagnostic(code, Severity.Warning, at, message, hint));

    public void Note(DiagnosticCode code, SourceSpan at, string message, string? hint = null) =>
        diagnostics.Add(new Diagnostic(code, Severity.Note, at, message, hint));

    private (int Line, int Column) Map(Mark mark)
    {
        var line = (int)Math.Clamp(mark.Line, 1, int.MaxValue);
        return (LineMap?.Invoke(line) ?? line, (int)Math.Clamp(mark.Column, 1, int.MaxValue));
    }

    /// <summary>Hands the problems to the caller's bag, in file order (line, then column), each once (aliases can repeat one).</summary>
    public void FlushTo(DiagnosticBag bag) =>
        bag.AddRange(diagnostics.Distinct().OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column));
}
