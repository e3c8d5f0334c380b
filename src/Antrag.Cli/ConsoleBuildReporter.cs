using System.Globalization;
using Antrag.Build;
using Antrag.Diagnostics;

namespace Antrag.Cli;

/// <summary>
/// Shows a build on the console: on a terminal a one-line progress bar (rewritten with <c>\r</c>), otherwise (output redirected,
/// or in CI) one line per rendered or failed motion. Diagnostics go to standard error as in <c>render</c>, and to the run's
/// <see cref="CiReport"/> (GitHub annotations, GitLab report).
/// </summary>
public sealed class ConsoleBuildReporter(TextWriter stdout, TextWriter stderr, bool progressBar, bool verbose) : IBuildReporter
{
    private const int BarWidth = 30;

    private int barLength;
    private int lastDone;
    private int lastTotal;

    /// <summary>How many errors were reported that belong to no motion.</summary>
    public int Problems { get; private set; }

    public void Planned(int motions, int toRender)
    {
        if (progressBar && toRender > 0)
        {
            Progress(0, toRender);
        }
    }

    public void Progress(int done, int toRender)
    {
        if (!progressBar)
        {
            return;
        }

        (lastDone, lastTotal) = (done, toRender);
        var filled = toRender == 0 ? BarWidth : done * BarWidth / toRender;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', BarWidth - filled)}] {done}/{toRender} rendered");
        stdout.Write("\r" + line + new string(' ', Math.Max(0, barLength - line.Length)));
        stdout.Flush();
        barLength = line.Length;
    }

    public void Finished(MotionSource motion, MotionOutcome outcome, IReadOnlyList<Diagnostic> diagnostics, Exception? error)
    {
        if (progressBar && diagnostics.Count == 0 && error is null)
        {
            return;
        }

        ClearBar();
        Print(diagnostics);
        if (error is not null)
        {
            var internalError = new Diagnostic(DiagnosticCodes.Internal, Severity.Error, SourceSpan.InFile(motion.DisplayPath), "internal error: " + error.Message);
            stderr.WriteLine(internalError);
            stderr.WriteLine(DiagnosticPrinter.InternalErrorDetail(error, verbose));
            CiReport.Current?.Add(internalError);
        }

        if (progressBar)
        {
            Progress(lastDone, lastTotal);
        }
        else
        {
            stdout.WriteLine((outcome == MotionOutcome.Rendered ? "rendered " : "failed ") + motion.DisplayPath);
        }
    }

    public void Removed(string relativePath)
    {
        ClearBar();
        stdout.WriteLine("removed the outputs of " + relativePath);
    }

    public void Problem(Diagnostic diagnostic)
    {
        ClearBar();
        if (diagnostic.Severity == Severity.Error)
        {
            Problems++;
        }

        Print([diagnostic]);
    }

    /// <summary>Removes the progress bar before other output, and at the end.</summary>
    public void ClearBar()
    {
        if (barLength > 0)
        {
            stdout.Write("\r" + new string(' ', barLength) + "\r");
            stdout.Flush();
            barLength = 0;
        }
    }

    private void Print(IReadOnlyList<Diagnostic> diagnostics) => DiagnosticPrinter.Print(diagnostics, stderr);
}
