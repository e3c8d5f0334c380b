using Antrag.Fonts;
using SkiaSharp;

namespace Antrag.Tests.Fonts;

public sealed class FontSetTests
{
    private const string GermanSample = "Oberbürgermeister Königstraße „Zitat“ – €";

    private static readonly FontStyle[] AllStyles = [FontStyle.Regular, FontStyle.Bold, FontStyle.Italic, FontStyle.BoldItalic];

    [Fact]
    public void ShippedFacesLoadWithGlyphs()
    {
        Assert.Same(FontFamilySource.Shipped, FontFamilySource.Shipped);
        using var fonts = FontSet.Create(FontFamilySource.Shipped, "Hallo");
        foreach (var style in AllStyles)
        {
            Assert.True(FontFamilySource.Shipped.GetBytes(style).Length > 100_000);
            var face = fonts[style];
            Assert.Equal(style, face.Style);
            Assert.Equal("Carlito", face.FamilyName);
            Assert.True(face.Typeface.GlyphCount > 0);
        }
    }

    [Theory]
    [InlineData("Klimaschutzkonzept")]
    [InlineData("AVATAR Tw Yo „Wo?“")]
    [InlineData("Oberbürgermeister, Königstraße 4493/23")]
    public void A_text_measures_the_same_in_every_subset_so_widths_may_be_shared_between_documents(string text)
    {
        // The premise of the width cache that all faces of a font file share: kerning and advances do not depend on the subset.
        using var own = FontSet.Create(FontFamilySource.Shipped, text);
        using var other = FontSet.Create(FontFamilySource.Shipped, GermanSample + " " + text + " abcdefghijklmnopqrstuvwxyz ÄÖÜäöüß AVTWY");
        foreach (var style in AllStyles)
        {
            Assert.Equal(own[style].Shape(text, 11).Width, other[style].Shape(text, 11).Width);
            Assert.Equal(own[style].Shape(text, 11).Width, other[style].Measure(text, 11));
        }
    }

    [Fact]
    public void A_text_a_subset_cannot_measure_like_the_whole_font_is_not_shared_between_documents()
    {
        // "Cafe\u0301" (e + combining acute, as typed on some keyboards): HarfBuzz composes it to é only where the subset has é.
        const string Decomposed = "Cafe\u0301";
        using var withoutComposed = FontSet.Create(FontFamilySource.Shipped, "Kein Akzent hier: " + Decomposed);
        using var withComposed = FontSet.Create(FontFamilySource.Shipped, "Café und " + Decomposed);

        // Whichever document measures first, each gets the width its own subset gives.
        var first = withComposed[FontStyle.Regular].Measure(Decomposed, 11);
        var second = withoutComposed[FontStyle.Regular].Measure(Decomposed, 11);
        Assert.Equal(withComposed[FontStyle.Regular].Shape(Decomposed, 11).Width, first);
        Assert.Equal(withoutComposed[FontStyle.Regular].Shape(Decomposed, 11).Width, second);

        // A word with a character this subset lacks is measured by the subset itself, too.
        using var small = FontSet.Create(FontFamilySource.Shipped, "abc");
        using var large = FontSet.Create(FontFamilySource.Shipped, "abcxyz");
        Assert.Equal(large[FontStyle.Regular].Shape("axz", 11).Width, large[FontStyle.Regular].Measure("axz", 11));
        Assert.Equal(small[FontStyle.Regular].Shape("axz", 11).Width, small[FontStyle.Regular].Measure("axz", 11));
    }

    [Fact]
    public void GermanSampleIsFullyCoveredSmallAndDeterministic()
    {
        using var first = FontSet.Create(FontFamilySource.Shipped, GermanSample);
        using var second = FontSet.Create(FontFamilySource.Shipped, GermanSample);
        Assert.Empty(first.MissingCodePoints);
        foreach (var style in AllStyles)
        {
            var full = FontFamilySource.Shipped.GetBytes(style).Length;
            var subset = TypefaceBytes(first[style].Typeface);
            Assert.True(subset.Length * 5 < full, $"{style}: subset {subset.Length} bytes, full {full} bytes");
            Assert.Equal(subset, TypefaceBytes(second[style].Typeface));
            Assert.DoesNotContain((ushort)0, first[style].Shape(GermanSample, 11).Glyphs);
        }
    }

    [Fact]
    public void AsciiLatin1AndGermanPunctuationAreAlwaysKept()
    {
        using var fonts = FontSet.Create(FontFamilySource.Shipped, "x");
        foreach (var style in AllStyles)
        {
            Assert.DoesNotContain((ushort)0, fonts[style].Shape("0123456789 -,./ 12.03.2026 Straße ÄÖÜ äöü é § „zitiert“ ‚so‘ – — … € • −", 10).Glyphs);
            Assert.Equal(new ushort[] { 0 }, fonts[style].Shape("Ω", 10).Glyphs);
        }
    }

    [Fact]
    public void DocumentsWithTheSameCharactersShareOneSubset()
    {
        using var a = FontSet.Create(FontFamilySource.Shipped, "Der Rat beschließt.");
        using var b = FontSet.Create(FontFamilySource.Shipped, "Die Verwaltung berichtet – „bald“.");
        using var c = FontSet.Create(FontFamilySource.Shipped, "Ωmega");
        Assert.Same(a[FontStyle.Regular].FontFile, b[FontStyle.Regular].FontFile);
        Assert.NotSame(a[FontStyle.Regular].FontFile, c[FontStyle.Regular].FontFile);
        Assert.NotEqual(0, c[FontStyle.Regular].Shape("Ω", 10).Glyphs[0]);
    }

    [Fact]
    public void ShapingKeepsKerningOnTheSubset()
    {
        using var fonts = FontSet.Create(FontFamilySource.Shipped, "AVTo");
        foreach (var style in AllStyles)
        {
            var face = fonts[style];
            Assert.True(face.Shape("AV", 24).Width < face.Shape("A", 24).Width + face.Shape("V", 24).Width, $"{style}: AV not kerned");
            Assert.True(face.Shape("To", 24).Width < face.Shape("T", 24).Width + face.Shape("o", 24).Width, $"{style}: To not kerned");
        }
    }

    [Fact]
    public void LigaturesAreOff()
    {
        const string text = "Pflichtaufgabe offizielle Schifffahrt fi ff fl ffi";
        using var fonts = FontSet.Create(FontFamilySource.Shipped, text);
        foreach (var style in AllStyles)
        {
            var run = fonts[style].Shape(text, 11);
            Assert.Equal(text.Length, run.Glyphs.Length);
            Assert.DoesNotContain((ushort)0, run.Glyphs);
        }
    }

    [Fact]
    public void ShapedPositionsStartAtZeroAndAddUpToTheWidth()
    {
        using var fonts = FontSet.Create(FontFamilySource.Shipped, GermanSample);
        var face = fonts[FontStyle.Regular];
        var run = face.Shape(GermanSample, 12);
        Assert.Equal(run.Glyphs.Length, run.X.Length);
        Assert.Equal(run.Glyphs.Length, run.Y.Length);
        Assert.Equal(0f, run.X[0]);
        Assert.All(run.Y, y => Assert.Equal(0f, y));
        for (var i = 1; i < run.X.Length; i++)
        {
            Assert.True(run.X[i] > run.X[i - 1]);
        }

        Assert.True(run.Width > run.X[^1]);
        Assert.Equal(run.Width, face.Measure(GermanSample, 12));
        Assert.Equal(run.Width, face.Measure(GermanSample, 12));
        Assert.Equal(run.Width * 2, face.Shape(GermanSample, 24).Width, 3);
        Assert.Equal(0f, face.Shape(string.Empty, 12).Width);
    }

    [Fact]
    public void PaintingAndShapingUseTheSameGlyphIds()
    {
        const string text = "Grüße aus der Königstraße";
        using var fonts = FontSet.Create(FontFamilySource.Shipped, text);
        var face = fonts[FontStyle.Italic];
        using var font = new SKFont(face.Typeface, 12);
        var painted = font.GetGlyphs(text);
        Assert.Equal(painted, face.Shape(text, 12).Glyphs);
    }

    [Fact]
    public void ShapedRunPaintsVisibleInk()
    {
        const string text = "Förderanträge";
        using var fonts = FontSet.Create(FontFamilySource.Shipped, text);
        var run = fonts[FontStyle.Bold].Shape(text, 20);
        using var font = new SKFont(fonts[FontStyle.Bold].Typeface, 20);
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedRun(font, run.Glyphs.Length);
        buffer.SetGlyphs(run.Glyphs);
        buffer.SetPositions(run.X.Select((x, i) => new SKPoint(x, run.Y[i])).ToArray());
        using var blob = builder.Build();
        Assert.NotNull(blob);

        using var bitmap = new SKBitmap(200, 40);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            canvas.DrawText(blob, 5, 28, paint);
        }

        var dark = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y).Red < 128)
                {
                    dark++;
                }
            }
        }

        Assert.True(dark > 200, $"only {dark} dark pixels");
    }

    [Fact]
    public void MetricsAreTheTypographicOnesOfCarlito()
    {
        using var fonts = FontSet.Create(FontFamilySource.Shipped, "x");
        var face = fonts[FontStyle.Regular];

        // Carlito: unitsPerEm 2048, ascender 1536, descender -512, line gap 452.
        Assert.Equal(7.5f, face.Ascent(10), 3);
        Assert.Equal(2.5f, face.Descent(10), 3);
        Assert.Equal(2500f / 2048f * 10f, face.LineHeight(10), 3);
    }

    [Fact]
    public void MissingCodePointsReportsCharactersWithoutGlyph()
    {
        using var fonts = FontSet.Create(FontFamilySource.Shipped, "Bürgerhaus 中 Zhōngguó 中\n\tx\u00AD");
        Assert.Equal([0x4E2D], fonts.MissingCodePoints);
    }

    [Fact]
    public void ParallelCreatesGiveIdenticalSubsets()
    {
        var sets = Enumerable.Range(0, 8).AsParallel().Select(_ => FontSet.Create(FontFamilySource.Shipped, GermanSample)).ToList();
        try
        {
            var reference = TypefaceBytes(sets[0][FontStyle.BoldItalic].Typeface);
            Assert.All(sets, s => Assert.Equal(reference, TypefaceBytes(s[FontStyle.BoldItalic].Typeface)));
        }
        finally
        {
            sets.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public void DisposedSetRefusesUse()
    {
        var fonts = FontSet.Create(FontFamilySource.Shipped, "x");
        var face = fonts[FontStyle.Regular];
        fonts.Dispose();
        fonts.Dispose();
        Assert.Throws<ObjectDisposedException>(() => fonts[FontStyle.Regular]);
        Assert.Throws<ObjectDisposedException>(() => face.Shape("x", 10));
    }

    private static byte[] TypefaceBytes(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream();
        Assert.NotNull(stream);
        using var data = SKData.Create(stream);
        return data.ToArray();
    }
}
