using Antrag.Read;
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
        var result = new List<(string, bool)> { (motionFullPath, false) };
        var motion = rendered.Motion;
        var lead = Path.GetFullPath(rendered.Profile.SourcePath);

        if (motion.ProfilePath is null)
        {
            // Found by walking up: a fraktion.yaml that appears nearer to the motion would be used instead.
            var leadFolder = Path.GetDirectoryName(lead);
            for (var folder = Path.GetDirectoryName(motionFullPath);
                 folder is not null && !string.Equals(folder, leadFolder, Checker.PathComparison);
                 folder = Path.GetDirectoryName(folder))
            {
                result.Add((Path.Combine(folder, ProfileLocator.FileName), false));
            }
        }

        foreach (var profile in rendered.Loaded.Profiles)
        {
            var path = Path.GetFullPath(profile.SourcePath);
            result.Add((path, false));
            result.Add((profile.TemplatesDirectory ?? Path.Combine(Path.GetDirectoryName(path) ?? ".", "templates"), true));
            if (profile.LogoPath is { } logo)
            {
                result.Add((Path.GetFullPath(logo), false));
            }

            foreach (var font in new[] { profile.Fonts.Regular, profile.Fonts.Bold, profile.Fonts.Italic, profile.Fonts.BoldItalic })
            {
                if (font is not null)
                {
                    result.Add((Path.GetFullPath(font), false));
                }
            }
        }

        // Signature images as the motion names them, and as the template placed them (absolute paths).
        var motionFolder = Path.GetDirectoryName(motionFullPath) ?? ".";
        var images = motion.Signers.Select(s => s.SignatureImagePath)
            .Concat(rendered.Letterhead.Body.OfType<SignatureBlock>().SelectMany(b => b.Groups).SelectMany(g => g.Signers).Select(e => e.ImagePath));
        foreach (var image in images.OfType<string>())
        {
            result.Add((Path.GetFullPath(Path.Combine(motionFolder, image)), false));
        }

        return result.Distinct().ToList();
    }
}
