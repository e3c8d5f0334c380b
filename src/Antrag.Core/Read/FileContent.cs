namespace Antrag.Read;

/// <summary>What <see cref="SafeFile"/> read: the file's bytes, or why it did not read them.</summary>
internal readonly record struct FileContent(byte[]? Bytes, FileRefusal? Refusal);
