namespace Antrag.Read;

/// <summary>Turns a full path into the form shown to the user: relative to the current folder when under it.</summary>
internal static class DisplayPath
{
    public static string For(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        var outside = Path.IsPathRooted(relative)
            || relative == ".."
            || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || relative.StartsWith(".." + Path.AltDirectorySeparatorChar, StringComparison.Ordinal);
        return outside ? fullPath : relative;
    }
}
