using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Antrag.Fonts;

/// <summary>
/// The Unicode names of the characters a text font most often lacks (punctuation, symbols, arrows, dingbats, emoji), for the
/// warning about a missing character; read once from the embedded table that unicode/make-names.py writes (about 40 KB).
/// </summary>
public static class UnicodeNames
{
    private static readonly Lazy<Dictionary<int, string>> Table = new(Load);

    /// <summary>"U+2757 HEAVY EXCLAMATION MARK SYMBOL", or "U+XXXX" alone for a character outside the table.</summary>
    public static string Describe(int codePoint) =>
        Table.Value.TryGetValue(codePoint, out var name)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4} {name}")
            : string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}");

    /// <summary>
    /// Whether <paramref name="codePoint"/> is a default-ignorable code point (Unicode's DerivedCoreProperties): joiners,
    /// variation selectors, bidirectional marks, tags and the like, which no font needs a glyph for.
    /// </summary>
    public static bool IsDefaultIgnorable(int codePoint) => codePoint switch
    {
        0x00AD or 0x034F or 0x061C or 0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0x115F and <= 0x1160 => true,
        >= 0x17B4 and <= 0x17B5 => true,
        >= 0x180B and <= 0x180F => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x202A and <= 0x202E => true,
        >= 0x2060 and <= 0x206F => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xFFF0 and <= 0xFFF8 => true,
        >= 0x1BCA0 and <= 0x1BCA3 => true,
        >= 0x1D173 and <= 0x1D17A => true,
        >= 0xE0000 and <= 0xE0FFF => true,
        _ => false,
    };

    private static Dictionary<int, string> Load()
    {
        var packed = EmbeddedData.Get("unicode/names.deflate");
        using var input = new DeflateStream(new MemoryStream(packed.ToArray()), CompressionMode.Decompress);
        using var reader = new StreamReader(input, Encoding.ASCII);
        var table = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            var semicolon = line.IndexOf(';', StringComparison.Ordinal);
            table[int.Parse(line.AsSpan(0, semicolon), NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = line[(semicolon + 1)..];
        }

        return table;
    }
}
