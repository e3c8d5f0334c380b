namespace Antrag.Export;

/// <summary>
/// Writes files atomically: each goes to a temporary file beside its target (<c>.NAME.xxxxxxxx.tmp</c>, hidden) and is renamed
/// into place only when complete, so a reader sees the old file or the new one, never a part. A process killed while writing
/// leaves only the temporary file, which <see cref="IsTemporary"/> recognizes.
/// </summary>
public static class AtomicFile
{
    private const string TemporarySuffix = ".tmp";

    /// <summary>Whether <paramref name="fileName"/> is the name of a temporary file this class writes (left over if a process was killed).</summary>
    public static bool IsTemporary(string fileName)
    {
        // "." + target name + "." + 8 hex digits + ".tmp"
        if (fileName.Length < 1 + 1 + 1 + 8 + TemporarySuffix.Length || fileName[0] != '.' || !fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal))
        {
            return false;
        }

        var hex = fileName.AsSpan(fileName.Length - TemporarySuffix.Length - 8, 8);
        return fileName[fileName.Length - TemporarySuffix.Length - 9] == '.' && !hex.ContainsAnyExcept("0123456789abcdef");
    }

    private static string TemporaryName(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N")[..8] + TemporarySuffix);

    /// <summary>
    /// Writes all <paramref name="files"/> (path → bytes); if any write fails, none of the targets is touched.
    /// <paramref name="flushToDisk"/> false does not wait for the disk: a killed process loses nothing, only a power failure
    /// could (for a build, which checks its outputs against its manifest and renders a damaged one again).
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files, bool flushToDisk = true)
    {
        var temps = new List<(string Temp, string Target)>();
        var moved = 0;
        try
        {
            string? folder = null;
            foreach (var (path, bytes) in files)
            {
                var full = Path.GetFullPath(path);
                var dir = Path.GetDirectoryName(full)!;
                if (dir != folder)
                {
                    Directory.CreateDirectory(dir);
                    folder = dir;
                }

                var temp = TemporaryName(full);
                temps.Add((temp, full));

                // Nobody else knows the name; FileShare.None would only add the lock the runtime takes for it on Unix.
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
                {
                    stream.Write(bytes);
                    stream.Flush(flushToDisk);
                }
            }

            foreach (var (temp, target) in temps)
            {
                File.Move(temp, target, overwrite: true);
                moved++;
            }
        }
        finally
        {
            // What was not moved into place (a write or a move failed) is removed.
            for (var i = moved; i < temps.Count; i++)
            {
                if (File.Exists(temps[i].Temp))
                {
                    File.Delete(temps[i].Temp);
                }
            }
        }
    }

    /// <summary>Writes one file atomically.</summary>
    public static void Write(string path, byte[] bytes) => WriteAll([(path, bytes)]);

    /// <summary>Writes a new file atomically; throws <see cref="IOException"/> if <paramref name="path"/> exists by the time it is complete.</summary>
    public static void WriteNew(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = TemporaryName(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: false);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
