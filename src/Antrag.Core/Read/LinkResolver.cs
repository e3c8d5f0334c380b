namespace Antrag.Read;

/// <summary>Follows the symbolic links (and junctions) in a path as the system does when it opens the file.</summary>
internal static class LinkResolver
{
    /// <summary>How paths are compared on this system.</summary>
    public static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The path <paramref name="fullPath"/> leads to with every link in it followed, folder by folder; null when the links
    /// go on for more than <see cref="InputLimits.LinkHops"/> (a loop). Parts that do not exist are kept as written.
    /// </summary>
    public static string? Resolve(string fullPath)
    {
        var current = Path.GetPathRoot(fullPath) ?? string.Empty;
        var pending = new Stack<string>(Parts(fullPath[current.Length..]).Reverse());
        var hops = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > InputLimits.LinkHops)
            {
                return null;
            }

            // The link stands for its target: an absolute target starts again at its root, a relative one at the link's folder.
            var root = Path.GetPathRoot(target);
            if (!string.IsNullOrEmpty(root))
            {
                current = root;
                target = target[root.Length..];
            }

            foreach (var p in Parts(target).Reverse())
            {
                pending.Push(p);
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies below it (both resolved already).</summary>
    public static bool IsInside(string path, string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        if (string.Equals(path, trimmed, PathComparison))
        {
            return true;
        }

        // A root such as "/" or "C:\" keeps its separator.
        var prefix = Path.EndsInDirectorySeparator(trimmed) ? trimmed : trimmed + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, PathComparison);
    }

    /// <summary>The target of <paramref name="path"/> as written in the link, or null when it is no link (or does not exist).</summary>
    public static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
