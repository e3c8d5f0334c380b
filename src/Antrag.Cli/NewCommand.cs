using System.CommandLine;
using System.Text;
using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Export;
using Antrag.Output;
using Antrag.Scaffold;

namespace Antrag.Cli;

/// <summary>The <c>new</c> command: writes the skeleton of a new motion of a kind, never over an existing file.</summary>
public static class NewCommand
{
    public static Command Create(Option<bool> verbose, TimeProvider? clock = null)
    {
        var kind = new Argument<string>("KIND")
        {
            Description = "The kind of motion: " + string.Join(", ", MotionScaffold.Kinds) + ".",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write (.yaml), or a folder to write it in. Default: KIND-YYYY-MM-DD.yaml in the current folder. An existing file is never overwritten.",
            HelpName = "FILE",
        };
        var command = new Command(
            "new",
            "Start a new motion: writes a YAML file with every key of its kind, today's date, the signer from the nearest\n"
            + "fraktion.yaml and placeholder texts (\"Hier steht …\") to replace.\n\n"
            + "Example:\n  antrag new antrag\n"
            + "  antrag new anfrage -o antraege/anfrage-kitaplaetze.yaml")
        {
            kind, output,
        };
        command.SetAction(parse => Run(parse.GetValue(kind)!, parse.GetValue(output), clock ?? TimeProvider.System, parse.GetValue(verbose), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Writes a new motion of <paramref name="kind"/>; returns an exit code from <see cref="ExitCodes"/>.</summary>
    public static int Run(string kind, string? output, TimeProvider clock, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (kind == "fraktion")
            {
                return NewProfile(output, stdout, stderr);
            }

            var folder = output is null ? "." : Directory.Exists(output) ? output : Path.GetDirectoryName(Path.GetFullPath(output)) ?? ".";
            var declaration = MotionScaffold.DeclarationFor(folder);
            if (declaration.FindKind(kind)?.Name is not { } found)
            {
                var suggestion = declaration.SuggestKind(kind);
                DiagnosticPrinter.Error(
                    stderr,
                    DiagnosticCodes.UnknownKind,
                    string.Empty,
                    $"unknown kind '{kind}'" + (suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)"),
                    "kinds: " + string.Join(", ", declaration.Kinds.Select(k => k.Name)));
                return ExitCodes.BadInput;
            }

            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var target = output ?? MotionScaffold.DefaultFileName(found, today);
            if (Directory.Exists(target))
            {
                target = Path.Join(target, MotionScaffold.DefaultFileName(found, today));
            }

            if (Refusal(target) is { } refusal)
            {
                DiagnosticPrinter.Print([refusal], stderr);
                return ExitCodes.BadInput;
            }

            var diagnostics = new DiagnosticBag();
            var text = MotionScaffold.Create(found, target, today, diagnostics);
            DiagnosticPrinter.Print(diagnostics.Items, stderr);
            if (NewFile.Write(target, text, "new") is { } failed)
            {
                DiagnosticPrinter.Print([failed], stderr);
                return ExitCodes.BadInput;
            }

            stdout.WriteLine($"wrote {target}");
            stdout.WriteLine($"next: replace the texts starting with \"Hier steht\", then run 'antrag check {target}'");
            return ExitCodes.Ok;
        }
        catch (Exception ex)
        {
            DiagnosticPrinter.InternalError(ex, verbose, stderr);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Writes a new faction profile (<c>antrag new fraktion</c>): fraktion.yaml in the current folder or in <paramref name="output"/>.</summary>
    private static int NewProfile(string? output, TextWriter stdout, TextWriter stderr)
    {
        var target = output is null ? ProfileLocator.FileName : Directory.Exists(output) ? Path.Join(output, ProfileLocator.FileName) : output;
        if (!target.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
        {
            DiagnosticPrinter.Error(stderr, DiagnosticCodes.InvalidPath, target, "a profile is a .yaml file", "e.g. antrag new fraktion -o fraktion.yaml");
            return ExitCodes.BadInput;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(target)) ?? Environment.CurrentDirectory;
        var schema = MotionScaffold.FindSchema(folder, "fraktion.schema.json");
        if (NewFile.Write(target, MotionScaffold.WriteProfile(schema), "new") is { } failed)
        {
            DiagnosticPrinter.Print([failed], stderr);
            return ExitCodes.BadInput;
        }

        stdout.WriteLine($"wrote {target}");
        stdout.WriteLine($"next: fill in the faction's name, council and address, then run 'antrag check {target}' and 'antrag new antrag'");
        return ExitCodes.Ok;
    }

    private static Diagnostic? Refusal(string target) => NewFile.Refusal(target, "new", string.Empty, "antrag new writes YAML");
}
