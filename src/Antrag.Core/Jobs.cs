using Antrag.Amend;
using Antrag.Build;
using Antrag.Output;

namespace Antrag;

/// <summary>
/// The four jobs of antrag, each one way in and one result out — the result holds the outputs, or the diagnostics that say why
/// there are none; bad input never throws. The command line and the browser editor call these and nothing deeper.
/// </summary>
public static class Jobs
{
    /// <summary><c>antrag check</c>: every problem of the motions and profiles at <paramref name="paths"/>, without rendering.</summary>
    public static CheckResult Check(IEnumerable<string> paths) => Checker.Check(paths);

    /// <summary><c>antrag render</c>: the motions <paramref name="files"/> as <paramref name="format"/>, written as <paramref name="output"/> says.</summary>
    public static RenderJobResult Render(IReadOnlyList<string> files, string? output, OutputFormat format, int dpi) => RenderJob.Run(files, output, format, dpi);

    /// <summary><c>antrag build</c>: a folder of motions into an output folder, rendering only what changed.</summary>
    public static BuildResult Build(BuildOptions options, IBuildReporter reporter) => Builder.Run(options, reporter);

    /// <summary><c>antrag amend</c>: the Änderungsantrag (or the synopsis) between two versions of a motion.</summary>
    public static AmendResult Amend(AmendRequest request) => AmendJob.Run(request);
}
