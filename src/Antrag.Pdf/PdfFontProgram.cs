using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text;
using Antrag.Pdf.Compression;

namespace Antrag.Pdf;

/// <summary>
/// What a PDF needs of one subset font, ready to write: the compressed font program, the glyph widths, the ToUnicode map
/// and the descriptor. Made once per subset font file (documents with the same characters share their subsets), not per
/// document.
/// </summary>
public sealed class PdfFontProgram
{
    private static readonly ConditionalWeakTable<byte[], PdfFontProgram> Made = new();

    private PdfFontProgram(PdfFontSource source)
    {
        var sfnt = new SfntFile(source.FontFile);
        IsTrueType = sfnt.IsTrueType;
        var program = sfnt.ForPdf();
        Program = Deflate.Zlib(program);
        ProgramLength = program.Length;


        var scale = 1000f / source.UnitsPerEm;
        var glyphCount = source.Advances.Length;
        Widths = new float[glyphCount];
        var w = new StringBuilder("[0 [");
        for (var g = 0; g < glyphCount; g++)
        {
            // The width as written (three decimals) is the width the viewer uses; text positions are computed against it.
            Widths[g] = (float)(Math.Round((double)(source.Advances[g] * scale) * 1000, MidpointRounding.AwayFromZero) / 1000);
            w.Append(g == 0 ? string.Empty : " ").Append(PdfSyntax.Number(Widths[g]));
        }

        WidthArray = w.Append("]]").ToString();
        var toUnicode = Encoding.ASCII.GetBytes(ToUnicodeMap(source, glyphCount));
        ToUnicode = Deflate.Zlib(toUnicode);
        var name = PdfSyntax.NameChars(sfnt.PostScriptName ?? source.FamilyName);
        BaseFont = Tag(name, program, toUnicode, WidthArray) + "+" + name;

        var box = sfnt.BoundingBox;
        var (ascender, descender, capHeight, weight) = sfnt.VerticalMetrics;
        var italic = sfnt.ItalicAngle;
        var flags = 4 | (italic != 0 ? 64 : 0);
        Descriptor = $"/Flags {flags} /FontBBox [{PdfSyntax.Number(box.XMin * scale)} {PdfSyntax.Number(box.YMin * scale)} {PdfSyntax.Number(box.XMax * scale)} {PdfSyntax.Number(box.YMax * scale)}]"
            + $" /ItalicAngle {PdfSyntax.Number(italic)} /Ascent {PdfSyntax.Number(ascender * scale)} /Descent {PdfSyntax.Number(descender * scale)}"
            + $" /CapHeight {PdfSyntax.Number(capHeight * scale)} /StemV {PdfSyntax.Number(50 + (weight / 65f) * (weight / 65f))}";
    }

    /// <summary>True for a TrueType program (FontFile2, CIDFontType2), false for CFF in OpenType (FontFile3, CIDFontType0).</summary>
    internal bool IsTrueType { get; }

    /// <summary>The font program, zlib-compressed.</summary>
    internal byte[] Program { get; }

    /// <summary>The uncompressed length of the program (/Length1).</summary>
    internal int ProgramLength { get; }

    /// <summary>The font's name in the PDF: subset tag + PostScript name.</summary>
    public string BaseFont { get; }

    /// <summary>Each glyph's advance in thousandths of an em, as written in <see cref="WidthArray"/>.</summary>
    internal float[] Widths { get; }

    /// <summary>The CIDFont's /W array.</summary>
    internal string WidthArray { get; }

    /// <summary>The ToUnicode CMap, zlib-compressed.</summary>
    internal byte[] ToUnicode { get; }

    /// <summary>The FontDescriptor's entries besides its type, name and program.</summary>
    internal string Descriptor { get; }

    /// <summary>
    /// The program of the subset font file <paramref name="fontFile"/>, made at its first use from what
    /// <paramref name="describe"/> says of it (called only then), and kept as long as the file lives.
    /// </summary>
    public static PdfFontProgram For(byte[] fontFile, Func<PdfFontSource> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        return Made.GetValue(fontFile, file =>
        {
            var source = describe();
            return source.FontFile == file ? new PdfFontProgram(source) : throw new ArgumentException("the description is of another font file", nameof(describe));
        });
    }

    /// <summary>
    /// The subset tag: six capitals, the base-26 digits of a 64-bit hash (XXH3) of everything the PDF embeds of the font —
    /// its name, program (the glyph set), ToUnicode map and widths. The same subset always has the same tag, on every
    /// machine; two subsets that differ in anything embedded have different tags (but for one chance in 26⁶ ≈ 3·10⁸ for
    /// any two), so tools that merge PDFs and take fonts of the same name for the same font are not misled.
    /// </summary>
    private static string Tag(string name, ReadOnlySpan<byte> program, ReadOnlySpan<byte> toUnicode, string widths)
    {
        var hash = new XxHash3();
        foreach (var part in (ReadOnlySpan<string>)[name, widths])
        {
            hash.Append(Encoding.UTF8.GetBytes(part));
            hash.Append([0]);
        }

        hash.Append(program);
        hash.Append(toUnicode);
        var value = hash.GetCurrentHashAsUInt64();
        Span<char> tag = stackalloc char[6];
        for (var i = 0; i < tag.Length; i++)
        {
            tag[i] = (char)('A' + (int)(value % 26));
            value /= 26;
        }

        return new string(tag);
    }

    /// <summary>A CMap from glyph ids to the characters they stand for (the first, lowest code point of each glyph).</summary>
    private static string ToUnicodeMap(PdfFontSource source, int glyphCount)
    {
        var text = new string?[glyphCount];
        for (var i = 0; i < source.CodePoints.Length; i++)
        {
            var cp = source.CodePoints[i];
            var g = source.Glyphs[i];
            if (g > 0 && g < glyphCount && text[g] is null)
            {
                text[g] = char.ConvertFromUtf32(cp);
            }
        }

        var entries = Enumerable.Range(0, glyphCount).Where(g => text[g] is not null).ToList();
        var map = new StringBuilder();
        map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
        map.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (var start = 0; start < entries.Count; start += 100)
        {
            var chunk = entries.Skip(start).Take(100).ToList();
            map.Append(chunk.Count).Append(" beginbfchar\n");
            foreach (var g in chunk)
            {
                map.Append('<').Append(g.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append("> <");
                foreach (var c in text[g]!)
                {
                    map.Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }

                map.Append(">\n");
            }

            map.Append("endbfchar\n");
        }

        map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return map.ToString();
    }
}
