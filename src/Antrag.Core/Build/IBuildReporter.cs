using Antrag.Diagnostics;

namespace Antrag.Build;

/// <summary>Receives what a build does, as it does it. The builder calls it from one thread at a time.</summary>
public interface IBuildReporter
{
    /// <summary>The plan: how many motions were found and how many of them must be rendered.</summary>
    void Planned(int motions, int toRender);

    /// <summary>How many of the motions to render are done (in the order they finish), for a progress bar.</summary>
    void Progress(int done, int toRender);

    /// <summary>
    /// One motion was rendered, failed, or failed with an internal error (<paramref name="error"/>); called in the order of the
    /// motions' paths, whatever order they finished in. <paramref name="diagnostics"/> holds its errors and warnings.
    /// </summary>
    void Finished(MotionSource motion, MotionOutcome outcome, IReadOnlyList<Diagnostic> diagnostics, Exception? error);

    /// <summary>The outputs of a motion that is gone (deleted, moved, or no longer a motion) were removed.</summary>
    void Removed(string relativePath);

    /// <summary>A problem that belongs to no single motion, e.g. an unreadable folder or build state.</summary>
    void Problem(Diagnostic diagnostic);
}
