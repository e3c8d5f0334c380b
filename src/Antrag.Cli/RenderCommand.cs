using System.CommandLine;
using Antrag.Export;
using Antrag.Output;

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
    /// all into one PDF (<see cref="RenderJob"/>). Nothing is written unless every motion renders. Returns an exit code from <see cref="ExitCodes"/>.
    /// </summary>
    public static int Run(IReadOnlyList<string> files, string? output, OutputFormat format, int dpi, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var result = Jobs.Render(files, output, format, dpi);
        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        if (result.Error is { } error)
        {
            DiagnosticPrinter.InternalError(error, verbose, stderr, result.ErrorFile);
            return ExitCodes.InternalError;
        }

        if (!result.Succeeded)
        {
            return ExitCodes.BadInput;
        }

        if (result.StandardOutput is { } bytes)
        {
            WriteToStandardOutput(bytes, format, stdout);
            return ExitCodes.Ok;
        }

        foreach (var written in result.Written)
        {
            var pages = $"{written.Pages} {(written.Pages == 1 ? "page" : "pages")}";
            stdout.WriteLine(written.Motions > 1 ? $"wrote {written.Paths[0]} ({written.Motions} motions, {pages})"
                : written.Paths.Count == 1 ? $"wrote {written.Paths[0]} ({pages})"
                : $"wrote {written.Paths.Count} pages: {written.Paths[0]} … {written.Paths[^1]}");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Writes the one output of one motion to standard output instead of a file: text as text, a PDF as bytes.</summary>
    private static void WriteToStandardOutput(byte[] bytes, OutputFormat format, TextWriter stdout)
    {
        if (format == OutputFormat.Txt)
        {
            stdout.Write(System.Text.Encoding.UTF8.GetString(bytes));
            stdout.Flush();
        }
        else
        {
            stdout.Flush();
            using var stream = Console.OpenStandardOutput();
            stream.Write(bytes);
        }
    }
}
