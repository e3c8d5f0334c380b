using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Layout;
using Antrag.Read;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Layout;

/// <summary>Line numbers in the left margin: which lines count, every n-th, continuous across pages, in the PDF.</summary>
public sealed class LineNumberTests
{
    private static RenderedMotion Render(string sample, LineNumbering? numbering)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = diagnostics.Take(Pipeline.Load(RepoPaths.Sample(sample)));
        Assert.True(loaded is not null, string.Join("\n", diagnostics.Items));
        var rendered = diagnostics.Take(Pipeline.Render(loaded with { Motion = loaded.Motion with { LineNumbers = numbering } }));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        return rendered;
    }

    private static List<(int Page, TextItem Item)> Numbers(RenderedMotion r, float bodyLeft) =>
        r.Layout.Pages.SelectMany((p, i) => p.Items.OfType<TextItem>().Where(t => t.X + t.Width < bodyLeft).Select(t => (i + 1, t))).ToList();

    [Fact]
    public void Every_line_of_beschlussentwurf_and_begruendung_is_numbered_in_the_left_margin()
    {
        using var r = Render("krefeld/antrag-4493-23-A.yaml", new LineNumbering());
        var left = Units.Mm(25);
        var numbers = Numbers(r, left);
        var page = r.Layout.Pages[0].Items.OfType<TextItem>().ToList();
        var first = page.First(t => t.Text == "Beschlussentwurf");
        var lastLine = page.First(t => t.Text.StartsWith("Fachkompetenz ausgestattet", StringComparison.Ordinal));

        // Numbers 1..n, each on the baseline of a text line, from the heading "Beschlussentwurf" to the end of the Begründung.
        Assert.Equal(Enumerable.Range(1, numbers.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), numbers.Select(n => n.Item.Text));
        Assert.Equal(first.Baseline, numbers[0].Item.Baseline);
        Assert.Equal(lastLine.Baseline, numbers[^1].Item.Baseline);
        Assert.All(numbers, n => Assert.Contains(page, t => t.X >= left && Math.Abs(t.Baseline - n.Item.Baseline) < 0.01));
        Assert.All(numbers, n => Assert.True(n.Item.Size < 9 && n.Item.Color.R > 0x50, "small and grey"));

        // The Betreff and the table above are not counted.
        var betreff = page.First(t => t.Text.StartsWith("Zu TOP", StringComparison.Ordinal));
        Assert.DoesNotContain(numbers, n => Math.Abs(n.Item.Baseline - betreff.Baseline) < 0.01);
    }

    [Fact]
    public void Every_fifth_line_across_pages_continues_the_count()
    {
        using var all = Render("musterstadt/antrag-radverkehrskonzept.yaml", new LineNumbering());
        using var fifth = Render("musterstadt/antrag-radverkehrskonzept.yaml", new LineNumbering(Step: 5));
        var every = Numbers(all, Units.Mm(25));
        var some = Numbers(fifth, Units.Mm(25));
        Assert.True(every.Select(n => n.Page).Distinct().Count() >= 2);
        Assert.Equal(every.Where(n => int.Parse(n.Item.Text, System.Globalization.CultureInfo.InvariantCulture) % 5 == 0).Select(n => (n.Page, n.Item.Text, n.Item.Baseline)), some.Select(n => (n.Page, n.Item.Text, n.Item.Baseline)));
    }

    [Fact]
    public void Without_line_numbers_nothing_stands_in_the_margin_and_numbers_survive_into_the_pdf()
    {
        using var none = Render("krefeld/antrag-4493-23-A.yaml", null);
        Assert.Empty(Numbers(none, Units.Mm(25)));
        using var some = Render("krefeld/antrag-4493-23-A.yaml", new LineNumbering(Step: 5));
        var lines = PdfText.Lines(PdfExporter.Export(some.Layout));
        Assert.Contains(lines, l => l.Text == "5" && l.X * 25.4 / 72 < 25);
    }
}
