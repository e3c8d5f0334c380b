using Antrag.Diagnostics;
using System.Globalization;

namespace Antrag.Build;

/// <summary>
/// The outcome of a build: what happened to each motion (sorted by path), what was removed, and how long it took; or, when the
/// folders or options cannot work, why nothing was built (<see cref="Refusals"/>).
/// </summary>
public sealed record BuildResult(IReadOnlyList<(MotionSource Motion, MotionOutcome Outcome)> Motions, int Removed, TimeSpan Elapsed)
{
    /// <summary>Why nothing was built (empty when the build ran).</summary>
    public IReadOnlyList<Diagnostic> Refusals { get; init; } = [];

    /// <summary>A build that did not start, for <paramref name="reason"/>.</summary>
    public static BuildResult Refused(Diagnostic reason, TimeSpan elapsed) => new([], 0, elapsed) { Refusals = [reason] };

    public int Rendered => Count(MotionOutcome.Rendered);

    public int Unchanged => Count(MotionOutcome.Unchanged);

    public int Failed => Count(MotionOutcome.Failed);

    public int InternalErrors => Count(MotionOutcome.InternalError);

    /// <summary>"built 12 motions: 10 rendered, 1 unchanged, 1 failed in 2.3 s" (internal errors count as failed; removed outputs only when there were any).</summary>
    public string Summary =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"built {Motions.Count} {(Motions.Count == 1 ? "motion" : "motions")}: {Rendered} rendered, {Unchanged} unchanged, {Failed + InternalErrors} failed"
            + $"{(Removed > 0 ? $", {Removed} removed" : string.Empty)} in {Elapsed.TotalSeconds:0.0} s");

    private int Count(MotionOutcome outcome) => Motions.Count(m => m.Outcome == outcome);
}
