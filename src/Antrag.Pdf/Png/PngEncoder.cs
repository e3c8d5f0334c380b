using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Antrag.Pdf.Compression;

namespace Antrag.Pdf.Png;

/// <summary>
/// Encodes opaque 8-bit RGBA pixels as an RGB PNG, quickly: rows unfiltered, compressed with our own deflate in its fast
/// mode. For previews (the index's thumbnails), where Skia's encoder took longer than drawing the page.
/// </summary>
public static class PngEncoder
{
    /// <summary>The thread's buffer for the rows as the PNG stores them, kept between thumbnails (a new one each time cost a garbage collection).</summary>
    [ThreadStatic]
    private static byte[]? rows;

    /// <summary>
    /// The PNG of <paramref name="width"/> × <paramref name="height"/> <paramref name="pixels"/>, 4 bytes each (R, G, B and an
    /// alpha that is dropped: the pixels are taken as opaque), rows <paramref name="rowBytes"/> apart.
    /// </summary>
    public static byte[] Encode(ReadOnlySpan<byte> pixels, int width, int height, int rowBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowBytes, 4 * width);
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels.Length, ((height - 1) * rowBytes) + (4 * width), nameof(pixels));

        var size = height * (1 + (3 * width));
        var raw = rows is { } kept && kept.Length >= size + Vector128<byte>.Count ? kept : rows = new byte[size + Vector128<byte>.Count];
        var dropAlpha = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0x80, 0x80, 0x80, 0x80);
        var k = 0;
        for (var y = 0; y < height; y++)
        {
            raw[k++] = 0; // filter type None
            var row = pixels.Slice(y * rowBytes, 4 * width);
            var x = 0;

            // Four pixels at a time where the processor shuffles bytes: 16 bytes in, 12 out (the 4 bytes written beyond are
            // overwritten next, or are slack).
            if (Ssse3.IsSupported)
            {
                for (; x + Vector128<byte>.Count <= row.Length; x += Vector128<byte>.Count)
                {
                    Ssse3.Shuffle(Vector128.Create(row.Slice(x, Vector128<byte>.Count)), dropAlpha).CopyTo(raw.AsSpan(k));
                    k += 12;
                }
            }

            for (; x < row.Length; x += 4)
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
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(at + 8 + data.Length), Crc32.HashToUInt32(png.AsSpan(at + 4, 4 + data.Length)));
        return at + 12 + data.Length;
    }
}
