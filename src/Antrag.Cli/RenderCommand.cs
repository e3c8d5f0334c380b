using System.CommandLine;
using Antrag.Diagnostics;
using Antrag.Export;

namespace Antrag.Cli;

/// <summary>The <c>render</c> command: parses its options, runs the pipeline, writes the output, maps the outcome to an exit code.</summary>
public static class RenderCommand
{
    public static Command Create(Option<bool> verbose)
    {
        var file = new Argument<string>("FILE") { Description = "The motion to render (a .yaml file)." };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write. Default: next to FILE with the format's extension. For png, pages are written as NAME-1.png, NAME-2.png, …",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "pdf (default), png (one image per page) or txt (the letterhead text).",
            DefaultValueFactory = _ => "pdf",
        };
        format.AcceptOnlyFromAmong("pdf", "png", "txt");
        var dpi = new Option<int>("--dpi")
        {
            Description = "Resolution of PNG pages.",
            DefaultValueFactory = _ => PngExporter.DefaultDpi,
        };
        dpi.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<int>();
            if (v is < 30 or > 600)
            {
                r.AddError("--dpi must be between 30 and 600");
            }
        });

        var command = new Command(
            "render",
            "Render a motion into the faction's letterhead PDF (or PNG pages, or text).\n\n"
            + "Example:\n  antrag render samples/krefeld/antrag-4493-23-A.yaml\n"
            + "  antrag render antrag.yaml --format png -o vorschau/antrag.png")
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

    /// <summary>Renders <paramref name="file"/>; returns an exit code from <see cref="ExitCodes"/>.</summary>
    public static int Run(string file, string? output, OutputFormat format, int dpi, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine(Directory.Exists(file)
                    ? $"{file}: error: this is a folder; render takes one motion file"
                    : $"{file}: error: file not found");
                return ExitCodes.BadInput;
            }

            using var rendered = Pipeline.Run(file, diagnostics);
            DiagnosticPrinter.Print(diagnostics.Items, stderr);
            if (rendered is null)
            {
                return ExitCodes.BadInput;
            }

            var files = format switch
            {
                OutputFormat.Pdf => [(output ?? Path.ChangeExtension(file, ".pdf"), PdfExporter.Export(rendered.Layout))],
                OutputFormat.Txt => [(output ?? Path.ChangeExtension(file, ".txt"), System.Text.Encoding.UTF8.GetBytes(TextExporter.Export(rendered.LetterheadText, rendered.Layout, rendered.HasLineNumbers)))],
                _ => PngPages(output ?? Path.ChangeExtension(file, ".png"), PngExporter.Export(rendered.Layout, dpi)),
            };

            var input = Path.GetFullPath(file);
            if (files.Any(f => string.Equals(Path.GetFullPath(f.Item1), input, StringComparison.Ordinal)))
            {
                stderr.WriteLine($"{file}: error: the output would overwrite the motion itself; choose another path with -o");
                return ExitCodes.BadInput;
            }

            try
            {
                AtomicFile.WriteAll(files);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{files[0].Item1}: error: cannot write the output: {ex.Message}");
                return ExitCodes.BadInput;
            }

            if (format == OutputFormat.Png)
            {
                RemoveStalePages(files[0].Item1, files.Count);
            }

            var pages = rendered.Layout.Pages.Count;
            stdout.WriteLine(files.Count == 1
                ? $"wrote {files[0].Item1} ({pages} {(pages == 1 ? "page" : "pages")})"
                : $"wrote {files.Count} pages: {files[0].Item1} … {files[^1].Item1}");
            return ExitCodes.Ok;
        }
        catch (Exception ex)
        {
            DiagnosticPrinter.Print(diagnostics.Items, stderr);
            stderr.WriteLine($"{file}: error: internal error: {ex.Message}");
            stderr.WriteLine(verbose ? ex.ToString() : "  hint: this is a bug in antrag; run again with --verbose and report the output");
            return ExitCodes.InternalError;
        }
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
