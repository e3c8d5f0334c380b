using System.Diagnostics;

namespace Antrag.Tests.Infrastructure;

/// <summary>Runs the real <c>antrag</c> program (antrag.dll beside the tests) as a separate process.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>
    /// The environment variable that names another antrag executable to test instead of antrag.dll: the Native AOT binary or
    /// the installed .NET tool (<c>.ci/run</c> runs the end-to-end tests with each).
    /// </summary>
    public const string ExecutableVariable = "ANTRAG_EXE";

    /// <summary>How to start antrag with <paramref name="args"/> in <paramref name="workingDirectory"/>, output redirected.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable);
        var psi = new ProcessStartInfo(string.IsNullOrEmpty(executable) ? "dotnet" : Path.GetFullPath(executable))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (string.IsNullOrEmpty(executable))
        {
            psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "antrag.dll"));
        }

        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        return psi;
    }

    public static Result Run(string workingDirectory, params string[] args) => RunWith(workingDirectory, new Dictionary<string, string?>(), args);

    /// <summary>Runs antrag with the environment variables <paramref name="environment"/> set (a null value removes one).</summary>
    public static Result RunWith(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var psi = StartInfo(workingDirectory, args);
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                psi.Environment.Remove(name);
            }
            else
            {
                psi.Environment[name] = value;
            }
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("antrag did not finish within 120 s: " + string.Join(" ", args));
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
