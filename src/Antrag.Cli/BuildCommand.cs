using System.CommandLine;
using Antrag.Build;
using Antrag.Diagnostics;
using Antrag.Export;

namespace Antrag.Cli;

/// <summary>The <c>build</c> command: parses its options, runs <see cref="Builder"/>, shows progress and maps the outcome to an exit code.</summary>
public static class BuildCommand
{
    /// <summary>The names <c>--format</c> takes.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = ["pdf", "png", "txt", "oparl"];

    public static Command Create(Option<bool> verbose)
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "The folder with the motions; its subfolders are searched too.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The output folder; it mirrors the folders of DIR and holds index.html.",
            HelpName = "OUT",
            DefaultValueFactory = _ => "out",
        };
        var format = new Option<string[]>("--format", "-f")
        {
            Description = "What to write for each motion: one or more of pdf, png (one image per page), txt (text for review), oparl (OParl 1.1 JSON of public motions, with the PDF). E.g. --format pdf,oparl",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["pdf"],
        };
        format.Validators.Add(r =>
        {
            var names = Split(r.GetValueOrDefault<string[]>() ?? []).ToList();
            foreach (var name in names.Where(n => !FormatNames.Contains(n)))
            {
                r.AddError($"unknown format '{name}' for --format; choose from {string.Join(", ", FormatNames)}");
            }

            if (names.Count == 0)
            {
                r.AddError($"--format needs at least one of {string.Join(", ", FormatNames)}");
            }
        });
        var dpi = CliOptions.Number("--dpi", "Resolution of PNG pages.", 30, 600, PngExporter.DefaultDpi);
        var force = new Option<bool>("--force") { Description = "Render every motion, even those that did not change since the last build." };
        var shard = new Option<string?>("--shard")
        {
            Description = "Render only share K of N (e.g. 2/3), for splitting a build over the jobs of a CI matrix; every motion is in exactly one share, always the same.",
            HelpName = "K/N",
        };
        shard.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !Shard.TryParse(text, out _, out var error))
            {
                r.AddError(error);
            }
        });
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "The address OUT is published at, e.g. https://fraktion.example/antraege/; OParl ids and file addresses are built from it. Needed for --format oparl.",
            HelpName = "URL",
        };

        var combine = new Option<string?>("--combine")
        {
            Description = "Also join all motions into one PDF at this path (in the order of their file names), with a bookmark per motion, e.g. for one meeting.",
            HelpName = "FILE.pdf",
        };
        var state = new Option<string?>("--state")
        {
            Description = "Where the build keeps what it rendered from what, to render only what changed next time (default: .antrag/build/OUT-….json in the current folder; never inside OUT, which is published).",
            HelpName = "FILE",
        };
        var command = new Command(
            "build",
            "Render every motion in a folder (in parallel, only what changed) into an output folder with an index page.\n"
            + "Exit code 0: all rendered; 1: some motion has errors (the others are rendered all the same); 2: internal error.\n\n"
            + "Examples:\n  antrag build antraege -o out\n"
            + "  antrag build antraege -o out --format pdf,txt\n"
            + "  antrag build sitzung-2024-10-01 -o out --combine out/sitzung.pdf\n"
            + "  antrag build antraege -o public --format pdf,oparl --base-url https://fraktion.example/antraege/")
        {
            folder, output, format, dpi, force, shard, baseUrl, combine, state,
        };
        command.SetAction(parse => Run(
            new BuildOptions
            {
                SourceDirectory = parse.GetValue(folder)!,
                OutputDirectory = parse.GetValue(output)!,
                Formats = Formats(parse.GetValue(format) ?? []),
                Dpi = parse.GetValue(dpi),
                Force = parse.GetValue(force),
                Shard = parse.GetValue(shard) is { } k && Shard.TryParse(k, out var s, out _) ? s : null,
                BaseUrl = parse.GetValue(baseUrl),
                CombinedPdf = parse.GetValue(combine),
                StateFile = parse.GetValue(state),
            },
            parse.GetValue(verbose),
            Console.Out,
            Console.Error,
            Environment.GetEnvironmentVariable,
            terminal: !Console.IsOutputRedirected));
        return command;
    }

    /// <summary>
    /// Builds; returns an exit code from <see cref="ExitCodes"/>. <paramref name="terminal"/>: standard output is a terminal
    /// (a progress bar is shown unless the environment says CI).
    /// </summary>
    public static int Run(BuildOptions options, bool verbose, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, bool terminal)
    {
        var ci = environment("CI") is { Length: > 0 } value && value != "false" && value != "0";
        var reporter = new ConsoleBuildReporter(stdout, stderr, progressBar: terminal && !ci, verbose);
        try
        {
            var result = Jobs.Build(options, reporter);
            reporter.ClearBar();
            if (result.Refusals.Count > 0)
            {
                foreach (var d in result.Refusals)
                {
                    reporter.Problem(d);
                }

                return ExitCodes.BadInput;
            }

            stdout.WriteLine(result.Summary);
            return result.InternalErrors > 0 ? ExitCodes.InternalError
                : result.Failed > 0 || reporter.Problems > 0 ? ExitCodes.BadInput
                : ExitCodes.Ok;
        }
        catch (Exception ex) when (IsEnvironment(ex))
        {
            // The builder reports the failures of the disk it expects; one it did not is still no bug of antrag.
            reporter.ClearBar();
            DiagnosticPrinter.Error(stderr, DiagnosticCodes.CannotWrite, options.OutputDirectory, $"cannot write the output folder: {(ex is AggregateException all ? all.Flatten().InnerExceptions[0] : ex).Message}", "check that the folder can be written to and that the disk is not full");
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            reporter.ClearBar();
            DiagnosticPrinter.InternalError(ex, verbose, stderr);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Whether <paramref name="ex"/> is a failure of the environment (disk, permissions), also when parallel work gathered several.</summary>
    private static bool IsEnvironment(Exception ex) =>
        ex is IOException or UnauthorizedAccessException
        || (ex is AggregateException all && all.Flatten().InnerExceptions.All(e => e is IOException or UnauthorizedAccessException));

    /// <summary>The formats named, each value possibly a comma-separated list ("pdf,png").</summary>
    public static BuildFormats Formats(IEnumerable<string> values) =>
        Split(values).Aggregate(BuildFormats.None, (all, name) => all | name switch
        {
            "pdf" => BuildFormats.Pdf,
            "png" => BuildFormats.Png,
            "txt" => BuildFormats.Txt,
            "oparl" => BuildFormats.OParl,
            _ => BuildFormats.None,
        });

    private static IEnumerable<string> Split(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(v => v.ToLowerInvariant());
}
