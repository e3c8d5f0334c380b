namespace Antrag.Build;

/// <summary>
/// How a build writes files (path → bytes, all or none; whether to wait for the disk): <see cref="Export.AtomicFile.WriteAll"/>,
/// or in tests a writer that fails like a full disk.
/// </summary>
public delegate void BuildWriter(IReadOnlyList<(string Path, byte[] Bytes)> files, bool flushToDisk);
