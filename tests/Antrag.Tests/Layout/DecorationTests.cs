using Antrag.Export;
using Antrag.Fonts;
using Antrag.Layout;
using Antrag.Tests.Infrastructure;
using Antrag.Text;
using UglyToad.PdfPig;

namespace Antrag.Tests.Layout;

/// <summary>Underline and strike-through are drawn as lines at the right height under or through their words.</summary>
public sealed class DecorationTests
{
    [Fact]
    public void Underline_runs_below_the_baseline_and_strike_through_the_middle_of_the_words()
    {
        const string text = "Die Verwaltung ~~prüft~~ ++erarbeitet bis Juni++ ein Konzept.";
        using var fonts = FontSet.Create(FontFamilySource.Shipped, text);
        var style = new TextStyle(11f, 14.5f, Color.Black);
        var line = new ParagraphBreaker(fonts).Break(InlineParser.Parse(text), 400f, style).Single();
        var items = new TextSetter(fonts).Items(line, 0, 0, style).ToList();

        var struck = items.OfType<TextItem>().Single(t => t.Text == "prüft");
        var strike = items.OfType<LineItem>().Single(l => l.Y1 < struck.Baseline);
        Assert.Equal(struck.X, strike.X1, 0.01f);
        Assert.Equal(struck.X + struck.Width, strike.X2, 0.01f);
        Assert.InRange(struck.Baseline - strike.Y1, 2f, 4f);

        var inserted = items.OfType<TextItem>().Single(t => t.Text == "erarbeitet bis Juni");
        var underline = items.OfType<LineItem>().Single(l => l.Y1 > inserted.Baseline);
        Assert.Equal(inserted.X, underline.X1, 0.01f);
        Assert.Equal(inserted.X + inserted.Width, underline.X2, 0.01f);
        Assert.InRange(underline.Y1 - inserted.Baseline, 1f, 2.5f);

        // Undecorated words get no line.
        Assert.Equal(2, items.OfType<LineItem>().Count());
    }

    [Fact]
    public void The_lines_reach_the_pdf_where_a_reader_can_find_them()
    {
        const string text = "alt ~~gestrichen~~ neu ++eingefügt++";
        using var fonts = FontSet.Create(FontFamilySource.Shipped, text);
        var style = new TextStyle(11f, 14.5f, Color.Black);
        var line = new ParagraphBreaker(fonts).Break(InlineParser.Parse(text), 400f, style).Single();
        var items = new TextSetter(fonts).Items(line, 100, 100, style).ToList();
        var doc = new LaidOutDocument([new PageFrame(595.28f, 841.89f, items)], fonts, new DocumentInfo("t", "a", "s", "k", null, "c"), []);
        using var pdf = PdfDocument.Open(PdfExporter.Export(doc));
        var page = pdf.GetPage(1);
        var horizontal = page.Paths.SelectMany(p => p).Select(s => s.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>().Where(r => r.Height < 0.01 && r.Width > 5).ToList();
        Assert.Equal(2, horizontal.Count);
        var word = PdfText.Lines(PdfExporter.Export(doc)).Single();
        Assert.Contains("gestrichen", word.Text, StringComparison.Ordinal);
    }
}
