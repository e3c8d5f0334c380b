using System.Diagnostics;
using Antrag.Tests.Cli;

namespace Antrag.Tests.Hostile;

/// <summary>
/// Runs the real antrag program like <see cref="Infrastructure.CliRunner"/> and measures it: wall time and peak working set
/// (sampled while it runs; the peak is monotonic, so the last sample is close to the true peak). A run over twice the time
/// bound is killed and reported as such.
/// </summary>
public static class MeasuredRun
{
    /// <summary>The outcome of one measured run.</summary>
    public sealed record Result(int ExitCode, string StdOut, string StdErr, TimeSpan Elapsed, long PeakBytes, bool Killed);

    /// <summary>Runs antrag with <paramref name="args"/> in <paramref name="folder"/>, killing it after <paramref name="limit"/>.</summary>
    public static Result Run(string folder, TimeSpan limit, params string[] args)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(Infrastructure.CliRunner.StartInfo(folder, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var killed = false;
        while (!process.WaitForExit(20))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break;
            }

            if (watch.Elapsed > limit)
            {
                process.Kill(entireProcessTree: true);
                killed = true;
                break;
            }
        }

        process.WaitForExit();
        watch.Stop();
        return new Result(process.ExitCode, stdout.Result, stderr.Result, watch.Elapsed, peak, killed);
    }

    /// <summary>A temporary folder with the valid profile of the generated cases.</summary>
    public static TempFolder FolderWithProfile()
    {
        var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), BadInput.GeneratedCaseTests.Profile);
        return dir;
    }
}
