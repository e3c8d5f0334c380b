using System.Buffers.Binary;
using System.Text;

namespace Antrag.Tests.PdfA;

/// <summary>The glyph count and advance widths (in 1000ths of an em) of an embedded TrueType font program, read from its maxp, head, hhea and hmtx tables.</summary>
public sealed class TrueTypeMetrics
{
    private readonly double[] advances;

    private TrueTypeMetrics(double[] advances) => this.advances = advances;

    public int GlyphCount => advances.Length;

    /// <summary>The advance width of <paramref name="glyph"/> in glyph space (1000 units per em).</summary>
    public double Advance(int glyph) => advances[glyph];

    public static TrueTypeMetrics Read(byte[] font)
    {
        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (16 * i), 16);
            tables[Encoding.ASCII.GetString(record[..4])] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        foreach (var required in new[] { "head", "hhea", "hmtx", "maxp" })
        {
            if (!tables.ContainsKey(required))
            {
                throw new FormatException($"the font program has no '{required}' table");
            }
        }

        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["head"].Offset + 18));
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["maxp"].Offset + 4));
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["hhea"].Offset + 34));
        var hmtx = tables["hmtx"].Offset;
        var advances = new double[glyphs];
        ushort last = 0;
        for (var g = 0; g < glyphs; g++)
        {
            if (g < metrics)
            {
                last = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(hmtx + (4 * g)));
            }

            advances[g] = last * 1000.0 / unitsPerEm;
        }

        return new TrueTypeMetrics(advances);
    }
}
