using System.Formats.Tar;

namespace Antrag.Output;

/// <summary>Finds the <see cref="FileKind"/> of a path without opening it (a pipe would block, a device could answer).</summary>
public static class FileKinds
{
    /// <summary>The kind of the directory entry <paramref name="path"/> (a link is not followed).</summary>
    public static FileKind Of(string path)
    {
        if (IsLink(path))
        {
            return FileKind.Link;
        }

        var info = new FileInfo(path);
        if (Directory.Exists(path))
        {
            return FileKind.Folder;
        }

        if (!info.Exists)
        {
            return FileKind.Missing;
        }

        // Devices, pipes and sockets have no size; a file with bytes is a regular file.
        return info.Length > 0 || IsRegularFile(info.FullName) ? FileKind.File : FileKind.Special;
    }

    /// <summary>Whether <paramref name="path"/> is a link (to a file or a folder, existing or not).</summary>
    public static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether the empty entry at <paramref name="fullPath"/> is a regular file. .NET tells a device or a pipe from a file by no
    /// public property; the tar writer does (it stores the kind of each entry), so an entry is written to nowhere and its kind
    /// read. An empty file has no bytes to copy; a socket cannot be archived at all.
    /// </summary>
    private static bool IsRegularFile(string fullPath)
    {
        try
        {
            using var archive = new MemoryStream();
            using (var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
            {
                writer.WriteEntry(fullPath, "entry");
            }

            archive.Position = 0;
            using var reader = new TarReader(archive);
            return reader.GetNextEntry()?.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile;
        }
        catch (UnauthorizedAccessException)
        {
            // A file that cannot be read (a device or pipe is not opened, so never gets here).
            return true;
        }
        catch (IOException)
        {
            // "not supported for tar archiving": a socket.
            return false;
        }
    }
}
