using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Tests.BadInput;
using Antrag.Tests.Cli;
using Antrag.Text;
using UglyToad.PdfPig;

namespace Antrag.Tests.Text;

/// <summary>The text blocks by the CommonMark rules (docs/markdown.md): Markdown in, the blocks the layout sets out.</summary>
public sealed class BlockParserTests
{
    /// <summary>A block in a short form: P[…] paragraph, H2[…] heading, L1.@0[…|…] list (first marker, level), Q{…} quote, F1[…] endnote, T[…|…]/[…|…] table.</summary>
    private static string Show(IEnumerable<Block> blocks) => string.Join(" ", blocks.Select(Show));

    private static string Show(Block block) => block switch
    {
        ParagraphBlock p => "P[" + Text(p.Runs) + "]",
        HeadingBlock h => $"H{h.Level}[" + Text(h.Runs) + "]",
        ListBlock l => "L" + l.Style.Marker(l.Start) + "@" + l.Level + "[" + string.Join("|", l.Items.Select(Text)) + "]",
        QuoteBlock q => "Q{" + Show(q.Blocks) + "}",
        FootnoteBlock f => "F" + f.Number + "[" + Text(f.Runs) + "]",
        TableBlock t => "T[" + string.Join("|", t.Header.Select(Text)) + "]/" + string.Join("/", t.Rows.Select(r => "[" + string.Join("|", r.Select(Text)) + "]")),
        _ => block.GetType().Name,
    };

    private static string Text(IEnumerable<TextRun> runs) => string.Concat(runs.Select(r => (r.Bold ? "*" : string.Empty) + r.Text.Replace("\n", "⏎") + (r.Bold ? "*" : string.Empty)));

    [Theory]
    // CommonMark 0.31, soft line breaks (example 648) and hard line breaks (633, 634): a single line break is a space.
    [InlineData("foo\nbaz", "P[foo baz]")]
    [InlineData("foo  \nbaz", "P[foo⏎baz]")]
    [InlineData("foo\\\nbaz", "P[foo⏎baz]")]
    [InlineData("Ein Satz pro Zeile.\nDer zweite Satz.\n\nNeuer Absatz.", "P[Ein Satz pro Zeile. Der zweite Satz.] P[Neuer Absatz.]")]
    // Block quotes (examples 228, 229 lazy continuation) and nesting.
    [InlineData("> # Foo\n> bar\n> baz", "Q{H1[Foo] P[bar baz]}")]
    [InlineData("> bar\nbaz", "Q{P[bar baz]}")]
    [InlineData("> a\n>> b", "Q{P[a] Q{P[b]}}")]
    // Lists (examples 301, 304: a change of delimiter starts a new list; 305: "1." may interrupt a paragraph).
    [InlineData("- foo\n- bar\n+ baz", "L•@0[foo|bar] L•@0[baz]")]
    // Example 304 differs by antrag's rule: "3)" neither starts a list nor continues one of its style, so it is text.
    [InlineData("1. foo\n2. bar\n3) baz", "L1.@0[foo|bar 3) baz]")]
    [InlineData("1. foo\n2. bar\n1) baz", "L1.@0[foo|bar] L1)@0[baz]")]
    [InlineData("Foo\n- bar\n- baz", "P[Foo] L•@0[bar|baz]")]
    [InlineData("1. Punkt\n   a) erstens\n   b) zweitens\n2. Punkt", "L1.@0[Punkt] La)@1[erstens|zweitens] L2.@0[Punkt]")]
    public void Reads_the_commonmark_blocks(string markdown, string expected) => Assert.Equal(expected, Show(BlockParser.Parse(markdown)));

    [Theory]
    [InlineData("1. a\n2. b", "L1.@0[a|b]")]
    [InlineData("1) a\n2) b", "L1)@0[a|b]")]
    [InlineData("(1) a\n(2) b", "L(1)@0[a|b]")]
    [InlineData("a) a\nb) b", "La)@0[a|b]")]
    [InlineData("a. a\nb. b", "La.@0[a|b]")]
    [InlineData("A) a\nB) b", "LA)@0[a|b]")]
    [InlineData("(a) a\n(b) b", "L(a)@0[a|b]")]
    [InlineData("I. a\nII. b", "LI.@0[a|b]")]
    [InlineData("i. a\nii. b\niii. c", "Li.@0[a|b|c]")]
    public void Keeps_the_list_style_as_written(string markdown, string expected) => Assert.Equal(expected, Show(BlockParser.Parse(markdown)));

    [Theory]
    [InlineData("28. Februar 2023 hat der Rat beschlossen.", "P[28. Februar 2023 hat der Rat beschlossen.]")]
    [InlineData("Am\n28. Februar", "P[Am 28. Februar]")]
    [InlineData("z. B. das Dach", "P[z. B. das Dach]")]
    [InlineData("2. Nachtrag zur Satzung", "P[2. Nachtrag zur Satzung]")]
    [InlineData("(3) Absatz drei", "P[(3) Absatz drei]")]
    // A list that continues after text keeps its numbers.
    [InlineData("1. eins\n2. zwei\n\nZwischentext\n\n3. drei", "L1.@0[eins|zwei] P[Zwischentext] L3.@0[drei]")]
    public void An_ordered_list_starts_at_its_first_number_or_continues_a_list(string markdown, string expected) =>
        Assert.Equal(expected, Show(BlockParser.Parse(markdown)));

    [Fact]
    public void Footnotes_are_numbered_by_first_reference_and_set_as_endnotes_after_the_text()
    {
        var blocks = BlockParser.Parse("Erst[^b] dann[^a], wieder[^b].\n\n[^a]: Quelle A.\n[^b]: Quelle B,\n  zweite Zeile.\n\nSchluss.");
        Assert.Equal("P[Erst¹ dann², wieder¹.] P[Schluss.] F1[Quelle B, zweite Zeile.] F2[Quelle A.]", Show(blocks));
    }

    [Fact]
    public void Footnotes_continue_the_numbers_of_earlier_sections_and_an_undefined_reference_is_left_out()
    {
        Assert.Equal("P[Text³] F3[Fuß.]", Show(BlockParser.Parse("Text[^1][^fehlt]\n\n[^1]: Fuß.", 2)));
    }

    [Theory]
    [InlineData("| A | B |\n|---|---|\n| 1 | **2** |", "T[A|B]/[1|*2*]")]
    [InlineData("Ein <b>Tag</b> und ![Bild](bild.png) weg", "P[Ein Tag und  weg]")]
    [InlineData("[Ratsinfo](https://rat.example) und <https://x.example>", "P[Ratsinfo (https://rat.example) und https://x.example]")]
    [InlineData("```\ncode\nzeilen\n```", "P[code⏎zeilen]")]
    [InlineData("    eingerückt", "P[eingerückt]")]
    public void Prints_no_markup_it_cannot_show(string markdown, string expected) => Assert.Equal(expected, Show(BlockParser.Parse(markdown)));

    [Fact]
    public void Nesting_beyond_the_cap_is_text_and_stays_fast()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var blocks = BlockParser.Parse(string.Concat(Enumerable.Repeat("- ", 90_000)) + "a\n" + new string('>', 90_000) + " b");
        Assert.True(watch.ElapsedMilliseconds < 5_000, $"{watch.ElapsedMilliseconds} ms");
        Assert.True(blocks.Count < 40, $"{blocks.Count} blocks");
    }

    [Fact]
    public void The_betreff_keeps_its_line_breaks()
    {
        Assert.Equal("P[*Zeile eins⏎Zeile zwei*]", Show(BlockParser.Parse("**" + TemplateModel.HardBreaks("Zeile eins\nZeile zwei\n") + "**")));
    }

    [Fact]
    public void A_motion_with_quotes_footnotes_and_list_styles_reads_back_from_the_pdf()
    {
        using var dir = new TempFolder();
        var motion = GeneratedCaseTests.Motion.Replace(
            "  Das Dach der Turnhalle ist undicht.\n",
            "  Das Dach ist undicht[^1].\n  Es regnet seit Jahren.\n\n  > Der Hausmeister sagt:\n  > Es tropft.\n\n  a) erstens\n  b) zweitens\n\n  (1) Absatz\n  (2) Absatz\n\n  28. Februar 2023 war der Ortstermin.\n\n  [^1]: Gutachten vom 3. März 2023.\n",
            StringComparison.Ordinal);
        Assert.NotEqual(GeneratedCaseTests.Motion, motion);
        File.WriteAllText(dir.File("fraktion.yaml"), "name: Testfraktion\nrat: Rat der Stadt Teststadt\nstadt: Teststadt\nanschrift: [Rathausplatz 1, 11111 Teststadt]\n");
        File.WriteAllText(dir.File("antrag.yaml"), motion);
        var diagnostics = new DiagnosticBag();
        using var rendered = diagnostics.Take(Pipeline.Render(dir.File("antrag.yaml")));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        using var pdf = PdfDocument.Open(PdfExporter.Export(rendered.Layout));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Das Dach ist undicht¹. Es regnet seit Jahren.", string.Join("\n", rendered.Layout.Pages.SelectMany(p => p.Items.OfType<Antrag.Layout.TextItem>()).Select(t => t.Text)));
        foreach (var expected in new[] { "Der Hausmeister sagt: Es tropft.", "a)", "erstens", "b)", "(1)", "(2)", "28. Februar 2023 war der Ortstermin.", "Gutachten vom 3. März 2023." })
        {
            Assert.Contains(expected.Replace(" ", string.Empty, StringComparison.Ordinal), text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }

        var quote = rendered.Layout.Pages.SelectMany(p => p.Items.OfType<Antrag.Layout.TextItem>()).First(t => t.Text.StartsWith("Der Hausmeister", StringComparison.Ordinal));
        var paragraph = rendered.Layout.Pages.SelectMany(p => p.Items.OfType<Antrag.Layout.TextItem>()).First(t => t.Text.StartsWith("Das Dach", StringComparison.Ordinal));
        Assert.True(quote.X > paragraph.X + 20, $"the quote is indented: {quote.X} vs {paragraph.X}");
    }
}
