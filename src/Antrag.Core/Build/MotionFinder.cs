using Antrag.Diagnostics;
using Antrag.Output;
using Antrag.Read;

namespace Antrag.Build;

/// <summary>
/// Finds the motions in a build folder the way <c>antrag check</c> searches folders (<see cref="Checker.Walk"/>): <c>.yaml</c>,
/// <c>.yml</c> and <c>.md</c> files that look like motions, without hidden files and folders, <c>bin</c>, <c>obj</c>,
/// <c>node_modules</c>, linked folders and profiles; the output folder is left out too.
/// </summary>
public static class MotionFinder
{
    /// <summary>
    /// The motions below <paramref name="sourceDirectory"/>, sorted by relative path (ordinal); unreadable folders are reported.
    /// The output folder is left out also when it is reached through a link.
    /// </summary>
    public static List<MotionSource> Find(string sourceDirectory, string outputDirectory, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(sourceDirectory);
        var found = new List<string>();
        Checker.Walk(new DirectoryInfo(root), root, found, diagnostics, OutputBelow(root, outputDirectory), withProfiles: false);
        return found
            .Select(full => new MotionSource(full, Path.GetRelativePath(root, full).Replace('\\', '/'), DisplayPath.For(full)))
            .OrderBy(m => m.RelativePath, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The output folder as the walk below <paramref name="root"/> meets it: under the root as written, links resolved.</summary>
    private static string OutputBelow(string root, string outputDirectory)
    {
        var output = ResolvedPath.Of(outputDirectory);
        var source = ResolvedPath.Of(root);
        return Path.TrimEndingDirectorySeparator(ResolvedPath.IsSameOrBelow(output, source)
            ? Path.GetFullPath(Path.Combine(root, Path.GetRelativePath(source, output)))
            : Path.GetFullPath(outputDirectory));
    }
}
