namespace Antrag.Output;

/// <summary>
/// Full paths with symbolic links resolved, to tell whether two paths name the same file or one folder lies inside another
/// however they are written: <c>out</c> and a link to it, <c>antraege/../out</c>, a folder reached through a linked parent.
/// Parts that do not exist are kept as written.
/// </summary>
public static class ResolvedPath
{
    /// <summary>How many links are followed before a path is taken as it stands (a loop of links).</summary>
    private const int MaxLinks = 40;

    /// <summary>The full path of <paramref name="path"/> with every link in it followed, the last part included.</summary>
    public static string Of(string path) => Resolve(Path.GetFullPath(path), resolveLast: true, MaxLinks);

    /// <summary>
    /// The full path of the directory entry <paramref name="path"/> names: the folders above it resolved, the last part kept
    /// (the link itself when it is one: what renaming a file onto the path replaces).
    /// </summary>
    public static string OfEntry(string path) => Resolve(Path.GetFullPath(path), resolveLast: false, MaxLinks);

    /// <summary>Whether the two full paths are the same on this system (without case on Windows and macOS).</summary>
    public static bool Same(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), Checker.PathComparison);

    /// <summary>Whether full path <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsSameOrBelow(string path, string folder)
    {
        path = Path.TrimEndingDirectorySeparator(path);
        folder = Path.TrimEndingDirectorySeparator(folder);
        return Same(path, folder) || path.StartsWith(folder + Path.DirectorySeparatorChar, Checker.PathComparison);
    }

    private static string Resolve(string full, bool resolveLast, int links)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var parts = full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            if ((resolveLast || i < parts.Length - 1) && links > 0 && LinkTarget(next) is { } target)
            {
                // The target may itself run through links: resolve it as a whole, then go on below it.
                next = Resolve(Path.GetFullPath(target, current), resolveLast: true, links - 1);
                links--;
            }

            current = next;
        }

        return current;
    }

    /// <summary>The target of the link at <paramref name="path"/> as written in it, or null when it is no link (or cannot be read).</summary>
    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
