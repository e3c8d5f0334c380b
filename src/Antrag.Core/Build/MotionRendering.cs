using Antrag.Diagnostics;

namespace Antrag.Build;

/// <summary>What rendering one motion of a build gave: its outcome, its errors and warnings, the exception of an internal error, and the record of a rendered motion.</summary>
internal sealed record MotionRendering(MotionOutcome Outcome, IReadOnlyList<Diagnostic> Diagnostics, Exception? Error, MotionRecord? Record)
{
    /// <summary>A motion that failed with the errors in <paramref name="diagnostics"/>.</summary>
    public static MotionRendering Failed(DiagnosticBag diagnostics) => new(MotionOutcome.Failed, diagnostics.Items, null, null);
}
