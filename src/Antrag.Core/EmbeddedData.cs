using System.Buffers;

namespace Antrag;

/// <summary>
/// The bytes of a resource embedded in this assembly, read where the loaded program holds them instead of copied (the
/// fonts and the hyphenation trie are megabytes that every start would otherwise copy and collect).
/// </summary>
internal static class EmbeddedData
{
    /// <summary>The resource named <paramref name="name"/>; throws if the build left it out.</summary>
    public static unsafe ReadOnlyMemory<byte> Get(string name)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the resource '{name}' is missing from {assembly.GetName().Name}");
        if (stream is UnmanagedMemoryStream { PositionPointer: not null } unmanaged)
        {
            // The pointer stays valid while the assembly is loaded, which for this one is as long as the program runs.
            return new Unmanaged(unmanaged.PositionPointer, checked((int)unmanaged.Length)).Memory;
        }

        using (stream)
        {
            var copy = new byte[stream.Length];
            stream.ReadExactly(copy);
            return copy;
        }
    }

    /// <summary>Memory at a fixed native address that lives as long as the program (nothing to pin or free).</summary>
    private sealed unsafe class Unmanaged(byte* pointer, int length) : MemoryManager<byte>
    {
        public override Span<byte> GetSpan() => new(pointer, length);

        public override MemoryHandle Pin(int elementIndex = 0) => new(pointer + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
