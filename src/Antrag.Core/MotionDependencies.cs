using Antrag.Read;

namespace Antrag;

/// <summary>
/// The files a motion's output depends on, besides the program itself: the motion file; every profile (lead and co-sponsors);
/// the <c>fraktion.yaml</c> files that must stay absent because one nearer to the motion would be used instead; each profile's
/// <c>templates</c> folder; its logo and font files; the signature images. Used by <c>watch</c> and <c>build</c> to notice changes.
/// </summary>
public static class MotionDependencies
{
    /// <summary>The name of the folder beside a profile whose templates override the built-in ones.</summary>
    public const string TemplatesFolder = "templates";

    /// <summary>Full paths of everything <paramref name="loaded"/> was made from; <c>IsFolder</c> marks a templates folder.</summary>
    public static IReadOnlyList<(string FullPath, bool IsFolder)> Of(LoadedMotion loaded, string motionFullPath)
    {
        var result = new List<(string, bool)> { (motionFullPath, false) };
        var motion = loaded.Motion;
        if (motion.ProfilePath is null)
        {
            var leadFolder = Path.GetDirectoryName(Path.GetFullPath(loaded.Profile.SourcePath));
            for (var folder = Path.GetDirectoryName(motionFullPath);
                 folder is not null && !string.Equals(folder, leadFolder, Checker.PathComparison);
                 folder = Path.GetDirectoryName(folder))
            {
                result.Add((Path.Combine(folder, ProfileLocator.FileName), false));
            }
        }

        foreach (var profile in loaded.Profiles)
        {
            var path = Path.GetFullPath(profile.SourcePath);
            result.Add((path, false));
            result.Add((profile.TemplatesDirectory ?? Path.Combine(Path.GetDirectoryName(path) ?? ".", TemplatesFolder), true));
            if (profile.LogoPath is { } logo)
            {
                result.Add((Path.GetFullPath(logo), false));
            }

            foreach (var (font, _) in profile.Fonts.Configured())
            {
                result.Add((Path.GetFullPath(font), false));
            }
        }

        var motionFolder = Path.GetDirectoryName(motionFullPath) ?? ".";
        foreach (var signer in motion.Signers)
        {
            if (signer.SignatureImagePath is { } image)
            {
                result.Add((Path.GetFullPath(Path.Combine(motionFolder, image)), false));
            }
        }

        return result.Distinct().ToList();
    }

    /// <summary>
    /// Before a motion could be read: the motion file and every <c>fraktion.yaml</c> that may be its profile (in its folder and
    /// each folder above), so that fixing either is noticed.
    /// </summary>
    public static IReadOnlyList<(string FullPath, bool IsFolder)> Candidates(string motionFullPath)
    {
        var result = new List<(string, bool)> { (motionFullPath, false) };
        for (var folder = Path.GetDirectoryName(motionFullPath); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            result.Add((Path.Combine(folder, ProfileLocator.FileName), false));
            result.Add((Path.Combine(folder, TemplatesFolder), true));
        }

        return result;
    }
}
