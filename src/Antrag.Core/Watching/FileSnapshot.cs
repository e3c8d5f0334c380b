using System.Globalization;

namespace Antrag.Watching;

/// <summary>The state of a set of files and folders at one moment (existence, size, modification time), to notice saves by polling.</summary>
public sealed class FileSnapshot : IEquatable<FileSnapshot>
{
    private readonly List<string> stamps;

    private FileSnapshot(List<string> stamps) => this.stamps = stamps;

    /// <summary>Takes the state of <paramref name="paths"/>; a folder stands for the files directly in it.</summary>
    public static FileSnapshot Take(IEnumerable<(string FullPath, bool IsFolder)> paths)
    {
        var stamps = new List<string>();
        foreach (var (path, isFolder) in paths)
        {
            if (isFolder)
            {
                if (Directory.Exists(path))
                {
                    try
                    {
                        foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
                        {
                            stamps.Add(Stamp(file));
                        }
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        stamps.Add(path + " unreadable");
                    }
                }
                else
                {
                    stamps.Add(path + " absent");
                }
            }
            else
            {
                stamps.Add(Stamp(path));
            }
        }

        return new FileSnapshot(stamps);
    }

    /// <inheritdoc/>
    public bool Equals(FileSnapshot? other) => other is not null && stamps.SequenceEqual(other.stamps, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FileSnapshot);

    /// <inheritdoc/>
    public override int GetHashCode() => stamps.Count;

    private static string Stamp(string file)
    {
        try
        {
            var info = new FileInfo(file);
            return info.Exists
                ? string.Create(CultureInfo.InvariantCulture, $"{file} {info.Length} {info.LastWriteTimeUtc.Ticks}")
                : file + " absent";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return file + " unreadable";
        }
    }
}
