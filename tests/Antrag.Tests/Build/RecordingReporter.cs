using Antrag.Build;
using Antrag.Diagnostics;

namespace Antrag.Tests.Build;

/// <summary>Remembers everything a build reports, in order.</summary>
public sealed class RecordingReporter : IBuildReporter
{
    public List<(MotionSource Motion, MotionOutcome Outcome, IReadOnlyList<Diagnostic> Diagnostics, Exception? Error)> Finished { get; } = [];

    public List<string> Removed { get; } = [];

    public List<Diagnostic> Problems { get; } = [];

    public (int Motions, int ToRender) Plan { get; private set; }

    public List<int> Progress { get; } = [];

    void IBuildReporter.Planned(int motions, int toRender) => Plan = (motions, toRender);

    void IBuildReporter.Progress(int done, int toRender) => Progress.Add(done);

    void IBuildReporter.Finished(MotionSource motion, MotionOutcome outcome, IReadOnlyList<Diagnostic> diagnostics, Exception? error) =>
        Finished.Add((motion, outcome, diagnostics, error));

    void IBuildReporter.Removed(string relativePath) => Removed.Add(relativePath);

    void IBuildReporter.Problem(Diagnostic diagnostic) => Problems.Add(diagnostic);
}
