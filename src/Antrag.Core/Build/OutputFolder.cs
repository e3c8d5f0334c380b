using Antrag.Export;

namespace Antrag.Build;

/// <summary>
/// The output folder of a build: the full path of an output from its key (its path relative to the folder, with <c>/</c>),
/// writing a file only when its bytes change, deleting outputs with the folders they leave empty (never anything outside
/// the folder), and removing the temporary files a killed build left behind.
/// </summary>
internal sealed class OutputFolder(string root, FileStates files, BuildWriter write)
{
    /// <summary>The folder's full path, without a trailing separator.</summary>
    public string Root { get; } = root;

    /// <summary>The full path of the output with key <paramref name="key"/>.</summary>
    public string FullPath(string key) => files.FullPath(key);

    /// <summary>Whether <paramref name="path"/> is inside <paramref name="folder"/> (both full paths).</summary>
    public static bool IsBelow(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, Checker.PathComparison);

    /// <summary>Deletes temporary files that a killed build left below <paramref name="root"/> (only names <see cref="AtomicFile"/> writes).</summary>
    public static void RemoveTemporaryFiles(string root)
    {
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        foreach (var path in Directory.EnumerateFiles(root, ".*.tmp", enumeration))
        {
            if (AtomicFile.IsTemporary(Path.GetFileName(path)))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Deletes outputs (by key) and the folders they leave empty; never anything outside the output folder.</summary>
    public void Delete(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            var full = FullPath(key);
            if (!IsBelow(full, Root))
            {
                continue;
            }

            File.Delete(full);
            files.Forget(key);
            for (var folder = Path.GetDirectoryName(full); folder is not null && IsBelow(folder, Root); folder = Path.GetDirectoryName(folder))
            {
                if (Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    break;
                }

                Directory.Delete(folder);
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/> unless the file holds them already; returns their SHA-256. Not
    /// flushed to the disk: the build state records the hash, and a file lost by a power failure is written again.
    /// </summary>
    public string WriteIfChanged(string path, byte[] bytes)
    {
        if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            write([(path, bytes)], false);
        }

        var hash = FileStates.Sha256(bytes);
        files.Written(path, hash);
        return hash;
    }
}
