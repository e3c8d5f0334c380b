using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using HbBuffer = HarfBuzzSharp.Buffer;
using HbFeature = HarfBuzzSharp.Feature;
using HbFont = HarfBuzzSharp.Font;

namespace Antrag.Fonts;

/// <summary>One face of a FontSet: metrics, shaping, and the typeface the exporters paint with.</summary>
public sealed class FontFace
{
    // Kerning on, ligatures off: ligature glyphs (ﬁ, ﬂ, ﬃ) break text extraction from the PDF.
    private static readonly HbFeature[] Features =
    [
        new(Tag.Parse("kern"), 1),
        new(Tag.Parse("liga"), 0),
        new(Tag.Parse("clig"), 0),
        new(Tag.Parse("dlig"), 0),
    ];

    private static readonly Language German = new("de");

    // One typeface per subset, shared by every face made of it: Skia keeps its rasterized glyphs per typeface, so documents
    // set in the same subset reuse them (thumbnails and PNG pages of a build draw the same glyphs again and again).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<byte[], SKTypeface> Typefaces = new();

    private readonly Blob blob;
    private readonly Face face;
    private readonly HbFont font;
    private readonly float unitsPerEm;
    private readonly float ascender;
    private readonly float descender;
    private readonly float lineGap;
    // Shared with every face of the same font file (see FontFamilySource.Widths), for texts every face measures alike.
    private readonly BoundedCache<(string Text, float Size), float> widths;

    // This face's own widths: every text it measured, shareable or not (and whether or not the shared cache had room).
    private readonly ConcurrentDictionary<(string Text, float Size), float> ownWidths = new();
    private bool released;

    internal FontFace(FontStyle style, string familyName, byte[] fontFile, int[] codePoints, BoundedCache<(string Text, float Size), float> widths)
    {
        this.widths = widths;
        FontFile = fontFile;
        CodePoints = codePoints;
        Style = style;
        FamilyName = familyName;
        Typeface = Typefaces.GetValue(fontFile, static file =>
        {
            using var data = SKData.CreateCopy(file);
            return SKTypeface.FromData(data) ?? throw new InvalidOperationException("Skia cannot load a font subset");
        });
        blob = HbFace.CreateBlob(fontFile);
        face = new Face(blob, 0);
        face.MakeImmutable();
        font = new HbFont(face);
        font.SetFunctionsOpenType();
        unitsPerEm = face.UnitsPerEm > 0 ? face.UnitsPerEm : 1000;
        font.SetScale((int)unitsPerEm, (int)unitsPerEm);
        if (font.TryGetHorizontalFontExtents(out var extents) && extents.Ascender - extents.Descender > 0)
        {
            ascender = extents.Ascender;
            descender = -extents.Descender;
            lineGap = Math.Max(0, extents.LineGap);
        }
        else
        {
            ascender = 0.8f * unitsPerEm;
            descender = 0.2f * unitsPerEm;
            lineGap = 0;
        }
    }

    /// <summary>Which of the four styles this face is.</summary>
    public FontStyle Style { get; }

    /// <summary>The family name of the font file, e.g. "Carlito".</summary>
    public string FamilyName { get; }

    /// <summary>The subset font file (shared by every face subset to the same characters); the PDF embeds it.</summary>
    internal byte[] FontFile { get; }

    /// <summary>The code points the subset was made for, ascending.</summary>
    internal int[] CodePoints { get; }

    /// <summary>Units per em of the font.</summary>
    internal float UnitsPerEm => unitsPerEm;

    /// <summary>The advance width of glyph <paramref name="glyph"/> in font units (without kerning).</summary>
    internal int Advance(uint glyph) => font.GetHorizontalGlyphAdvance(glyph);

    /// <summary>The glyph the subset maps <paramref name="codePoint"/> to, or 0.</summary>
    internal uint Glyph(int codePoint) => font.TryGetNominalGlyph(codePoint, out var glyph) ? glyph : 0;

    /// <summary>The subset typeface; glyph ids from <see cref="Shape"/> refer to it.</summary>
    public SKTypeface Typeface { get; }

    /// <summary>
    /// The font's ascender in points (positive): HarfBuzz's horizontal extents, i.e. the OS/2 typographic values when the
    /// font sets USE_TYPO_METRICS, else hhea (for Carlito both are 1536/-512/452 of 2048 units).
    /// </summary>
    public float Ascent(float size) => ascender * size / unitsPerEm;

    /// <summary>The font's descender in points, as a positive distance below the baseline.</summary>
    public float Descent(float size) => descender * size / unitsPerEm;

    /// <summary>Ascent + descent + line gap of the font in points: its natural baseline-to-baseline distance.</summary>
    public float LineHeight(float size) => (ascender + descender + lineGap) * size / unitsPerEm;

    /// <summary>True if the face maps <paramref name="codePoint"/> to a glyph.</summary>
    internal bool HasGlyph(int codePoint) => !released && font.TryGetNominalGlyph(codePoint, out var glyph) && glyph != 0;

    /// <summary>
    /// Shapes <paramref name="text"/> with HarfBuzz (kerning on, ligatures off, LTR, Latin, German) at
    /// <paramref name="size"/> points; positions are relative to the run's origin on the baseline.
    /// </summary>
    public ShapedRun Shape(string text, float size)
    {
        ArgumentNullException.ThrowIfNull(text);
        ObjectDisposedException.ThrowIf(released, this);
        if (text.Length == 0)
        {
            return new ShapedRun([], [], [], 0);
        }

        using var buffer = new HbBuffer();
        buffer.AddUtf16(text);
        buffer.Direction = Direction.LeftToRight;
        buffer.Script = Script.Latin;
        buffer.Language = German;
        font.Shape(buffer, Features);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = size / unitsPerEm;
        var glyphs = new ushort[infos.Length];
        var xs = new float[infos.Length];
        var ys = new float[infos.Length];
        var clusters = new int[infos.Length];
        var pen = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            xs[i] = (pen + positions[i].XOffset) * scale;
            ys[i] = -positions[i].YOffset * scale;
            pen += positions[i].XAdvance;
        }

        return new ShapedRun(glyphs, xs, ys, pen * scale) { Clusters = clusters };
    }

    /// <summary>The advance width of <paramref name="text"/> in points; equals <c>Shape(text, size).Width</c>, cached.</summary>
    public float Measure(string text, float size)
    {
        ArgumentNullException.ThrowIfNull(text);
        ObjectDisposedException.ThrowIf(released, this);
        if (ownWidths.TryGetValue((text, size), out var width))
        {
            return width;
        }

        width = IsShareable(text)
            ? widths.GetOrAdd((text, size), static (key, face) => face.Shape(key.Text, key.Size).Width, this)
            : Shape(text, size).Width;
        ownWidths.TryAdd((text, size), width);
        return width;
    }

    /// <summary>
    /// Whether every face of the font file measures <paramref name="text"/> alike: this subset has a glyph for each of its
    /// characters and none is a combining mark (which HarfBuzz may compose with the letter before it only where the subset
    /// holds the composed letter). Only such widths go into the cache shared between documents.
    /// </summary>
    private bool IsShareable(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || !HasGlyph(rune.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Releases the HarfBuzz objects (the typeface belongs to the subset, shared); called by the owning <see cref="FontSet"/>.</summary>
    internal void Release()
    {
        if (released)
        {
            return;
        }

        released = true;
        font.Dispose();
        face.Dispose();
        blob.Dispose();
    }
}
