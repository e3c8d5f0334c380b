using System.Collections.Concurrent;
using Antrag.Output;

namespace Antrag.Build;

/// <summary>
/// <see cref="ResolvedPath.Of"/> for the many inputs of a build: the folders are resolved once each and remembered, so that
/// a file costs one look whether it is a link itself. Thread-safe.
/// </summary>
internal sealed class PathResolver
{
    private readonly ConcurrentDictionary<string, string> folders = new(StringComparer.Ordinal);

    /// <summary>The full path of <paramref name="path"/> with every link in it followed.</summary>
    public string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (folder is null)
        {
            return full;
        }

        var entry = Path.Combine(folders.GetOrAdd(folder, ResolvedPath.Of), Path.GetFileName(full));
        return FileKinds.IsLink(entry) ? ResolvedPath.Of(entry) : entry;
    }
}
