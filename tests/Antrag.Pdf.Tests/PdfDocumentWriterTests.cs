using System.Text;
using UglyToad.PdfPig;

namespace Antrag.Pdf.Tests;

/// <summary>The PDF writer on its own: pages drawn with glyph runs, lines and forms, read back with PdfPig.</summary>
public sealed class PdfDocumentWriterTests
{
    private static readonly PdfInfo Info = new("Ein Titel", "Fraktion", "Betreff", "Rat, Antrag", new DateTime(2023, 2, 28, 9, 30, 0), "antrag test");

    private const string Text = "Hallo Welt";

    private static PdfFontProgram Font { get; } = PdfFontProgram.For(Carlito.Regular, () => Carlito.Source(Carlito.Regular, Text));

    /// <summary>The glyphs of <see cref="Text"/> and their positions at 1000 units per em (advances, plus 40 units after every glyph).</summary>
    private static (ushort[] Glyphs, float[] X, float[] Y) Run(float size, bool raised = false)
    {
        var source = Carlito.Source(Carlito.Regular, Text);
        var glyphs = Text.Select(c => (ushort)Carlito.Glyph(Carlito.Regular, c)).ToArray();
        var xs = new float[glyphs.Length];
        var ys = new float[glyphs.Length];
        var pen = 0f;
        for (var i = 0; i < glyphs.Length; i++)
        {
            xs[i] = pen;
            ys[i] = raised && i == 2 ? -2f : 0f;
            pen += (source.Advances[glyphs[i]] * size / source.UnitsPerEm) + (0.04f * size);
        }

        return (glyphs, xs, ys);
    }

    /// <summary>Two pages: text upright and turned, with a raised glyph, and lines; <paramref name="more"/> may add pages.</summary>
    internal static byte[] Write(Action<PdfDocumentWriter>? more = null)
    {
        var writer = new PdfDocumentWriter();
        var page = writer.BeginPage(595.276f, 841.89f);
        var (glyphs, xs, ys) = Run(11);
        page.Text(Font, 11, new PdfColor(0, 0, 0), 70.5f, 100.25f, 0, glyphs, xs, ys);
        (glyphs, xs, ys) = Run(8, raised: true);
        page.Text(Font, 8, new PdfColor(0x2e, 0x6b, 0x3a), 30f, 600f, 270, glyphs, xs, ys);
        page.Line(70, 120, 300, 120, 0.5f, new PdfColor(0x70, 0x70, 0x70));
        writer.EndPage(page);
        var second = writer.BeginPage(300, 200);
        second.Line(10, 10, 290, 190, 1, new PdfColor(0, 0, 0));
        writer.EndPage(second);
        more?.Invoke(writer);
        return writer.Finish(Info, [new PdfBookmark("Erster", 0), new PdfBookmark("Zweiter – ä", 1)]);
    }

    [Fact]
    public void Every_glyph_stands_where_it_was_asked_to_and_reads_as_its_character()
    {
        using var doc = PdfDocument.Open(Write());
        var letters = doc.GetPage(1).Letters;
        Assert.Equal(Text + Text, string.Concat(letters.Select(l => l.Value)));

        var expected = new List<(double X, double Y)>();
        var (_, xs, _) = Run(11);
        expected.AddRange(xs.Select(x => (70.5 + x, 841.89 - 100.25)));

        // Turned 270° clockwise (upwards on the page); the third glyph 2 points off the baseline, to the run's left.
        (_, xs, var ys) = Run(8, raised: true);
        expected.AddRange(xs.Select((x, i) => (30.0 + ys[i], 841.89 - 600 + x)));
        Letters.StandAt(letters, expected, string.Empty);
    }

    [Fact]
    public void Pages_metadata_and_bookmarks_are_written()
    {
        using var doc = PdfDocument.Open(Write());
        Assert.Equal(2, doc.NumberOfPages);
        Assert.Equal((595.276, 841.89), (doc.GetPage(1).Width, doc.GetPage(1).Height));
        Assert.Equal((300.0, 200.0), (doc.GetPage(2).Width, doc.GetPage(2).Height));
        Assert.Equal("Ein Titel", doc.Information.Title);
        Assert.Equal("Fraktion", doc.Information.Author);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Erster", "Zweiter – ä"], bookmarks.Roots.Select(b => b.Title));
        Assert.Matches(@"/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]", Encoding.Latin1.GetString(Write()));
    }

    [Fact]
    public void Same_calls_give_same_bytes_on_any_thread()
    {
        var first = Write();
        Assert.Equal(first, Write());
        Assert.Equal(first, FreshThread.Run(() => Write()));
    }

    [Fact]
    public void A_page_of_one_pdf_is_drawn_as_a_form_in_another()
    {
        var form = PdfForm.FromPage(Write(), 595.276f, 841.89f);
        var pdf = Write(writer =>
        {
            var page = writer.BeginPage(400, 400);
            page.Form(form, 10, 10, 120, 170);
            page.Form(form, 200, 10, 120, 170);
            writer.EndPage(page);
        });
        using var doc = PdfDocument.Open(pdf);
        var letters = doc.GetPage(3).Letters;
        Assert.Equal(4 * Text.Length, letters.Count);
        Assert.Single(Encoding.Latin1.GetString(pdf).Split("/Subtype /Form").Skip(1));
    }

    [Fact]
    public void A_run_of_only_missing_glyphs_draws_nothing()
    {
        var writer = new PdfDocumentWriter();
        var page = writer.BeginPage(100, 100);
        page.Text(Font, 10, new PdfColor(0, 0, 0), 10, 10, 0, [0, 0], [0, 5], [0, 0]);
        writer.EndPage(page);
        using var doc = PdfDocument.Open(writer.Finish(Info, []));
        Assert.Empty(doc.GetPage(1).Letters);
    }

    [Fact]
    public void Pages_are_ended_once_by_their_writer_and_all_before_the_file_is_finished()
    {
        var writer = new PdfDocumentWriter();
        var page = writer.BeginPage(100, 100);
        Assert.Throws<InvalidOperationException>(() => new PdfDocumentWriter().EndPage(page));
        Assert.Throws<InvalidOperationException>(() => writer.Finish(Info, []));
        writer.EndPage(page);
        Assert.Throws<InvalidOperationException>(() => writer.EndPage(page));
        Assert.Throws<InvalidOperationException>(() => page.Line(0, 0, 1, 1, 1, default));
        writer.Finish(Info, []);
        Assert.Throws<InvalidOperationException>(() => writer.BeginPage(100, 100));
    }
}
