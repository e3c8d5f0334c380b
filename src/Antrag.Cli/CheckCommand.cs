using System.CommandLine;
using System.Globalization;

namespace Antrag.Cli;

/// <summary>The <c>check</c> command: validates motions and profiles without rendering and reports every problem at once.</summary>
public static class CheckCommand
{
    public static Command Create(Option<bool> verbose)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Motions (.yaml, .yml, .md), profiles (fraktion.yaml) or folders; folders are searched with their subfolders (default: the current folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command(
            "check",
            "Check motions and profiles for every problem that would stop a render, without writing anything.\n"
            + "Exit code 0: no errors (warnings allowed); 1: errors found.\n\n"
            + "Example:\n  antrag check            (the current folder)\n  antrag check samples/\n"
            + "  antrag check antrag.yaml fraktion.yaml")
        {
            paths,
        };
        command.SetAction(parse => Run(parse.GetValue(paths) is { Length: > 0 } given ? given : ["."], parse.GetValue(verbose), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Checks <paramref name="paths"/>; returns an exit code from <see cref="ExitCodes"/>.</summary>
    public static int Run(IReadOnlyList<string> paths, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        CheckResult result;
        try
        {
            result = Jobs.Check(paths);
        }
        catch (Exception ex)
        {
            DiagnosticPrinter.InternalError(ex, verbose, stderr);
            return ExitCodes.InternalError;
        }

        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        foreach (var (file, ex) in result.Failures)
        {
            DiagnosticPrinter.InternalError(ex, verbose, stderr, file);
        }

        stdout.WriteLine(Summary(result));
        return result.Failures.Count > 0 ? ExitCodes.InternalError
            : result.Errors > 0 ? ExitCodes.BadInput
            : ExitCodes.Ok;
    }

    /// <summary>"checked 4 files: 2 errors, 1 warning".</summary>
    public static string Summary(CheckResult result) =>
        $"checked {Count(result.Files.Count, "file")}: {Count(result.Errors, "error")}, {Count(result.Warnings, "warning")}";

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
