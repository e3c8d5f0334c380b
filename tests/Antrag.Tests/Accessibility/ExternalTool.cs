using System.Diagnostics;

namespace Antrag.Tests.Accessibility;

/// <summary>
/// Runs a program the tests need beyond the SDK (poppler's pdfinfo, Node.js). A missing program fails the test with what to
/// install; it is never skipped (.ci/run installs them on a fresh machine).
/// </summary>
public static class ExternalTool
{
    /// <summary>The standard output of <paramref name="program"/> run with <paramref name="arguments"/>; fails on a non-zero exit.</summary>
    public static string Run(string program, IEnumerable<string> arguments, string install, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("no process");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"'{program}' cannot be run ({ex.Message}): {install}");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"'{program}' did not finish within two minutes");
            }

            Assert.True(process.ExitCode == 0, $"'{program} {string.Join(' ', arguments)}' exited with {process.ExitCode}: {error.Result}");
            return output.Result;
        }
    }

    /// <summary>Writes <paramref name="pdf"/> to a temporary file for a program to read, and deletes it afterwards.</summary>
    public static T WithFile<T>(byte[] pdf, Func<string, T> read)
    {
        var path = Path.Combine(Path.GetTempPath(), "antrag-a11y-" + Guid.NewGuid().ToString("N")[..12] + ".pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            return read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
