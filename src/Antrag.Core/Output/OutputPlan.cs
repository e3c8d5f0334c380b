using System.Globalization;
using System.Text;
using Antrag.Diagnostics;
using Antrag.Export;

namespace Antrag.Output;

/// <summary>
/// Which files <c>antrag render</c> writes, decided before anything is rendered: next to each motion or at <c>-o</c> (a
/// PDF, a text, or PNG pages <c>NAME-1.png</c>, <c>NAME-2.png</c>, … numbered from the name), one combined PDF for several
/// motions with <c>-o</c>, or standard output for <c>-o -</c>. <see cref="Create"/> refuses with coded diagnostics what
/// cannot work: options that do not fit together, two motions written to one file, and outputs that are not files or that
/// would replace a motion of the render; <see cref="Check"/> refuses outputs that would replace what a motion reads.
/// </summary>
public sealed class OutputPlan
{
    /// <summary>The output name that means standard output (<c>-o -</c>), for piping the text or the PDF into another program.</summary>
    public const string StandardOutput = "-";

    private OutputPlan(IReadOnlyList<string> motions, IReadOnlyList<string> targets, OutputFormat format, int dpi, bool combined, bool toStandardOutput)
    {
        Motions = motions;
        Targets = targets;
        Format = format;
        Dpi = dpi;
        Combined = combined;
        ToStandardOutput = toStandardOutput;
    }

    /// <summary>The motion files, as the user wrote them.</summary>
    public IReadOnlyList<string> Motions { get; }

    /// <summary>Where each motion goes (for PNG the name its pages are numbered from), or the one combined PDF.</summary>
    public IReadOnlyList<string> Targets { get; }

    public OutputFormat Format { get; }

    /// <summary>Resolution of PNG pages.</summary>
    public int Dpi { get; }

    /// <summary>Several motions into one PDF.</summary>
    public bool Combined { get; }

    /// <summary>The one output goes to standard output (<c>-o -</c>).</summary>
    public bool ToStandardOutput { get; }

    /// <summary>
    /// The plan for rendering <paramref name="files"/> to <paramref name="output"/> (null: next to each motion), or null after
    /// reporting why it cannot work. Reads no motion.
    /// </summary>
    public static OutputPlan? Create(IReadOnlyList<string> files, string? output, OutputFormat format, int dpi, DiagnosticBag diagnostics)
    {
        var combined = files.Count > 1 && output is not null;
        if (combined && format != OutputFormat.Pdf)
        {
            diagnostics.Error(DiagnosticCodes.Usage, SourceSpan.InFile("-o"), $"-o with several motions writes one combined PDF, but --format is {format.ToString().ToLowerInvariant()}", "leave out -o to write one output next to each motion, or use --format pdf");
            return null;
        }

        var missing = false;
        foreach (var file in files.Where(f => !File.Exists(f)))
        {
            missing = true;
            if (Directory.Exists(file))
            {
                diagnostics.Error(DiagnosticCodes.NotAFile, SourceSpan.InFile(file), "this is a folder; render takes motion files", "name the motion files, or use 'antrag build' for a folder");
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.FileNotFound, SourceSpan.InFile(file), "file not found", "check the spelling; paths are relative to the current folder");
            }
        }

        if (missing)
        {
            return null;
        }

        if (output == StandardOutput)
        {
            if ((files.Count > 1 && !combined) || format == OutputFormat.Png)
            {
                diagnostics.Error(DiagnosticCodes.Usage, SourceSpan.InFile(StandardOutput), "'-o -' writes one file to standard output; PNG pages and several motions need files", "give a file name with -o, or render one motion as pdf or txt");
                return null;
            }

            return new OutputPlan(files, [StandardOutput], format, dpi, combined, toStandardOutput: true);
        }

        var targets = combined ? [output!] : files.Select(f => output ?? Path.ChangeExtension(f, Extension(format))).ToList();
        var plan = new OutputPlan(files, targets, format, dpi, combined, toStandardOutput: false);
        var motions = files.Select(f => new InputFile(Path.GetFullPath(f), "the motion itself")).ToList();
        foreach (var target in plan.Targets.Distinct())
        {
            if (plan.Refusal(target, motions) is { } refusal)
            {
                diagnostics.Add(refusal);
                return null;
            }
        }

        if (targets.GroupBy(t => ResolvedPath.OfEntry(t), Checker.PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            diagnostics.Error(DiagnosticCodes.OutputClash, SourceSpan.InFile(twice.First()), "two motions would be written to the same file", "render them one at a time with -o, or give one combined PDF with -o NAME.pdf");
            return null;
        }

        return plan;
    }

    /// <summary>
    /// Whether the outputs leave alone everything <paramref name="loaded"/> (the motion <paramref name="index"/> of the plan)
    /// reads: its profiles, templates, images and fonts; false after reporting the first that one would replace.
    /// </summary>
    public bool Check(int index, LoadedMotion loaded, DiagnosticBag diagnostics)
    {
        if (ToStandardOutput)
        {
            return true;
        }

        var inputs = InputFile.Of(loaded, Path.GetFullPath(Motions[index]));
        foreach (var target in Targets.Distinct())
        {
            if (Refusal(target, inputs) is { } refusal)
            {
                diagnostics.Add(refusal);
                return false;
            }
        }

        return true;
    }

    /// <summary>The files to write (path → bytes), one list per target, from the motions rendered in the plan's order.</summary>
    public List<List<(string Path, byte[] Bytes)>> Files(IReadOnlyList<RenderedMotion> rendered)
    {
        if (Combined)
        {
            return [[(Targets[0], PdfExporter.ExportCombined(rendered.Select(PdfPart.Of).ToList()))]];
        }

        return rendered.Select((r, i) => Format switch
        {
            OutputFormat.Pdf => [(Targets[i], PdfExporter.Export(r.Layout))],
            OutputFormat.Txt => [(Targets[i], Encoding.UTF8.GetBytes(TextExporter.Export(r.LetterheadText, r.Layout, r.HasLineNumbers)))],
            _ => PngExporter.Export(r.Layout, Dpi).Select((bytes, page) => (PngPage(Targets[i], page + 1), bytes)).ToList(),
        }).ToList();
    }

    /// <summary>"out.png", 2 → "out-2.png".</summary>
    public static string PngPage(string basePath, int page) =>
        Path.Combine(Path.GetDirectoryName(basePath) ?? string.Empty, Path.GetFileNameWithoutExtension(basePath)) + "-" + page.ToString(CultureInfo.InvariantCulture) + ".png";

    private static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Pdf => ".pdf",
        OutputFormat.Txt => ".txt",
        _ => ".png",
    };

    /// <summary>Why nothing may be written for <paramref name="target"/>: not a file, or it would replace one of <paramref name="inputs"/>.</summary>
    private Diagnostic? Refusal(string target, IReadOnlyList<InputFile> inputs)
    {
        if (Format != OutputFormat.Png)
        {
            return OutputGuard.NotAFile(target) ?? OutputGuard.Overwrites(target, inputs);
        }

        // The pages NAME-1.png, NAME-2.png, …: every input named like a page is in the way, whatever the number of pages.
        var first = PngPage(target, 1);
        var stem = ResolvedPath.OfEntry(first)[..^"1.png".Length];
        if (OutputGuard.NotAFile(first) is { } notAFile)
        {
            return notAFile;
        }

        return inputs.Where(i => OutputGuard.Names(i.FullPath).Any(n => IsPage(n, stem))).Select(i => OutputGuard.Clash(first, i)).FirstOrDefault();
    }

    private static bool IsPage(string path, string stem) =>
        path.StartsWith(stem, Checker.PathComparison) && path.EndsWith(".png", StringComparison.OrdinalIgnoreCase)
        && path.Length > stem.Length + 4 && path[stem.Length..^4].All(char.IsAsciiDigit);
}
