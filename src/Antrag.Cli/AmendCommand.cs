using System.CommandLine;
using Antrag.Amend;
using Antrag.Diagnostics;

namespace Antrag.Cli;

/// <summary>The <c>amend</c> command: compares two versions of a motion and writes the Änderungsantrag, or their synopsis as a PDF.</summary>
public static class AmendCommand
{
    public static Command Create(Option<bool> verbose, TimeProvider? clock = null)
    {
        var @base = new Argument<string>("BASE")
        {
            Description = "The version to amend: a motion file, or REV:PATH, a file as committed in git (e.g. HEAD~1:antraege/radwege.yaml).",
        };
        var changed = new Argument<string>("CHANGED") { Description = "The changed version: a motion file (or REV:PATH)." };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write. Default: beside CHANGED, NAME-aenderungsantrag.yaml (never overwritten) or NAME-synopse.pdf.",
            HelpName = "FILE",
        };
        var format = CliOptions.Choice("--format", "-f", "yaml (default): the Änderungsantrag as a motion file to edit and render; synopse: a PDF of both versions side by side.", "yaml", "synopse");
        var fassung = new Option<bool>("--fassung")
        {
            Description = "State each changed point or paragraph in its new version (\"Ziffer 2 erhält folgende Fassung: …\") instead of line by line.",
        };

        var command = new Command(
            "amend",
            "Compare two versions of a motion and write an Änderungsantrag that states each change against the line numbers of\n"
            + "BASE (\"In Zeile 12 wird „…“ ersetzt durch „…“.\"), or with --format synopse both versions side by side.\n\n"
            + "Examples:\n  antrag amend antraege/radwege.yaml entwurf/radwege.yaml\n"
            + "  antrag amend HEAD~1:antraege/radwege.yaml antraege/radwege.yaml --fassung\n"
            + "  antrag amend main:antraege/radwege.yaml antraege/radwege.yaml --format synopse -o synopse.pdf")
        {
            @base, changed, output, format, fassung,
        };
        command.SetAction(parse => Run(
            parse.GetValue(@base)!,
            parse.GetValue(changed)!,
            parse.GetValue(output),
            parse.GetValue(format) == "synopse",
            parse.GetValue(fassung),
            clock ?? TimeProvider.System,
            parse.GetValue(verbose),
            Console.Out,
            Console.Error));
        return command;
    }

    /// <summary>Compares <paramref name="base"/> with <paramref name="changed"/> and writes the result; returns an exit code from <see cref="ExitCodes"/>.</summary>
    public static int Run(string @base, string changed, string? output, bool synopsis, bool fassung, TimeProvider clock, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var result = Jobs.Amend(new AmendRequest(@base, changed, output, synopsis, fassung, today));
        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        if (result.Error is { } bug)
        {
            DiagnosticPrinter.InternalError(bug, verbose, stderr);
            return ExitCodes.InternalError;
        }

        foreach (var line in result.Report)
        {
            stdout.WriteLine(line);
        }

        return result.Succeeded ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
