namespace Antrag.Pdf.Tests;

public sealed class SfntFileTests
{
    [Fact]
    public void A_cid_keyed_cff_font_is_recognized_and_a_name_keyed_one_is_not()
    {
        Assert.True(new SfntFile(SyntheticFonts.CidKeyed()).IsCidKeyedCff);
        Assert.False(new SfntFile(SyntheticFonts.NameKeyed()).IsCidKeyedCff);
        Assert.False(new SfntFile(Carlito.Regular).IsCidKeyedCff);
    }

    [Fact]
    public void Carlito_is_read_as_truetype_with_its_name_and_metrics()
    {
        var sfnt = new SfntFile(Carlito.Regular);
        Assert.True(sfnt.IsTrueType);
        Assert.Equal("Carlito", sfnt.PostScriptName);
        Assert.Equal(2048, sfnt.UnitsPerEm);
        Assert.Equal(1536, sfnt.VerticalMetrics.Ascender);
        Assert.Equal(-512, sfnt.VerticalMetrics.Descender);
    }

    [Fact]
    public void The_font_for_pdf_keeps_only_what_a_viewer_reads_with_valid_checksums()
    {
        var font = new SfntFile(Carlito.Regular).ForPdf();
        var tables = Tables(font);
        var original = Tables(Carlito.Regular).Select(t => t.Tag).ToHashSet();
        string[] read = ["OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"];
        Assert.Contains("GPOS", original);
        Assert.Equal(read.Where(original.Contains), tables.Select(t => t.Tag));
        foreach (var (tag, checksum, offset, length) in tables)
        {
            var head = tag == "head";
            var sum = Sum(font.AsSpan(offset, (length + 3) & ~3), head);
            Assert.True(checksum == sum, $"the checksum of {tag} is wrong");
        }

        // The whole file sums to 0xB1B0AFBA with head.checkSumAdjustment in it.
        Assert.Equal(0xB1B0AFBAu, Sum(font, head: false));
    }

    private static uint Sum(ReadOnlySpan<byte> bytes, bool head)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= bytes.Length; i += 4)
        {
            // head's checksum is taken with checkSumAdjustment (bytes 8-11) as zero.
            sum = unchecked(sum + (head && i == 8 ? 0 : System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes[i..])));
        }

        return sum;
    }

    private static List<(string Tag, uint Checksum, int Offset, int Length)> Tables(byte[] font)
    {
        var count = (font[4] << 8) | font[5];
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var record = font.AsSpan(12 + (16 * i), 16);
            return (
                System.Text.Encoding.ASCII.GetString(record[..4]),
                System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(record[4..]),
                (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(record[8..]),
                (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        })];
    }
}
