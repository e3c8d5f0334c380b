using System.CommandLine;
using Antrag.Diagnostics;
using Antrag.Export;

namespace Antrag.Cli;

/// <summary>The <c>render</c> command: parses its options, runs the pipeline, writes the output, maps the outcome to an exit code.</summary>
public static class RenderCommand
{
    public static Command Create(Option<bool> verbose)
    {
        var file = new Argument<string[]>("FILE")
        {
            Description = "The motions to render (.yaml or .md files). Several files with -o OUT.pdf give one combined PDF.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write (- for standard output, one pdf or txt). Default: next to each FILE with the format's extension. For png, pages are written as NAME-1.png, NAME-2.png, … "
                + "With several FILEs, -o names one PDF that holds them all, one after another, with a bookmark per motion.",
        };
        var format = CliOptions.Choice("--format", "-f", "pdf (default), png (one image per page) or txt (the letterhead text).", "pdf", "png", "txt");
        var dpi = CliOptions.Number("--dpi", "Resolution of PNG pages.", 30, 600, PngExporter.DefaultDpi);

        var command = new Command(
            "render",
            "Render a motion into the faction's letterhead PDF (or PNG pages, or text); several motions with -o OUT.pdf into one PDF.\n\n"
            + "Example:\n  antrag render samples/krefeld/antrag-4493-23-A.yaml\n"
            + "  antrag render antrag.yaml --format png -o vorschau/antrag.png\n"
            + "  antrag render antrag-1.yaml antrag-2.yaml anfrage-3.yaml -o sitzung.pdf")
        {
            file, output, format, dpi,
        };
        command.SetAction(parse => Run(
            parse.GetValue(file)!,
            parse.GetValue(output),
            Enum.Parse<OutputFormat>(parse.GetValue(format)!, ignoreCase: true),
            parse.GetValue(dpi),
            parse.GetValue(verbose),
            Console.Out,
            Console.Error));
        return command;
    }

    /// <summary>
    /// Renders <paramref name="files"/>: each to its own output, or, when there are several and <paramref name="output"/> is given,
    /// all into one PDF. Nothing is written unless every motion renders. Returns an exit code from <see cref="ExitCodes"/>.
    /// </summary>
    public static int Run(IReadOnlyList<string> files, string? output, OutputFormat format, int dpi, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var combined = files.Count > 1 && output is not null;
        if (combined && format != OutputFormat.Pdf)
        {
            DiagnosticPrinter.Error(stderr, DiagnosticCodes.Usage, "-o", $"-o with several motions writes one combined PDF, but --format is {format.ToString().ToLowerInvariant()}", "leave out -o to write one output next to each motion, or use --format pdf");
            return ExitCodes.BadInput;
        }

        var missing = files.Where(f => !File.Exists(f)).ToList();
        foreach (var f in missing)
        {
            if (Directory.Exists(f))
            {
                DiagnosticPrinter.Error(stderr, DiagnosticCodes.NotAFile, f, "this is a folder; render takes motion files", "name the motion files, or use 'antrag build' for a folder");
            }
            else
            {
                DiagnosticPrinter.Error(stderr, DiagnosticCodes.FileNotFound, f, "file not found", "check the spelling; paths are relative to the current folder");
            }
        }

        if (missing.Count > 0)
        {
            return ExitCodes.BadInput;
        }

        var diagnostics = new DiagnosticBag();
        var printed = false;
        var rendered = new List<RenderedMotion>();
        var file = files[0];
        try
        {
            var failed = false;
            foreach (var f in files)
            {
                file = f;
                var motion = Pipeline.Run(f, diagnostics);
                if (motion is null)
                {
                    failed = true;
                }
                else
                {
                    rendered.Add(motion);
                }
            }

            DiagnosticPrinter.Print(diagnostics.Items, stderr);
            printed = true;
            if (failed)
            {
                return ExitCodes.BadInput;
            }

            // One list of files per motion, or a single list for the combined PDF.
            var perMotion = new List<List<(string, byte[])>>();
            if (combined)
            {
                file = string.Join(", ", files);
                perMotion.Add([(output!, PdfExporter.ExportCombined(rendered.Select(PdfPart.Of).ToList()))]);
            }
            else
            {
                for (var i = 0; i < files.Count; i++)
                {
                    file = files[i];
                    perMotion.Add(Outputs(rendered[i], files[i], output, format, dpi));
                }
            }

            var outputs = perMotion.SelectMany(o => o).ToList();
            if (output == StandardOutput)
            {
                return WriteToStandardOutput(outputs, format, stdout, stderr);
            }

            var targets = outputs.Select(o => Path.GetFullPath(o.Item1)).ToHashSet(StringComparer.Ordinal);
            if (files.FirstOrDefault(f => targets.Contains(Path.GetFullPath(f))) is { } overwritten)
            {
                DiagnosticPrinter.Error(stderr, DiagnosticCodes.OutputClash, overwritten, "the output would overwrite the motion itself", "choose another path with -o");
                return ExitCodes.BadInput;
            }

            if (outputs.GroupBy(o => Path.GetFullPath(o.Item1), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                DiagnosticPrinter.Error(stderr, DiagnosticCodes.OutputClash, twice.First().Item1, "two motions would be written to the same file", "render them one at a time with -o, or give one combined PDF with -o NAME.pdf");
                return ExitCodes.BadInput;
            }

            try
            {
                AtomicFile.WriteAll(outputs);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                DiagnosticPrinter.Error(stderr, DiagnosticCodes.CannotWrite, outputs[0].Item1, $"cannot write the output: {ex.Message}", "check that the folder exists and can be written to, and that the disk is not full");
                return ExitCodes.BadInput;
            }

            if (combined)
            {
                var total = rendered.Sum(r => r.Layout.Pages.Count);
                stdout.WriteLine($"wrote {output} ({rendered.Count} motions, {total} {(total == 1 ? "page" : "pages")})");
                return ExitCodes.Ok;
            }

            for (var i = 0; i < files.Count; i++)
            {
                var pages = rendered[i].Layout.Pages.Count;
                var written = perMotion[i];
                if (format == OutputFormat.Png)
                {
                    RemoveStalePages(written[0].Item1, written.Count);
                }

                stdout.WriteLine(written.Count == 1
                    ? $"wrote {written[0].Item1} ({pages} {(pages == 1 ? "page" : "pages")})"
                    : $"wrote {written.Count} pages: {written[0].Item1} … {written[^1].Item1}");
            }

            return ExitCodes.Ok;
        }
        catch (Exception ex)
        {
            if (!printed)
            {
                DiagnosticPrinter.Print(diagnostics.Items, stderr);
            }

            DiagnosticPrinter.InternalError(ex, verbose, stderr, file);
            return ExitCodes.InternalError;
        }
        finally
        {
            foreach (var r in rendered)
            {
                r.Dispose();
            }
        }
    }

    /// <summary>The files one motion renders to: a PDF, a text file, or one PNG per page; at <paramref name="output"/> or next to the motion.</summary>
    private static List<(string, byte[])> Outputs(RenderedMotion rendered, string file, string? output, OutputFormat format, int dpi) => format switch
    {
        OutputFormat.Pdf => [(output ?? Path.ChangeExtension(file, ".pdf"), PdfExporter.Export(rendered.Layout))],
        OutputFormat.Txt => [(output ?? Path.ChangeExtension(file, ".txt"), System.Text.Encoding.UTF8.GetBytes(TextExporter.Export(rendered.LetterheadText, rendered.Layout, rendered.HasLineNumbers)))],
        _ => PngPages(output ?? Path.ChangeExtension(file, ".png"), PngExporter.Export(rendered.Layout, dpi)),
    };

    /// <summary>The output name that means standard output (<c>-o -</c>), for piping the text or the PDF into another program.</summary>
    public const string StandardOutput = "-";

    /// <summary>Writes the one output of one motion to standard output instead of a file: text as text, a PDF as bytes.</summary>
    private static int WriteToStandardOutput(List<(string Path, byte[] Bytes)> outputs, OutputFormat format, TextWriter stdout, TextWriter stderr)
    {
        if (outputs.Count != 1 || format == OutputFormat.Png)
        {
            DiagnosticPrinter.Error(stderr, DiagnosticCodes.Usage, "-", "'-o -' writes one file to standard output; PNG pages and several motions need files", "give a file name with -o, or render one motion as pdf or txt");
            return ExitCodes.BadInput;
        }

        if (format == OutputFormat.Txt)
        {
            stdout.Write(System.Text.Encoding.UTF8.GetString(outputs[0].Bytes));
            stdout.Flush();
        }
        else
        {
            stdout.Flush();
            using var stream = Console.OpenStandardOutput();
            stream.Write(outputs[0].Bytes);
        }

        return ExitCodes.Ok;
    }

    /// <summary>"out.png" → out-1.png, out-2.png, …</summary>
    private static List<(string, byte[])> PngPages(string basePath, IReadOnlyList<byte[]> pages)
    {
        var stem = Path.Combine(Path.GetDirectoryName(basePath) ?? string.Empty, Path.GetFileNameWithoutExtension(basePath));
        return pages.Select((bytes, i) => (stem + "-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".png", bytes)).ToList();
    }

    /// <summary>Deletes NAME-N.png pages left from an earlier, longer render, so no stale page is mistaken for current.</summary>
    private static void RemoveStalePages(string firstPage, int pages)
    {
        var stem = firstPage[..^"-1.png".Length];
        for (var n = pages + 1; File.Exists(stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".png"); n++)
        {
            File.Delete(stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".png");
        }
    }
}
