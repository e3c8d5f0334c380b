namespace Antrag.Output;

/// <summary>What a path names: nothing, a regular file, a folder, a link, or a special file (a device, a pipe, a socket).</summary>
public enum FileKind
{
    Missing,
    File,
    Folder,
    Link,
    Special,
}
