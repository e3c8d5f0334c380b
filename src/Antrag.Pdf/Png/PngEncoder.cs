using System.Buffers.Binary;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Antrag.Pdf.Compression;

namespace Antrag.Pdf.Png;

/// <summary>
/// Encodes opaque 8-bit RGBA pixels as an RGB PNG, quickly: rows unfiltered, compressed with our own deflate in its fast
/// mode, for previews (the index's thumbnails), where Skia's encoder took longer than drawing the page. Every PNG it
/// writes or passes on says that its pixels are sRGB and at what resolution they were drawn.
/// </summary>
public static class PngEncoder
{
    /// <summary>The thread's buffer for the rows as the PNG stores them, kept between thumbnails (a new one each time cost a garbage collection).</summary>
    [ThreadStatic]
    private static byte[]? rows;

    /// <summary>
    /// The PNG of <paramref name="width"/> × <paramref name="height"/> sRGB <paramref name="pixels"/>, 4 bytes each (R, G, B
    /// and an alpha that is dropped: the pixels are taken as opaque), rows <paramref name="rowBytes"/> apart, drawn at
    /// <paramref name="dpi"/>.
    /// </summary>
    public static byte[] Encode(ReadOnlySpan<byte> pixels, int width, int height, int rowBytes, int dpi)
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
        var png = new byte[8 + (12 + 13) + PngChunks.ColorAndResolutionLength + (12 + compressed.Length) + 12];
        PngChunks.Signature.CopyTo(png);
        var at = 8;
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8;  // bits per sample
        header[9] = 2;  // RGB
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering
        header[12] = 0; // not interlaced
        at = PngChunks.Write(png, at, "IHDR"u8, header);
        at = PngChunks.WriteColorAndResolution(png, at, dpi);
        at = PngChunks.Write(png, at, "IDAT"u8, compressed);
        PngChunks.Write(png, at, "IEND"u8, []);
        return png;
    }

    /// <summary>
    /// <paramref name="png"/> (another encoder's, of sRGB pixels drawn at <paramref name="dpi"/>) with the sRGB and pHYs
    /// chunks this encoder writes right after its header, in place of any sRGB, iCCP or pHYs chunk it had; every other
    /// chunk is kept as it is.
    /// </summary>
    public static byte[] WithColorAndResolution(ReadOnlySpan<byte> png, int dpi)
    {
        var chunks = new List<(int At, int Length)>();
        var at = PngChunks.Signature.Length;
        if (png.Length < at + 12 + 13 || !png[..at].SequenceEqual(PngChunks.Signature) || !png.Slice(at + 4, 4).SequenceEqual("IHDR"u8))
        {
            throw new ArgumentException("not a PNG file", nameof(png));
        }

        while (at + 12 <= png.Length)
        {
            var length = 12 + BinaryPrimitives.ReadInt32BigEndian(png[at..]);
            if (length < 12 || at + length > png.Length)
            {
                throw new ArgumentException("a chunk runs past the end of the PNG file", nameof(png));
            }

            var type = png.Slice(at + 4, 4);
            if (!(type.SequenceEqual("sRGB"u8) || type.SequenceEqual("iCCP"u8) || type.SequenceEqual("pHYs"u8)))
            {
                chunks.Add((at, length));
            }

            at += length;
        }

        var output = new byte[PngChunks.Signature.Length + chunks.Sum(c => c.Length) + PngChunks.ColorAndResolutionLength];
        PngChunks.Signature.CopyTo(output);
        var to = PngChunks.Signature.Length;
        for (var i = 0; i < chunks.Count; i++)
        {
            png.Slice(chunks[i].At, chunks[i].Length).CopyTo(output.AsSpan(to));
            to += chunks[i].Length;
            if (i == 0)
            {
                to = PngChunks.WriteColorAndResolution(output, to, dpi);
            }
        }

        return output;
    }
}
