using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace Antrag.Fonts;

/// <summary>Helpers that open a font file held in a managed array as HarfBuzz objects.</summary>
internal static class HbFace
{
    /// <summary>A read-only blob over a native copy of <paramref name="data"/>, freed when HarfBuzz releases the blob.</summary>
    public static Blob CreateBlob(byte[] data)
    {
        var length = Math.Max(data.Length, 1);
        var memory = Marshal.AllocHGlobal(length);
        Marshal.Copy(data, 0, memory, data.Length);
        return new Blob(memory, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(memory));
    }

    /// <summary>The number of glyphs HarfBuzz finds in face 0 of <paramref name="data"/>; 0 if it is not a font.</summary>
    public static int GlyphCount(byte[] data)
    {
        using var blob = CreateBlob(data);
        using var face = new Face(blob, 0);
        return face.GlyphCount;
    }
}
