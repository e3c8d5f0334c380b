using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Antrag.Build;

/// <summary>
/// The SHA-256 of files, taken once per build and shared between motions (a profile used by 500 motions is read once).
/// A file whose size and modification time are those remembered in the build state is not read again; a file modified less
/// than two seconds before it was hashed is not remembered by time, since a second change within the clock's resolution
/// could keep both (as git does with "racily clean" files). Thread-safe.
/// </summary>
internal sealed class FileStates(string outputRoot, IReadOnlyDictionary<string, FileRecord> previous)
{
    /// <summary>The hash of a file or folder that does not exist.</summary>
    public const string Absent = "-";

    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, string> hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileRecord> records = new(StringComparer.Ordinal);

    /// <summary>Whether a file's size, time and hash were taken that the build state does not hold yet (so it is worth saving).</summary>
    public bool Learned { get; private set; }

    /// <summary>The build state's key of <paramref name="fullPath"/>: relative to the output folder, with <c>/</c>.</summary>
    public string Key(string fullPath) => Path.GetRelativePath(outputRoot, fullPath).Replace('\\', '/');

    /// <summary>The full path of a key of the build state.</summary>
    public string FullPath(string key) => Path.GetFullPath(Path.Combine(outputRoot, key));

    /// <summary>The hash of the input named by a key of the build state: a file, or a template folder when the key ends in <c>/</c>.</summary>
    public string HashOfKey(string key) =>
        key.EndsWith('/') ? FolderHash(FullPath(key.TrimEnd('/'))) : Hash(FullPath(key));

    /// <summary>The SHA-256 (hex) of the file, or <see cref="Absent"/>.</summary>
    public string Hash(string fullPath)
    {
        var key = Key(fullPath);
        if (hashes.TryGetValue(key, out var known))
        {
            return known;
        }

        var info = new FileInfo(fullPath);
        string hash;
        if (!info.Exists)
        {
            hash = Absent;
        }
        else
        {
            var size = info.Length;
            var modified = info.LastWriteTimeUtc.Ticks;
            if (previous.TryGetValue(key, out var old) && old.Size == size && old.Modified == modified)
            {
                hash = old.Sha256;
                records[key] = old;
            }
            else
            {
                // Through the door: a dependency that is a device or a named pipe must not flood or hang the build; its
                // problem is reported when the motion is rendered.
                hash = Read.SafeFile.Read(fullPath, InputLimits.LargestFileBytes, null).Bytes is { } bytes
                    ? Convert.ToHexStringLower(SHA256.HashData(bytes))
                    : "unreadable";

                if (DateTime.UtcNow - info.LastWriteTimeUtc > RacyWindow)
                {
                    records[key] = new FileRecord { Size = size, Modified = modified, Sha256 = hash };
                    Learned = true;
                }
            }
        }

        return hashes.GetOrAdd(key, hash);
    }

    /// <summary>The hash of a template folder: the names and hashes of its <c>.sbn</c> files, or <see cref="Absent"/>.</summary>
    public string FolderHash(string fullPath)
    {
        var key = Key(fullPath) + "/";
        if (hashes.TryGetValue(key, out var known))
        {
            return known;
        }

        string hash;
        if (!Directory.Exists(fullPath))
        {
            hash = Absent;
        }
        else
        {
            var listing = new StringBuilder();
            foreach (var file in Directory.EnumerateFiles(fullPath, "*.sbn").Order(StringComparer.Ordinal))
            {
                listing.Append(Path.GetFileName(file)).Append('\0').Append(Hash(file)).Append('\n');
            }

            hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString())));
        }

        return hashes.GetOrAdd(key, hash);
    }

    /// <summary>Remembers an output just written: its hash is known from its bytes; its size and time are read from the disk.</summary>
    public void Written(string fullPath, string sha256)
    {
        var key = Key(fullPath);
        var info = new FileInfo(fullPath);
        hashes[key] = sha256;
        if (info.Exists)
        {
            records[key] = new FileRecord { Size = info.Length, Modified = info.LastWriteTimeUtc.Ticks, Sha256 = sha256 };
            Learned = true;
        }
    }

    /// <summary>Forgets what is known of a file (it was deleted or replaced).</summary>
    public void Forget(string key)
    {
        hashes.TryRemove(key, out _);
        records.TryRemove(key, out _);
    }

    /// <summary>The file records to keep: those of files that the <paramref name="wanted"/> predicate names, from this build or else the previous one.</summary>
    public Dictionary<string, FileRecord> Snapshot(Func<string, bool> wanted)
    {
        var result = new Dictionary<string, FileRecord>(StringComparer.Ordinal);
        foreach (var (key, record) in previous)
        {
            if (wanted(key) && !hashes.ContainsKey(key))
            {
                result[key] = record;
            }
        }

        foreach (var (key, record) in records)
        {
            if (wanted(key))
            {
                result[key] = record;
            }
        }

        return result;
    }

    /// <summary>SHA-256 of bytes, as lower-case hex.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
