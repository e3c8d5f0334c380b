using System.Text.RegularExpressions;

namespace Antrag.Pdf.Tests;

/// <summary>The subset tag: the same for the same embedded font, different for any difference, on every machine.</summary>
public sealed class PdfFontProgramTests
{
    private static PdfFontProgram Program(byte[] file, string text) => PdfFontProgram.For(file, () => Carlito.Source(file, text));

    [Fact]
    public void The_same_subset_has_the_same_tag_wherever_it_comes_from()
    {
        // Separate arrays with the same bytes: two programs made independently (the cache is by array), one name.
        var first = Program(Carlito.Regular.ToArray(), "Antrag der Fraktion");
        var second = Program(Carlito.Regular.ToArray(), "Antrag der Fraktion");
        Assert.NotSame(first, second);
        Assert.Matches("^[A-Z]{6}\\+Carlito$", first.BaseFont);
        Assert.Equal(first.BaseFont, second.BaseFont);
    }

    [Fact]
    public void Subsets_that_differ_in_glyphs_or_in_characters_have_different_tags()
    {
        var text = Program(Carlito.Regular.ToArray(), "Antrag der Fraktion");

        // Other characters: another ToUnicode map for the same program.
        var otherCharacters = Program(Carlito.Regular.ToArray(), "Anfrage zur Sitzung");

        // Another program: the same font with one byte of its outlines changed (the last of glyf).
        var changed = Carlito.Regular.ToArray();
        changed[GlyfEnd(changed) - 1] ^= 0x01;
        var otherGlyphs = Program(changed, "Antrag der Fraktion");

        string[] tags = [text.BaseFont, otherCharacters.BaseFont, otherGlyphs.BaseFont];
        Assert.Equal(3, tags.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tags, t => Assert.Matches(new Regex("^[A-Z]{6}\\+Carlito$"), t));
    }

    /// <summary>Where the glyf table of <paramref name="font"/> ends.</summary>
    private static int GlyfEnd(byte[] font)
    {
        for (var i = 0; i < ((font[4] << 8) | font[5]); i++)
        {
            var record = 12 + (16 * i);
            if (font.AsSpan(record, 4).SequenceEqual("glyf"u8))
            {
                return (int)(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8)) + System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12)));
            }
        }

        throw new InvalidOperationException("no glyf table");
    }
}
