using System.Buffers.Binary;
using System.IO.Hashing;

namespace Antrag.Pdf.Png;

/// <summary>How a PNG file is framed: its signature, chunks with their CRC-32, and the chunks that say how to show its pixels.</summary>
internal static class PngChunks
{
    /// <summary>The bytes of the sRGB and pHYs chunks that <see cref="WriteColorAndResolution"/> writes.</summary>
    public const int ColorAndResolutionLength = (12 + 1) + (12 + 9);

    /// <summary>The eight bytes every PNG file starts with.</summary>
    public static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Writes a chunk of <paramref name="type"/> at <paramref name="at"/>; returns where the next one starts.</summary>
    public static int Write(byte[] png, int at, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(at), data.Length);
        type.CopyTo(png.AsSpan(at + 4));
        data.CopyTo(png.AsSpan(at + 8));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(at + 8 + data.Length), Crc32.HashToUInt32(png.AsSpan(at + 4, 4 + data.Length)));
        return at + 12 + data.Length;
    }

    /// <summary>
    /// Writes the chunks that say how to show the pixels: sRGB (the pixels are sRGB; rendering intent perceptual) and pHYs
    /// (<paramref name="dpi"/> in pixels per metre, rounded, the same across and down). Both belong before the image data.
    /// </summary>
    public static int WriteColorAndResolution(byte[] png, int at, int dpi)
    {
        at = Write(png, at, "sRGB"u8, [0]);
        Span<byte> physical = stackalloc byte[9];
        var perMetre = PixelsPerMetre(dpi);
        BinaryPrimitives.WriteUInt32BigEndian(physical, perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(physical[4..], perMetre);
        physical[8] = 1; // the unit is the metre
        return Write(png, at, "pHYs"u8, physical);
    }

    /// <summary><paramref name="dpi"/> as pixels per metre (an inch is 0.0254 m), rounded half up: 110 dpi is 4331.</summary>
    public static uint PixelsPerMetre(int dpi)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dpi);
        return (uint)((((long)dpi * 10_000) + 127) / 254);
    }
}
