using System.Text;
using Antrag.Diagnostics;
using Antrag.Read;

namespace Antrag.Serve;

/// <summary>
/// Renders a motion's text as it stands in the editor, as if it were saved at its path: read, profile, text, layout — the
/// same stages and the same code as <c>antrag render</c>, so the preview and the PDF are what render gives for that text.
/// </summary>
internal static class MotionRendering
{
    /// <summary>The diagnostics and, when there was no error, the laid-out motion (to be disposed by the caller).</summary>
    public static (IReadOnlyList<Diagnostic> Diagnostics, RenderedMotion? Rendered, FactionProfile? Profile) Render(string fullPath, string text)
    {
        var bag = new DiagnosticBag();
        var motion = MotionReader.Read(Encoding.UTF8.GetBytes(text), fullPath, bag);
        var loaded = motion is null ? null : bag.Take(Pipeline.Load(motion, fullPath));
        var rendered = loaded is null ? null : bag.Take(Pipeline.Render(loaded));
        return (bag.Items, rendered, loaded?.Profile ?? NearestProfile(fullPath));
    }

    /// <summary>The profile a motion at <paramref name="fullPath"/> would use without a <c>profil</c> key, or null (for the signer list while the motion has errors).</summary>
    public static FactionProfile? NearestProfile(string fullPath)
    {
        for (var folder = Path.GetDirectoryName(fullPath); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var candidate = Path.Combine(folder, ProfileLocator.FileName);
            if (File.Exists(candidate))
            {
                return ProfileReader.Read(candidate, candidate, new DiagnosticBag());
            }
        }

        return null;
    }
}
