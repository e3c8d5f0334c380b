using Antrag.Fonts;
using Antrag.Layout;
using Antrag.Text;

namespace Antrag.Tests.Layout;

/// <summary>Which node each piece of a paragraph's text is content of: hyphenated words in full, struck and inserted text announced.</summary>
public sealed class TextTaggingTests : IDisposable
{
    private static readonly TextStyle Style = new(11f, 14.5f, Color.Black);

    private readonly FontSet fonts = FontSet.Create(FontFamilySource.Shipped, "Die Digitalisierungsaufgaben der Fahrrad-Infrastruktur „Donaudampfschifffahrt“, gestrichen eingefügt und.");

    public void Dispose() => fonts.Dispose();

    /// <summary>Breaks after every fourth letter of long words.</summary>
    private static IReadOnlyList<int> EveryFourth(string word) => word.Length < 8 ? [] : Enumerable.Range(1, (word.Length - 3) / 4).Select(i => i * 4).ToList();

    private IReadOnlyList<TextLine> Lines(string text, float width, BreakOptions? options = null) =>
        new ParagraphBreaker(fonts).Break(InlineParser.Parse(text), width, Style, options ?? BreakOptions.Plain);

    /// <summary>The text each node is given, in reading order: "node: text" with the pieces of one node joined.</summary>
    private static List<(StructureNode Node, string Text, string? ActualText)> Pieces(IReadOnlyList<TextLine> lines, SegmentTag[][] tags)
    {
        var pieces = new List<(StructureNode, string, string?)>();
        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = 0; j < lines[i].Segments.Count; j++)
            {
                var text = lines[i].Segments[j].Text;
                var at = 0;
                foreach (var part in tags[i][j].Parts.OrderBy(p => p.Start))
                {
                    if (part.Start > at)
                    {
                        pieces.Add((tags[i][j].Node, text[at..part.Start], null));
                    }

                    pieces.Add((part.Node, text.Substring(part.Start, part.Length), part.ActualText));
                    at = part.Start + part.Length;
                }

                if (at < text.Length)
                {
                    pieces.Add((tags[i][j].Node, text[at..], null));
                }
            }
        }

        return pieces;
    }

    [Fact]
    public void A_word_hyphenated_at_a_line_end_is_a_span_that_stands_for_the_whole_word()
    {
        var lines = Lines("Die Digitalisierungsaufgaben der Stadt", 90f, new BreakOptions { Hyphenate = EveryFourth });
        Assert.Contains(lines, l => l.Hyphenated);
        var paragraph = new StructureNode(StructureRole.P);

        var pieces = Pieces(lines, TextTagging.For(lines, paragraph));

        var word = Assert.Single(paragraph.Children);
        Assert.Equal(StructureRole.Span, word.Role);
        Assert.Equal("Digitalisierungsaufgaben", word.ActualText);
        var halves = pieces.Where(p => p.Node == word).ToList();
        Assert.True(halves.Count >= 2);
        Assert.EndsWith("-", halves[0].Text, StringComparison.Ordinal);
        Assert.Equal("Digitalisierungsaufgaben", string.Concat(halves.Select(h => h.Text)).Replace("-", string.Empty, StringComparison.Ordinal));

        // The first half's marked content stands for the whole word, the others for nothing: copy and search see one word.
        Assert.Equal("Digitalisierungsaufgaben", halves[0].ActualText);
        Assert.All(halves.Skip(1), h => Assert.Equal(string.Empty, h.ActualText));
        Assert.Equal("Die Digitalisierungsaufgaben der Stadt", string.Join(' ', pieces.Select(p => p.ActualText ?? p.Text.Trim()).Where(t => t.Length > 0)));
    }

    [Fact]
    public void A_word_broken_twice_is_one_span_with_what_follows_it_up_to_the_space_and_the_opening_quote_outside()
    {
        var lines = Lines("„Donaudampfschifffahrt“, und", 60f, new BreakOptions { Hyphenate = EveryFourth });
        Assert.True(lines.Count(l => l.Hyphenated) >= 2, string.Join(" | ", lines.Select(TextSetter.Text)));
        var paragraph = new StructureNode(StructureRole.P);

        var pieces = Pieces(lines, TextTagging.For(lines, paragraph));

        var word = Assert.Single(paragraph.Children);
        Assert.Equal("Donaudampfschifffahrt“,", word.ActualText);
        Assert.Equal(["„", "und"], pieces.Where(p => p.Node == paragraph).Select(p => p.Text.Trim()).Where(t => t.Length > 0));
    }

    [Fact]
    public void A_line_ending_at_a_hard_hyphen_keeps_it_and_is_a_span_that_stands_for_the_whole_word()
    {
        var lines = Lines("Die Fahrrad-Infrastruktur der Stadt", 75f);
        Assert.Contains(lines, l => TextSetter.Text(l).EndsWith("Fahrrad-", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Hyphenated);
        var paragraph = new StructureNode(StructureRole.P);

        var pieces = Pieces(lines, TextTagging.For(lines, paragraph));

        // Read back as one word with its hyphen, not as "Fahrrad- Infrastruktur" nor (a reader taking it for a hyphenation) "FahrradInfrastruktur".
        var word = Assert.Single(paragraph.Children);
        Assert.Equal("Fahrrad-Infrastruktur", word.ActualText);
        Assert.Contains(pieces, p => p.Text.EndsWith("Fahrrad-", StringComparison.Ordinal) && p.ActualText == "Fahrrad-Infrastruktur");
        Assert.Equal("Die Fahrrad-Infrastruktur der Stadt", string.Join(' ', pieces.Select(p => p.ActualText ?? p.Text.Trim()).Where(t => t.Length > 0)));
    }

    [Fact]
    public void Struck_and_inserted_text_are_spans_announced_in_a_synopsis_only()
    {
        var lines = Lines("Die ~~gestrichen und gestrichen~~ und ++eingefügt++.", 100f);
        var synopsis = new StructureNode(StructureRole.TD);
        TextTagging.For(lines, synopsis, announceChanges: true);
        Assert.Equal(2, synopsis.Children.Count);
        Assert.Equal((Decoration.Strike, "gestrichen: gestrichen und gestrichen"), (synopsis.Children[0].Decoration, synopsis.Children[0].Alt));
        Assert.Equal((Decoration.Underline, "eingefügt: eingefügt"), (synopsis.Children[1].Decoration, synopsis.Children[1].Alt));

        var paragraph = new StructureNode(StructureRole.P);
        TextTagging.For(lines, paragraph);
        Assert.Equal(2, paragraph.Children.Count);
        Assert.All(paragraph.Children, c => Assert.Null(c.Alt));
    }
}
