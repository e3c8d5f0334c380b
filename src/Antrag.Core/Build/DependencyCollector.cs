using Antrag.Text;

namespace Antrag.Build;

/// <summary>
/// Lists what a rendered motion depends on, besides the program itself: the motion file; every profile (lead and
/// co-sponsors); the <c>fraktion.yaml</c> files that must stay absent because a new one nearer to the motion would be used
/// instead; each profile's <c>templates</c> folder (or its absence); the configured fonts; the logos; the signature images.
/// The built-in templates and fonts are part of the program (see <see cref="ProgramIdentity"/>). Which profiles of
/// co-sponsors are used is written in the motion itself, so only their contents need watching.
/// </summary>
internal static class DependencyCollector
{
    /// <summary>The dependencies as full paths; <c>IsFolder</c> marks a template folder.</summary>
    public static List<(string FullPath, bool IsFolder)> Collect(RenderedMotion rendered, string motionFullPath)
    {
        // Besides what the motion names (MotionDependencies), signature images as the template placed them.
        var motionFolder = Path.GetDirectoryName(motionFullPath) ?? ".";
        var placed = rendered.Letterhead.Body.OfType<SignatureBlock>().SelectMany(b => b.Groups).SelectMany(g => g.Signers)
            .Select(e => e.ImagePath)
            .OfType<string>()
            .Select(image => (Path.GetFullPath(Path.Combine(motionFolder, image)), false));
        return MotionDependencies.Of(rendered.Loaded, motionFullPath).Concat(placed).Distinct().ToList();
    }
}
