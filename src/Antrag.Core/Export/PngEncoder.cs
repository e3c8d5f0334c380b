using System.Buffers.Binary;
using SkiaSharp;

namespace Antrag.Export;

/// <summary>
/// Encodes an opaque 8-bit RGBA pixmap as an RGB PNG, quickly: rows unfiltered, compressed with our own deflate in its fast
/// mode. For previews (the index's thumbnails), where Skia's encoder took longer than drawing the page.
/// </summary>
internal static class PngEncoder
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>The thread's buffer for filtered rows, kept between thumbnails (a new one each time cost a garbage collection).</summary>
    [ThreadStatic]
    private static byte[]? rows;

    /// <summary>The PNG of <paramref name="pixmap"/> (RGBA 8888, opaque; its alpha is dropped).</summary>
    public static byte[] Encode(SKPixmap pixmap)
    {
        if (pixmap.ColorType != SKColorType.Rgba8888)
        {
            throw new ArgumentException("an RGBA 8888 pixmap is expected", nameof(pixmap));
        }

        var width = pixmap.Width;
        var height = pixmap.Height;
        var size = height * (1 + (3 * width));
        var raw = rows is { } kept && kept.Length >= size ? kept : rows = new byte[size];
        var pixels = pixmap.GetPixelSpan();
        var k = 0;
        for (var y = 0; y < height; y++)
        {
            raw[k++] = 0; // filter type None
            var row = pixels.Slice(y * pixmap.RowBytes, 4 * width);
            for (var x = 0; x < row.Length; x += 4)
            {
                raw[k] = row[x];
                raw[k + 1] = row[x + 1];
                raw[k + 2] = row[x + 2];
                k += 3;
            }
        }

        var compressed = Deflate.Zlib(raw.AsSpan(0, size), fast: true);
        var png = new byte[8 + (12 + 13) + (12 + compressed.Length) + 12];
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(png);
        var at = 8;
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8;  // bits per sample
        header[9] = 2;  // RGB
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering
        header[12] = 0; // not interlaced
        at = Chunk(png, at, "IHDR"u8, header);
        at = Chunk(png, at, "IDAT"u8, compressed);
        Chunk(png, at, "IEND"u8, []);
        return png;
    }

    private static int Chunk(byte[] png, int at, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(at), data.Length);
        type.CopyTo(png.AsSpan(at + 4));
        data.CopyTo(png.AsSpan(at + 8));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(at + 8 + data.Length), Crc(png.AsSpan(at + 4, 4 + data.Length)));
        return at + 12 + data.Length;
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
