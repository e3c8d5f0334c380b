using Antrag.Fonts;
using Antrag.Layout;
using Antrag.Text;

namespace Antrag.Tests.Layout;

/// <summary>The total-fit paragraph breaker: measure respected, balanced lines, hyphenation, justification.</summary>
public sealed class ParagraphBreakerTests : IDisposable
{
    private const string Text =
        "Die Stadtverwaltung erarbeitet die Voraussetzungen für ein Dezernat „Wirtschaft und Digitalisierung“ unter "
        + "Leitung des Dezernenten Eckhart Preen. Ziel des Dezernats ist die Bündelung aller Kompetenzen aus dem "
        + "Wirtschaftsbereich sowie der Digitalisierungsaufgaben – auch im Zusammenhang mit Smart City und "
        + "Breitbandausbau – innerhalb der Stadtverwaltung.";

    private static readonly TextStyle Style = new(11f, 14.5f, Color.Black);

    private readonly FontSet fonts = FontSet.Create(FontFamilySource.Shipped, Text + "Schul-IT Finanz-IT Wort");

    public void Dispose() => fonts.Dispose();

    private static string LineText(TextLine line) => string.Concat(line.Segments.Select(s => s.Text));

    /// <summary>A stand-in hyphenator: every word may break after its 4th and 8th letter.</summary>
    private static IReadOnlyList<int> EveryFourth(string word) => [.. new[] { 4, 8 }.Where(p => p < word.Length - 2)];

    [Theory]
    [InlineData(150f)]
    [InlineData(220f)]
    [InlineData(330f)]
    public void No_line_is_wider_than_the_measure_and_no_word_is_lost(float width)
    {
        foreach (var options in new[] { BreakOptions.Plain, new BreakOptions { Justify = true }, new BreakOptions { Hyphenate = EveryFourth } })
        {
            var lines = new ParagraphBreaker(fonts).Break([new TextRun(Text)], width, Style, options);
            Assert.All(lines, l => Assert.True(l.Width <= width + 0.01f, $"{l.Width} > {width}: {LineText(l)}"));
            var joined = string.Join(" ", lines.Select(LineText)).Replace("- ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
            Assert.Equal(Text.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), joined);
        }
    }

    [Fact]
    public void Total_fit_is_never_more_ragged_than_greedy_breaking()
    {
        const float width = 250f;
        var face = fonts[FontStyle.Regular];

        // Greedy first fit, measured the same way: as many words on each line as fit.
        var greedy = new List<float>();
        var line = string.Empty;
        foreach (var word in Text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && face.Measure(candidate, 11f) > width)
            {
                greedy.Add(face.Measure(line, 11f));
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        var total = new ParagraphBreaker(fonts).Break([new TextRun(Text)], width, Style, BreakOptions.Plain).Select(l => l.Width).ToList();
        static double Raggedness(List<float> widths) => widths.Take(widths.Count - 1).Sum(w => Math.Pow(width - w, 2));
        Assert.True(Raggedness(total) <= Raggedness(greedy), $"total fit {Raggedness(total):0} vs greedy {Raggedness(greedy):0}");
    }

    [Fact]
    public void A_forced_line_break_is_kept()
    {
        var lines = new ParagraphBreaker(fonts).Break([new TextRun("Zu TOP 4;\nhier: Wort")], 400f, Style, BreakOptions.Plain);
        Assert.Equal(["Zu TOP 4;", "hier: Wort"], lines.Select(LineText));
    }

    [Fact]
    public void Justified_lines_fill_the_measure_except_the_last()
    {
        var lines = new ParagraphBreaker(fonts).Break([new TextRun(Text)], 250f, Style, new BreakOptions { Justify = true });
        Assert.True(lines.Count > 2);
        foreach (var line in lines.Take(lines.Count - 1))
        {
            var right = line.Segments[^1].X + line.Segments[^1].Run.Width;
            Assert.Equal(250f, right, 0.6f);
        }

        Assert.True(lines[^1].Width < 249f);
    }

    [Fact]
    public void Hyphenation_points_are_used_and_the_hyphen_is_drawn()
    {
        var lines = new ParagraphBreaker(fonts).Break([new TextRun(Text)], 120f, Style, new BreakOptions { Hyphenate = EveryFourth });
        Assert.Contains(lines.Take(lines.Count - 1), l => LineText(l).EndsWith('-'));
    }

    [Fact]
    public void Bold_text_is_never_hyphenated()
    {
        var lines = new ParagraphBreaker(fonts).Break([new TextRun(Text, Bold: true)], 120f, Style, new BreakOptions { Hyphenate = EveryFourth });
        Assert.DoesNotContain(lines, l => LineText(l).EndsWith("-", StringComparison.Ordinal) && !LineText(l).EndsWith("IT-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_with_a_hyphen_may_break_after_it_without_an_added_hyphen()
    {
        var width = fonts[FontStyle.Regular].Measure("Wort Wort Schul-", 11f) + 1f;
        var lines = new ParagraphBreaker(fonts).Break([new TextRun("Wort Wort Schul-IT Wort")], width, Style, BreakOptions.Plain);
        Assert.Equal("Wort Wort Schul-", LineText(lines[0]));
        Assert.StartsWith("IT", LineText(lines[1]), StringComparison.Ordinal);
    }
}
