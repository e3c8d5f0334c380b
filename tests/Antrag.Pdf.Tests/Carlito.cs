using System.Buffers.Binary;

namespace Antrag.Pdf.Tests;

/// <summary>
/// Carlito Regular as antrag ships it (embedded in this test assembly), and descriptions of it for the PDF writer read
/// straight from its tables (hmtx for the advances, the Unicode cmap of format 4 for the glyphs), without a shaper.
/// </summary>
public static class Carlito
{
    /// <summary>The font file.</summary>
    public static byte[] Regular { get; } = Resource("Carlito-Regular.ttf");

    /// <summary>A description of <paramref name="file"/> (Carlito or a copy of it) for <paramref name="text"/>'s characters.</summary>
    public static PdfFontSource Source(byte[] file, string text)
    {
        var codePoints = text.EnumerateRunes().Select(r => r.Value).Distinct().Order().ToArray();
        return new PdfFontSource(file, "Carlito", U16(file, Table(file, "head") + 18), Advances(file), codePoints, [.. codePoints.Select(cp => Glyph(file, cp))]);
    }

    /// <summary>The glyph of <paramref name="codePoint"/> in Carlito's Unicode cmap (format 4), or 0.</summary>
    public static int Glyph(byte[] file, int codePoint)
    {
        var cmap = Table(file, "cmap");
        for (var i = 0; i < U16(file, cmap + 2); i++)
        {
            var record = cmap + 4 + (8 * i);
            var sub = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record + 4));
            if (U16(file, record) != 3 || U16(file, record + 2) != 1 || U16(file, sub) != 4)
            {
                continue;
            }

            var segments = U16(file, sub + 6) / 2;
            var ends = sub + 14;
            var starts = ends + (2 * segments) + 2;
            var deltas = starts + (2 * segments);
            var rangeOffsets = deltas + (2 * segments);
            for (var s = 0; s < segments; s++)
            {
                if (codePoint > U16(file, ends + (2 * s)) || codePoint < U16(file, starts + (2 * s)))
                {
                    continue;
                }

                var delta = U16(file, deltas + (2 * s));
                var rangeOffset = U16(file, rangeOffsets + (2 * s));
                if (rangeOffset == 0)
                {
                    return (codePoint + delta) & 0xFFFF;
                }

                var glyph = U16(file, rangeOffsets + (2 * s) + rangeOffset + (2 * (codePoint - U16(file, starts + (2 * s)))));
                return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
            }
        }

        return 0;
    }

    /// <summary>Every glyph's advance in font units, from hmtx (glyphs past the last metric repeat its advance).</summary>
    private static int[] Advances(byte[] file)
    {
        var glyphCount = U16(file, Table(file, "maxp") + 4);
        var metrics = U16(file, Table(file, "hhea") + 34);
        var hmtx = Table(file, "hmtx");
        return [.. Enumerable.Range(0, glyphCount).Select(g => U16(file, hmtx + (4 * Math.Min(g, metrics - 1))))];
    }

    private static int Table(byte[] file, string tag)
    {
        for (var i = 0; i < U16(file, 4); i++)
        {
            var record = 12 + (16 * i);
            if (System.Text.Encoding.ASCII.GetString(file, record, 4) == tag)
            {
                return (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record + 8));
            }
        }

        throw new InvalidOperationException($"no {tag} table");
    }

    private static int U16(byte[] file, int at) => BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(at));

    private static byte[] Resource(string name)
    {
        using var stream = typeof(Carlito).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"{name} is not embedded");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
