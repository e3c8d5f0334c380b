namespace Antrag.Serve;

/// <summary>
/// Turns a path sent by the browser into a file under the served folder, or refuses it: absolute paths, <c>..</c>, hidden
/// files and folders, build folders, files that are not motions (.yaml, .yml, .md), the profile, and anything that a
/// symbolic link leads out of the folder are never read or written.
/// </summary>
internal sealed class FolderAccess
{
    private const int MaxLinks = 32;

    public FolderAccess(string root)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        RealRoot = RealPath(Root);
    }

    /// <summary>The served folder, as given.</summary>
    public string Root { get; }

    /// <summary>The served folder with every link resolved.</summary>
    public string RealRoot { get; }

    /// <summary>
    /// The file <paramref name="relative"/> names (with <c>/</c> between folders), resolved; or null and why not (German).
    /// The returned path is the real one (links resolved), so a write replaces the file a link points to, not the link.
    /// </summary>
    public string? Motion(string? relative, out string problem)
    {
        problem = string.Empty;
        if (Full(relative, out problem) is not { } full)
        {
            return null;
        }

        var name = Path.GetFileName(full);
        if (!Checker.MotionExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase) || Checker.IsProfile(name))
        {
            problem = "Hier lassen sich nur Anträge öffnen: Dateien mit der Endung .yaml, .yml oder .md (nicht fraktion.yaml).";
            return null;
        }

        return Real(full, out problem);
    }

    /// <summary>A folder under the served folder (empty: the folder itself), resolved; or null and why not.</summary>
    public string? Folder(string? relative, out string problem)
    {
        if (string.IsNullOrEmpty(relative) || relative == ".")
        {
            problem = string.Empty;
            return RealRoot;
        }

        return Full(relative, out problem) is { } full ? Real(full, out problem) : null;
    }

    /// <summary>The path of <paramref name="full"/> relative to the served folder, with <c>/</c>.</summary>
    public string Relative(string full)
    {
        var real = RealPath(full);
        var relative = Path.GetRelativePath(RealRoot, real);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetRelativePath(Root, full) : relative).Replace('\\', '/');
    }

    private string? Full(string? relative, out string problem)
    {
        problem = "Diese Adresse nennt keine Datei im Ordner.";
        if (string.IsNullOrWhiteSpace(relative) || relative.Length > 1024 || relative.Contains('\0', StringComparison.Ordinal)
            || Path.IsPathRooted(relative) || relative.StartsWith('/') || relative.StartsWith('\\') || relative.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = relative.Split('/', '\\');
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment == "." || segment == ".." || segment.StartsWith('.')
                || Checker.SkippedFolders.Contains(segment, StringComparer.OrdinalIgnoreCase))
            {
                problem = "Dieser Pfad ist nicht erlaubt: nur Dateien im geöffneten Ordner, ohne „..“ und ohne versteckte Ordner.";
                return null;
            }
        }

        var full = Path.GetFullPath(Path.Combine(Root, Path.Combine(segments)));
        return Under(full, Root) ? full : null;
    }

    private string? Real(string full, out string problem)
    {
        var real = RealPath(full);
        if (!Under(real, RealRoot))
        {
            problem = "Diese Datei liegt über einen Verweis (Link) außerhalb des geöffneten Ordners und wird nicht geöffnet.";
            return null;
        }

        problem = string.Empty;
        return real;
    }

    /// <summary>How this system compares paths (as the folder search of check and build does).</summary>
    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static bool Under(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, PathComparison) || string.Equals(path, folder, PathComparison);

    /// <summary>The path with every symbolic link along it resolved (parts that do not exist are kept as written).</summary>
    internal static string RealPath(string full, int depth = 0)
    {
        full = Path.GetFullPath(full);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not null)
            {
                if (depth > MaxLinks || info.ResolveLinkTarget(returnFinalTarget: true) is not { } target)
                {
                    return Path.Combine(Path.GetTempPath(), "\0unresolvable");
                }

                next = RealPath(target.FullName, depth + 1);
            }

            current = next;
        }

        return current;
    }
}
