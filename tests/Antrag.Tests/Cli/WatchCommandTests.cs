using System.Diagnostics;
using System.Text;
using Antrag.Tests.BadInput;
using Antrag.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Antrag.Tests.Cli;

/// <summary><c>antrag watch</c> as a user runs it: a real process that re-renders when the motion or its profile is saved.</summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class WatchCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Saving_the_motion_or_profile_renders_again_and_a_broken_save_keeps_the_last_good_pdf()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), GeneratedCaseTests.Profile);
        File.WriteAllText(dir.File("antrag.yaml"), GeneratedCaseTests.Motion);
        var pdf = dir.File("antrag.pdf");

        using var watch = WatchProcess.Start(dir.Path, "watch", "antrag.yaml");
        try
        {
            var first = WaitFor(() => Text(pdf) is { } t && t.Contains("Sanierung der Turnhalle", StringComparison.Ordinal), watch, "the first render");

            // A saved motion: the new Betreff appears in the PDF.
            File.WriteAllText(dir.File("antrag.yaml"), GeneratedCaseTests.Motion.Replace("Sanierung der Turnhalle an der", "Neubau der Turnhalle an der", StringComparison.Ordinal));
            WaitFor(() => Text(pdf) is { } t && t.Contains("Neubau der Turnhalle", StringComparison.Ordinal), watch, "the render after saving the motion");

            // A saved profile: the new council name appears.
            File.WriteAllText(dir.File("fraktion.yaml"), GeneratedCaseTests.Profile.Replace("Rat der Stadt Teststadt", "Rat der Gemeinde Teststadt", StringComparison.Ordinal));
            WaitFor(() => Text(pdf) is { } t && t.Contains("Rat der Gemeinde Teststadt", StringComparison.Ordinal), watch, "the render after saving the profile");
            var good = File.ReadAllBytes(pdf);

            // A broken save: the error is printed, the PDF stays as it was.
            File.WriteAllText(dir.File("antrag.yaml"), GeneratedCaseTests.Motion + "betreff: [\n");
            WaitFor(() => watch.StdErr.Contains("antrag.yaml(", StringComparison.Ordinal) && watch.StdOut.Contains("the last good PDF is unchanged", StringComparison.Ordinal), watch, "the error message");
            Assert.Matches(": error ANT[0-9]{4}: ", watch.StdErr);
            Assert.Equal(good, File.ReadAllBytes(pdf));
            Assert.Equal(["antrag.pdf", "antrag.yaml", "fraktion.yaml"], dir.Files());

            // Fixed again: rendered again.
            File.WriteAllText(dir.File("antrag.yaml"), GeneratedCaseTests.Motion.Replace("Sanierung der Turnhalle an der", "Abriss der Turnhalle an der", StringComparison.Ordinal));
            WaitFor(() => Text(pdf) is { } t && t.Contains("Abriss der Turnhalle", StringComparison.Ordinal), watch, "the render after fixing the motion");
            Assert.False(watch.Process.HasExited, "watch ended on its own:\n" + watch.StdErr);
            Assert.DoesNotContain("   at ", watch.StdErr, StringComparison.Ordinal);
        }
        finally
        {
            watch.Process.Kill(entireProcessTree: true);
        }
    }

    private static bool WaitFor(Func<bool> condition, WatchProcess watch, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(50);
        }

        Assert.Fail($"waited {Patience.TotalSeconds} s for {what}\nstdout:\n{watch.StdOut}\nstderr:\n{watch.StdErr}");
        return false;
    }

    /// <summary>The PDF's text, or null while it is absent (a PDF on disk is always complete: watch writes atomically).</summary>
    private static string? Text(string pdf)
    {
        if (!File.Exists(pdf))
        {
            return null;
        }

        using var doc = PdfDocument.Open(File.ReadAllBytes(pdf));
        return string.Join("\n", doc.GetPages().Select(p => p.Text));
    }

    /// <summary>A running antrag process whose output is collected as it comes.</summary>
    private sealed class WatchProcess : IDisposable
    {
        private readonly StringBuilder stdout = new();
        private readonly StringBuilder stderr = new();

        private WatchProcess(Process process) => Process = process;

        public Process Process { get; }

        public string StdOut
        {
            get
            {
                lock (stdout)
                {
                    return stdout.ToString();
                }
            }
        }

        public string StdErr
        {
            get
            {
                lock (stderr)
                {
                    return stderr.ToString();
                }
            }
        }

        public static WatchProcess Start(string folder, params string[] args)
        {
            var psi = CliRunner.StartInfo(folder, args);
            var watch = new WatchProcess(new Process { StartInfo = psi });
            watch.Process.OutputDataReceived += (_, e) => Append(watch.stdout, e.Data);
            watch.Process.ErrorDataReceived += (_, e) => Append(watch.stderr, e.Data);
            watch.Process.Start();
            watch.Process.BeginOutputReadLine();
            watch.Process.BeginErrorReadLine();
            return watch;
        }

        public void Dispose() => Process.Dispose();

        private static void Append(StringBuilder buffer, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (buffer)
            {
                buffer.Append(line).Append('\n');
            }
        }
    }
}
