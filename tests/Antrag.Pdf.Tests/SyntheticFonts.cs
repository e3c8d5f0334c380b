namespace Antrag.Pdf.Tests;

/// <summary>Tiny OpenType files made up around a CFF table (shared with Antrag.Tests, which links this file).</summary>
public static class SyntheticFonts
{
    /// <summary>A CFF table with one name ("A") and one Top DICT.</summary>
    public static byte[] Cff(byte[] topDict) =>
        [1, 0, 4, 1, 0, 1, 1, 1, 2, (byte)'A', 0, 1, 1, 1, (byte)(1 + topDict.Length), .. topDict];

    /// <summary>An OpenType file holding only <paramref name="cff"/> as its CFF table.</summary>
    public static byte[] Sfnt(byte[] cff)
    {
        var file = new byte[12 + 16 + cff.Length];
        "OTTO"u8.CopyTo(file);
        file[5] = 1;
        "CFF "u8.CopyTo(file.AsSpan(12));
        file[12 + 11] = 28;
        file[12 + 15] = (byte)cff.Length;
        cff.CopyTo(file, 28);
        return file;
    }

    /// <summary>A CID-keyed CFF font (Top DICT operands 391 392 0, then ROS), as CJK fonts are.</summary>
    public static byte[] CidKeyed() => Sfnt(Cff([0xF8, 0x1B, 0xF8, 0x1C, 0x8B, 12, 30]));

    /// <summary>A name-keyed CFF font (FontBBox, operator 5, instead of ROS).</summary>
    public static byte[] NameKeyed() => Sfnt(Cff([0x8B, 0x8B, 0x8C, 0x8C, 5]));
}
