namespace Antrag.Pdf;

/// <summary>
/// A subset font as the PDF writer needs it: the font file (TrueType or CFF in OpenType) and what a shaper reads from it,
/// so that the widths and the text behind the glyphs in the PDF are those the layout used.
/// </summary>
/// <param name="FontFile">The subset font file, embedded as it is (TrueType: only the tables a viewer reads).</param>
/// <param name="FamilyName">The name used when the font has no PostScript name.</param>
/// <param name="UnitsPerEm">The font's units per em.</param>
/// <param name="Advances">The advance width of every glyph (index = glyph id), in font units.</param>
/// <param name="CodePoints">The code points the subset was made for, ascending.</param>
/// <param name="Glyphs">The glyph each of <paramref name="CodePoints"/> maps to (0 for none).</param>
public sealed record PdfFontSource(byte[] FontFile, string FamilyName, float UnitsPerEm, int[] Advances, int[] CodePoints, int[] Glyphs);
