using System.CommandLine;

namespace Antrag.Cli;

/// <summary>
/// antrag's command line: the commands with their options, and how a command line is run. A command line that cannot be
/// parsed (an unknown option, a value that is not a number, a missing argument) prints coded diagnostics and gives exit
/// code 1; a failure of antrag itself gives exit code 2 with a short message, never a crash with a stack trace.
/// </summary>
public static class AntragCommandLine
{
    /// <summary>The root command with every command of antrag.</summary>
    public static RootCommand Create()
    {
        var verbose = new Option<bool>("--verbose") { Description = "Show details of internal errors (stack traces).", Recursive = true };
        var root = new RootCommand(
            "antrag turns council motions written as YAML into the faction's letterhead PDF.\n\n"
            + "Example:\n  antrag render samples/krefeld/antrag-4493-23-A.yaml")
        {
            RenderCommand.Create(verbose),
            CheckCommand.Create(verbose),
            NewCommand.Create(verbose),
            SchemaCommand.Create(verbose),
            WatchCommand.Create(verbose),
            AmendCommand.Create(verbose),
            BuildCommand.Create(verbose),
            ServeCommand.Create(verbose),
        };
        root.Options.Add(verbose);

        // The commands that report diagnostics can also write them as a GitLab code-quality report.
        var report = CiReport.Option();
        foreach (var command in root.Subcommands.Where(c => c.Name is "check" or "render" or "build" or "amend"))
        {
            command.Options.Add(report);
        }

        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var parsed = Create().Parse(args);
            // --help and --version answer whatever else is wrong.
            var problems = parsed.Action is { Terminating: true, ClearsParseErrors: true } ? [] : CommandLineErrors.Of(parsed);
            if (problems.Count == 0)
            {
                // Diagnostics also become GitHub annotations (under GitHub Actions) and the GitLab report (--report).
                var asked = parsed.CommandResult.Command.Options.Any(o => o.Name == CiReport.OptionName) ? parsed.GetValue<string?>(CiReport.OptionName) : null;
                var report = CiReport.For(Environment.GetEnvironmentVariable, stdout, asked);
                int exit;
                using (CiReport.Use(report))
                {
                    exit = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
                }

                return report.Save(stderr) || exit != ExitCodes.Ok ? exit : ExitCodes.BadInput;
            }

            if (args.Length == 0)
            {
                // "antrag" alone: the overview of the commands, then what is missing.
                Create().Parse(["--help"]).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
            }

            DiagnosticPrinter.Print(problems, stderr);
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            DiagnosticPrinter.InternalError(ex, args.Contains("--verbose"), stderr);
            return ExitCodes.InternalError;
        }
    }
}
