using Antrag.Diagnostics;

namespace Antrag.Read;

/// <summary>Finds the faction profile for a motion: the one named by <c>profil</c>, or the nearest <c>fraktion.yaml</c> above the motion.</summary>
public static class ProfileLocator
{
    /// <summary>The name of a faction profile file.</summary>
    public const string FileName = "fraktion.yaml";

    /// <summary>
    /// If <see cref="Motion.ProfilePath"/> is set, resolves it relative to the motion file's folder; otherwise walks up from
    /// the motion's folder to the root (like <c>.editorconfig</c>) and takes the first <c>fraktion.yaml</c>.
    /// Returns the profile's full path and display path, or null after reporting an error.
    /// </summary>
    public static (string FullPath, string DisplayPath)? Locate(Motion motion, string motionFullPath, DiagnosticBag diagnostics)
    {
        var motionFolder = Path.GetDirectoryName(Path.GetFullPath(motionFullPath)) ?? Environment.CurrentDirectory;

        if (motion.ProfilePath is { } written)
        {
            return LocateExplicit(motion, written, motionFolder, diagnostics);
        }

        for (var folder = motionFolder; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var candidate = Path.Combine(folder, FileName);
            if (File.Exists(candidate))
            {
                return (candidate, DisplayPath.For(candidate));
            }
        }

        diagnostics.Error(DiagnosticCodes.ProfileNotFound, 
            SourceSpan.InFile(motion.SourcePath),
            $"no faction profile found: looked for {FileName} in {motionFolder} and its parents",
            $"create {FileName} next to the motion (or in a folder above it) with at least 'name:', 'rat:' and 'stadt:', "
            + $"or add 'profil: path/to/{FileName}' to the motion");
        return null;
    }

    private static (string FullPath, string DisplayPath)? LocateExplicit(Motion motion, string written, string motionFolder, DiagnosticBag diagnostics)
    {
        var at = motion.Positions.TryGetValue("profil", out var position) ? position : SourceSpan.InFile(motion.SourcePath);
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(motionFolder, written.Replace('\\', '/')));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            diagnostics.Error(DiagnosticCodes.InvalidPath, at, $"'profil' is not a valid path: '{written}'", $"write a path relative to the folder of the motion, e.g. 'profil: ../{FileName}'");
            return null;
        }

        // A folder is fine too: take the profile inside it.
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, FileName);
        }

        if (!File.Exists(full))
        {
            diagnostics.Error(
                DiagnosticCodes.ProfileNotFound,
                at,
                $"faction profile not found: '{written}'",
                $"looked for {full}; the path is relative to the folder of the motion. Fix it, or remove 'profil:' to use the nearest {FileName}");
            return null;
        }

        return (full, DisplayPath.For(full));
    }
}
