using Antrag.Export;
using Antrag.Fonts;
using Antrag.Layout;
using Antrag.Tests.Conservation;
using Antrag.Tests.PdfA;
using Antrag.Text;

namespace Antrag.Tests.Layout;

/// <summary>Tables of the body text across pages: the header row repeated, at least two body rows at a foot and at a head.</summary>
public sealed class TableLayoutTests : IDisposable
{
    private const string Characters = "MaßnahmeKostenStadtteil0123456789 €.,-";

    private static readonly Typography Type = new(Color.Black);

    private readonly FontSet fonts = FontSet.Create(FontFamilySource.Shipped, Characters + GermanTypography.Characters);

    public void Dispose() => fonts.Dispose();

    /// <summary>A table "Maßnahme | Kosten" of <paramref name="rows"/> one-line body rows "Maßnahme n | n00 €".</summary>
    private static TableBlock Table(int rows) => new(
        [[new TextRun("Maßnahme")], [new TextRun("Kosten")]],
        Enumerable.Range(1, rows).Select(r => (IReadOnlyList<IReadOnlyList<TextRun>>)[[new TextRun($"Maßnahme {r}")], [new TextRun($"{r}00 €")]]).ToList());

    private BlockLayout Laid(TableBlock table) => new BlockLayouter(fonts, Type, new Dictionary<string, ImageData>()).Layout(table, 400f);

    /// <summary>A block of <paramref name="rows"/> rows as tall as a table row, marked by a line at x = -1.</summary>
    private static BlockLayout Filler(int rows, float height) =>
        new("filler", Enumerable.Range(0, rows).Select(_ => new Row(height, [new LineItem(-1, 0, -1, 0, 1, Color.Black)])).ToList());

    /// <summary>Per page, the cell texts in painting order; a repeated header's as "[Maßnahme]".</summary>
    private static List<List<string>> Cells(IReadOnlyList<IReadOnlyList<FrameItem>> pages) =>
        pages.Select(p => p.OfType<TextItem>().Select(t => t.Tag.Artifact == ArtifactKind.RepeatedHeader ? $"[{t.Text}]" : t.Text).Where(t => t.Contains("Maßnahme", StringComparison.Ordinal)).ToList()).ToList();

    private static string[] Body(int from, int to) => Enumerable.Range(from, to - from + 1).Select(r => $"Maßnahme {r}").ToArray();

    [Fact]
    public void A_table_that_breaks_repeats_its_header_row_as_an_artifact_at_the_head_of_the_next_page()
    {
        var table = Laid(Table(12));
        var row = table.Rows[1].Height;
        var page = new PageArea(0, (10 * row) + 1);

        var pages = new Paginator(0, page, page).Paginate([table]);

        Assert.Equal([["Maßnahme", .. Body(1, 9)], ["[Maßnahme]", .. Body(10, 12)]], Cells(pages));
        var repeated = pages[1].Where(i => i.Tag.Artifact == ArtifactKind.RepeatedHeader).ToList();
        Assert.Contains(repeated, i => i is TextItem { Text: "Kosten" });
        Assert.All(repeated, i => Assert.Null(i.Tag.Node));
        var firstBody = pages[1].OfType<TextItem>().First(t => t.Text == "Maßnahme 10");
        Assert.All(repeated.OfType<TextItem>(), t => Assert.True(t.Baseline < firstBody.Baseline));
    }

    [Fact]
    public void At_least_two_body_rows_go_to_the_head_of_the_next_page()
    {
        var table = Laid(Table(10));
        var page = new PageArea(0, (10 * table.Rows[1].Height) + 1);

        var pages = new Paginator(0, page, page).Paginate([table]);

        Assert.Equal([["Maßnahme", .. Body(1, 8)], ["[Maßnahme]", .. Body(9, 10)]], Cells(pages));
    }

    /// <summary>
    /// After the text, room for the header and two body rows: a table of six would leave one row alone at the foot (with
    /// the header) or a table of three one row alone at the head; both move to the next page whole.
    /// </summary>
    [Theory]
    [InlineData(6, 8)]
    [InlineData(3, 7)]
    public void A_table_moves_whole_rather_than_leave_one_body_row_at_a_foot_or_a_head(int bodyRows, int textRows)
    {
        var table = Laid(Table(bodyRows));
        var row = table.Rows[1].Height;
        var page = new PageArea(0, (10 * row) + table.SpaceBefore + 1);

        var pages = new Paginator(0, page, page).Paginate([Filler(textRows, row), table]);

        Assert.Equal([[], ["Maßnahme", .. Body(1, bodyRows)]], Cells(pages));
    }

    [Fact]
    public void The_signatures_take_two_body_rows_and_the_header_with_them_not_one()
    {
        // The table fills page 1 exactly; the signatures do not fit below it, so its last rows go with them.
        var table = Laid(Table(10));
        var row = table.Rows[1].Height;
        var signatures = Filler(2, row) with { KeepTogether = true, KeepWithPrevious = true };
        var page = new PageArea(0, (11 * row) + 1);

        var pages = new Paginator(0, page, page).Paginate([table, signatures]);

        Assert.Equal([["Maßnahme", .. Body(1, 8)], ["[Maßnahme]", .. Body(9, 10)]], Cells(pages));
        Assert.Equal(2, pages[1].OfType<LineItem>().Count(l => l.X1 < 0));
    }

    [Fact]
    public void A_long_word_in_a_cell_is_hyphenated_like_the_body_text_not_cut_at_any_letter()
    {
        using var rendered = StructureTests.RenderDraft(
            "| Maßnahme | Stadtteil | Kosten |\n|---|---|---:|\n| Die Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung gilt seit Jahren. | Nord-Ost 3 | 5000 € |");

        var cells = rendered.Layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().Where(t => t.Tag.Node?.Role == StructureRole.TD).ToList();
        var lines = cells.Select(t => t.Text).ToList();
        Assert.True(lines.Count >= 4, string.Join(" | ", lines));
        for (var i = 0; i + 1 < cells.Count; i++)
        {
            var (line, next) = (cells[i], cells[i + 1]);
            var splitWord = line.Tag.Node == next.Tag.Node && next.Baseline > line.Baseline
                && char.IsLetter(line.Text[^1]) && char.IsLower(next.Text[0]);
            Assert.False(splitWord, $"a word is cut without a hyphen: '{line.Text}' / '{next.Text}'");
        }

        Assert.Contains(lines, l => l.EndsWith("-", StringComparison.Ordinal));
        var pdf = PdfExporter.Export(rendered.Layout);
        Assert.Contains("Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung", TextConservation.PdfWords(pdf));
    }

    [Fact]
    public void Cells_are_placed_as_the_columns_are_aligned_in_the_markdown()
    {
        using var rendered = StructureTests.RenderDraft(
            "| Maßnahme | Stadtteil | Kosten |\n|---|:---:|---:|\n| Dach | Nord | 5000 € |\n| Heizung | Nord-Ost 12 | 125000 € |");

        var items = rendered.Layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().Where(t => t.Tag.Node?.Role is StructureRole.TD or StructureRole.TH).ToList();
        TextItem Cell(string text) => Assert.Single(items, t => t.Text.Replace('\u00A0', ' ') == text);
        float Right(TextItem t) => t.X + t.Width;
        float Centre(TextItem t) => t.X + (t.Width / 2);

        // Right: the right edges of "Kosten", "5000 €" and "125000 €" line up; centred: the middles of the second column.
        Assert.Equal(Right(Cell("125000 €")), Right(Cell("5000 €")), 0.1f);
        Assert.Equal(Right(Cell("125000 €")), Right(Cell("Kosten")), 0.1f);
        Assert.True(Cell("5000 €").X > Cell("125000 €").X + 5f);
        Assert.Equal(Centre(Cell("Nord-Ost 12")), Centre(Cell("Nord")), 0.1f);
        Assert.Equal(Centre(Cell("Nord-Ost 12")), Centre(Cell("Stadtteil")), 0.1f);
        Assert.True(Cell("Nord").X > Cell("Nord-Ost 12").X + 5f);

        // Left as before: "Dach" and "Heizung" start at the same x.
        Assert.Equal(Cell("Dach").X, Cell("Heizung").X, 0.1f);
    }

    [Fact]
    public void The_white_below_a_table_is_as_tall_as_the_white_above_it()
    {
        using var rendered = StructureTests.RenderDraft("Der Text vor der Tabelle.\n\n| Maßnahme | Kosten |\n|---|---|\n| Dach | 5000 € |\n\nDer Text nach der Tabelle.");

        var items = rendered.Layout.Pages[0].Items;
        var text = items.OfType<TextItem>().ToList();
        var before = text.Single(t => t.Text.StartsWith("Der Text vor", StringComparison.Ordinal));
        var header = text.Single(t => t.Text == "Maßnahme");
        var after = text.Single(t => t.Text.StartsWith("Der Text nach", StringComparison.Ordinal));
        var lastRule = items.OfType<LineItem>().Where(l => l.Y1 > header.Baseline && l.Y1 < after.Baseline).Max(l => l.Y1);

        // From the baseline of the text above to the top of the header's capitals, and from the table's last rule to the
        // top of the capitals below (capitals about 0.7 of the size): the same white within half a point.
        var above = header.Baseline - (0.7f * header.Size) - before.Baseline;
        var below = after.Baseline - (0.7f * after.Size) - lastRule;
        Assert.True(Math.Abs(above - below) < 0.5f, $"above the table {above:0.0} pt, below it {below:0.0} pt");
    }

    [Fact]
    public void A_repeated_header_is_read_once_the_structure_has_one_head_and_the_pdf_passes_the_checks()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 45).Select(r => $"| Maßnahme {r} | {r}00 € |"));
        using var rendered = StructureTests.RenderDraft($"| Maßnahmenbezeichnung | Kostenschätzung |\n|---|---:|\n{rows}");
        Assert.True(rendered.Layout.Pages.Count >= 2);
        var drawn = rendered.Layout.Pages.Sum(p => p.Items.OfType<TextItem>().Count(t => t.Text == "Kostenschätzung"));
        Assert.True(drawn >= 2, $"the header is drawn {drawn} time(s)");

        var pdf = PdfExporter.Export(rendered.Layout);
        Assert.Equal(1, TextConservation.PdfWords(pdf).Count(w => w == "Kostenschätzung"));
        var table = Assert.Single(StructureTests.Flatten(rendered.Layout.Structure!), n => n.Role == StructureRole.Table);
        Assert.Equal([StructureRole.THead, StructureRole.TBody], table.Children.Select(c => c.Role));
        Assert.Single(table.Children[0].Children);
        Assert.Empty(PdfAChecker.Check(pdf));
    }

    [Fact]
    public void A_synopsis_that_breaks_repeats_its_column_heads_on_the_next_page()
    {
        SynopsisRow Pair(string old, string @new) => new([new TextRun(old)], [new TextRun(@new)]);
        var synopsis = new SynopsisBlock([Pair("Maßnahme alt", "Maßnahme neu"), .. Enumerable.Range(1, 12).Select(r => Pair($"Maßnahme {r}", $"Maßnahme {r}.0"))]);
        var laid = new BlockLayouter(fonts, Type, new Dictionary<string, ImageData>()).Layout(synopsis, 400f);
        var page = new PageArea(0, (8 * laid.Rows[1].Height) + 1);

        var pages = new Paginator(0, page, page).Paginate([laid]);

        Assert.True(pages.Count >= 2);
        Assert.All(Cells(pages).Skip(1), cells => Assert.Equal("[Maßnahme alt]", cells[0]));
        Assert.Equal(1, pages.Sum(p => p.OfType<TextItem>().Count(t => t.Text == "Maßnahme alt" && t.Tag.Artifact != ArtifactKind.RepeatedHeader)));
        var table = laid.Structure!;
        Assert.Equal([StructureRole.THead, StructureRole.TBody], table.Children.Select(c => c.Role));
        Assert.Equal(12, table.Children[1].Children.Count);
    }
}
