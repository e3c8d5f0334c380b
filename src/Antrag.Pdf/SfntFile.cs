using System.Buffers.Binary;
using System.Text;

namespace Antrag.Pdf;

/// <summary>A TrueType/OpenType font file read as its table directory: the tables a PDF needs, and a few metrics from them.</summary>
public sealed class SfntFile
{
    // What a PDF viewer uses of an embedded TrueType font (ISO 32000-1, 9.9): outlines, metrics, hinting, names.
    private static readonly string[] PdfTables = ["OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"];

    private readonly byte[] data;
    private readonly Dictionary<string, (int Offset, int Length)> tables = new(StringComparer.Ordinal);

    public SfntFile(byte[] data)
    {
        this.data = data;
        if (data.Length < 12)
        {
            return;
        }

        // A collection (.ttc): the first font's table directory.
        var directory = data.AsSpan(0, 4).SequenceEqual("ttcf"u8) && data.Length >= 16 ? (int)U32(12) : 0;
        var count = directory + 6 <= data.Length ? U16(directory + 4) : 0;
        for (var i = 0; i < count; i++)
        {
            var record = directory + 12 + (16 * i);
            if (record + 16 > data.Length)
            {
                break;
            }

            var tag = Encoding.ASCII.GetString(data, record, 4);
            var offset = (int)U32(record + 8);
            var length = (int)U32(record + 12);
            if (offset >= 0 && length >= 0 && offset + length <= data.Length)
            {
                tables[tag] = (offset, length);
            }
        }
    }

    /// <summary>True for TrueType outlines (a glyf table), false for CFF outlines.</summary>
    public bool IsTrueType => tables.ContainsKey("glyf");

    /// <summary>
    /// True for CFF outlines keyed by CID (the Top DICT has ROS), as CJK fonts are: their glyphs would have to be addressed
    /// by CID in the PDF, which antrag does not do.
    /// </summary>
    public bool IsCidKeyedCff
    {
        get
        {
            if (Table("CFF ") is not { } cff || cff.Length < 4)
            {
                return false;
            }

            var end = cff.Offset + cff.Length;
            var nameIndex = cff.Offset + data[cff.Offset + 2];
            var topIndex = SkipIndex(nameIndex, end);
            if (topIndex < 0 || topIndex + 3 > end || U16(topIndex) == 0)
            {
                return false;
            }

            var offSize = data[topIndex + 2];
            var offsets = topIndex + 3;
            var dataStart = offsets + ((U16(topIndex) + 1) * offSize) - 1;
            var at = dataStart + Offset(offsets, offSize);
            var stop = Math.Min(end, dataStart + Offset(offsets + offSize, offSize));
            while (at < stop)
            {
                var b = data[at];
                if (b == 12)
                {
                    if (at + 1 < stop && data[at + 1] == 30)
                    {
                        return true;
                    }

                    at += 2;
                }
                else if (b <= 21)
                {
                    at++;
                }
                else if (b == 28)
                {
                    at += 3;
                }
                else if (b == 29)
                {
                    at += 5;
                }
                else if (b == 30)
                {
                    at++;
                    while (at < stop && (data[at] & 0x0F) != 0x0F && (data[at] & 0xF0) != 0xF0)
                    {
                        at++;
                    }

                    at++;
                }
                else
                {
                    at += b >= 247 && b <= 254 ? 2 : 1;
                }
            }

            return false;
        }
    }

    public int UnitsPerEm => Table("head") is { Length: >= 20 } ? U16(tables["head"].Offset + 18) : 1000;

    /// <summary>The font's bounding box (xMin, yMin, xMax, yMax) in font units, from head.</summary>
    public (int XMin, int YMin, int XMax, int YMax) BoundingBox
    {
        get
        {
            if (Table("head") is not { Length: >= 54 })
            {
                return (0, 0, 0, 0);
            }

            var at = tables["head"].Offset;
            return (S16(at + 36), S16(at + 38), S16(at + 40), S16(at + 42));
        }
    }

    /// <summary>The italic angle in degrees (counter-clockwise from vertical), from post.</summary>
    public float ItalicAngle => Table("post") is { Length: >= 8 } ? (int)U32(tables["post"].Offset + 4) / 65536f : 0;

    /// <summary>Typographic ascender, descender (negative) and cap height in font units, from OS/2 (hhea when there is none).</summary>
    public (int Ascender, int Descender, int CapHeight, int Weight) VerticalMetrics
    {
        get
        {
            if (Table("OS/2") is { Length: >= 78 } os2)
            {
                var at = tables["OS/2"].Offset;
                var capHeight = os2.Length >= 90 && U16(at) >= 2 ? S16(at + 88) : 0;
                var ascender = S16(at + 68);
                return (ascender, S16(at + 70), capHeight > 0 ? capHeight : (int)(ascender * 0.9), U16(at + 4));
            }

            if (Table("hhea") is { Length: >= 8 })
            {
                var at = tables["hhea"].Offset;
                return (S16(at + 4), S16(at + 6), (int)(S16(at + 4) * 0.9), 400);
            }

            return (800, -200, 700, 400);
        }
    }

    /// <summary>The PostScript name (name ID 6), or null.</summary>
    public string? PostScriptName
    {
        get
        {
            if (Table("name") is not { Length: >= 6 })
            {
                return null;
            }

            var at = tables["name"].Offset;
            var count = U16(at + 2);
            var strings = at + U16(at + 4);
            string? mac = null;
            for (var i = 0; i < count; i++)
            {
                var record = at + 6 + 12 * i;
                if (record + 12 > data.Length || U16(record + 6) != 6)
                {
                    continue;
                }

                var platform = U16(record);
                var length = U16(record + 8);
                var offset = strings + U16(record + 10);
                if (offset + length > data.Length)
                {
                    continue;
                }

                if (platform is 0 or 3)
                {
                    return Encoding.BigEndianUnicode.GetString(data, offset, length);
                }

                mac ??= Encoding.Latin1.GetString(data, offset, length);
            }

            return mac;
        }
    }

    /// <summary>
    /// The font with only the tables a PDF viewer reads (no GSUB, GPOS, GDEF: shaping is done), checksums and
    /// head.checkSumAdjustment recomputed. CFF fonts are returned as they are.
    /// </summary>
    public byte[] ForPdf()
    {
        if (!IsTrueType)
        {
            return data;
        }

        var kept = PdfTables.Where(tables.ContainsKey).ToArray();
        var size = 12 + 16 * kept.Length + kept.Sum(t => (tables[t].Length + 3) & ~3);
        var output = new byte[size];
        BinaryPrimitives.WriteUInt32BigEndian(output, U32(0));
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)kept.Length);
        var power = 1;
        var log = 0;
        while (power * 2 <= kept.Length)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)((kept.Length - power) * 16));

        var at = 12 + 16 * kept.Length;
        var headAt = -1;
        for (var i = 0; i < kept.Length; i++)
        {
            var (offset, length) = tables[kept[i]];
            var table = output.AsSpan(at, length);
            data.AsSpan(offset, length).CopyTo(table);
            if (kept[i] == "head" && length >= 12)
            {
                headAt = at;
                BinaryPrimitives.WriteUInt32BigEndian(table[8..], 0);
            }

            var record = output.AsSpan(12 + 16 * i);
            Encoding.ASCII.GetBytes(kept[i], record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(output.AsSpan(at, (length + 3) & ~3)));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)length);
            at += (length + 3) & ~3;
        }

        if (headAt >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headAt + 8), unchecked(0xB1B0AFBA - Checksum(output)));
        }

        return output;
    }

    private static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= bytes.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]));
        }

        if (i < bytes.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            bytes[i..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }

        return sum;
    }

    /// <summary>Where the CFF INDEX at <paramref name="at"/> ends, or -1.</summary>
    private int SkipIndex(int at, int end)
    {
        if (at + 2 > end)
        {
            return -1;
        }

        var count = U16(at);
        if (count == 0)
        {
            return at + 2;
        }

        var offSize = data[at + 2];
        var offsets = at + 3;
        var last = offsets + (count * offSize);
        return last + offSize > end ? -1 : last + offSize - 1 + Offset(last, offSize);
    }

    private int Offset(int at, int size)
    {
        var value = 0;
        for (var i = 0; i < size; i++)
        {
            value = (value << 8) | data[at + i];
        }

        return value;
    }

    private (int Offset, int Length)? Table(string tag) => tables.TryGetValue(tag, out var t) ? t : null;

    private int U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));

    private short S16(int at) => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(at));

    private uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));
}
