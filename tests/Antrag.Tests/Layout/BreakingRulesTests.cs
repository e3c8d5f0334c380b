using Antrag.Fonts;
using Antrag.Layout;
using Antrag.Text;

namespace Antrag.Tests.Layout;

/// <summary>What must not break: addresses only after "@", "/" and ".", double names never, numbers with their units never.</summary>
public sealed class BreakingRulesTests : IDisposable
{
    private const string Addresses =
        "Bitte schreiben Sie an fraktion@cdu-kreistag-hildesheim.example oder besuchen Sie www.csu-stadtratsfraktion-regensburg.de "
        + "und https://www.stadt-beispiel.de/rat-und-verwaltung/sitzungen für alle Unterlagen der Fraktion.";

    private static readonly string[] AddressWords = ["fraktion@cdu-kreistag-hildesheim.example", "www.csu-stadtratsfraktion-regensburg.de", "https://www.stadt-beispiel.de/rat-und-verwaltung/sitzungen"];

    private const string Names = "Den Antrag stellen Frau Reuschel-Schwitalla und Bernd Müller-Lüdenscheidt für die CDU-Fraktion und die Fahrrad-Infrastruktur gemeinsam.";

    private const string Numbers = "Nach § 4 der Satzung und Nr. 12 der Anlage werden bis zum 28. Februar 2027 rund 1.000 € für 250 m Radweg und 30 % mehr bereitgestellt.";

    private static readonly TextStyle Style = new(11f, 14.5f, Color.Black);

    private readonly FontSet fonts = FontSet.Create(FontFamilySource.Shipped, Addresses + Names + Numbers + GermanTypography.Characters);

    public void Dispose() => fonts.Dispose();

    private static string LineText(TextLine line) => string.Concat(line.Segments.Select(s => s.Text));

    private static IEnumerable<float> Widths() => Enumerable.Range(0, 40).Select(i => 90f + (i * 8f));

    /// <summary>A stand-in hyphenator that would break every word after its 4th letter.</summary>
    private static IReadOnlyList<int> AfterFour(string word) => word.Length > 6 ? [4] : [];

    private List<List<string>> AllBreaks(string text, BreakOptions options) =>
        Widths().Select(w => new ParagraphBreaker(fonts).Break(GermanTypography.Apply([new TextRun(text)]), w, Style, options).Select(TextSetter.Text).ToList()).ToList();

    [Fact]
    public void Mail_and_web_addresses_break_only_after_at_slash_or_dot_and_never_get_a_hyphen()
    {
        foreach (var options in new[] { BreakOptions.Plain, new BreakOptions { Hyphenate = AfterFour }, new BreakOptions { Justify = true, Hyphenate = AfterFour } })
        {
            foreach (var lines in AllBreaks(Addresses, options))
            {
                foreach (var line in lines)
                {
                    var last = line.Split(' ')[^1];
                    Assert.False(last.EndsWith('-') && AddressWords.Any(a => a.Contains(last[..^1], StringComparison.Ordinal)) && last.Length > 2, $"an address ends a line with a hyphen: '{line}'");
                }

                var joined = string.Join("\n", lines);
                Assert.DoesNotContain("kreistag-\n", joined, StringComparison.Ordinal);
                Assert.DoesNotContain("stadtratsfraktion-\n", joined, StringComparison.Ordinal);
                Assert.DoesNotContain("stadt-\n", joined, StringComparison.Ordinal);
                Assert.DoesNotContain("rat-\n", joined, StringComparison.Ordinal);
                Assert.DoesNotContain("frak-\n", joined, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void An_address_in_a_narrow_column_breaks_after_a_dot()
    {
        var width = fonts[FontStyle.Regular].Measure("csu-stadtratsfraktion-regensburg.", 11f) + 2f;
        var lines = new ParagraphBreaker(fonts).Break([new TextRun("www.csu-stadtratsfraktion-regensburg.de")], width, Style, BreakOptions.Plain).Select(LineText).ToList();
        Assert.Equal(["www.", "csu-stadtratsfraktion-regensburg.", "de"], lines);
    }

    [Fact]
    public void An_academic_title_stays_on_the_line_of_the_name_after_it()
    {
        const string text = "Es unterzeichnen Prof. Dr. Anna-Katharina Beispiel-Mustermann und Dr. Bernd Müller sowie der Vorsitzende Herr Kurz.";
        var sawBreakBeforeTitle = false;
        foreach (var options in new[] { BreakOptions.Plain, BreakOptions.NameField, new BreakOptions { Justify = true, Hyphenate = AfterFour } })
        {
            // Below the width of the longest title and name ("Prof. Dr. Anna-Katharina"), something must give.
            var unit = fonts[FontStyle.Regular].Measure("Prof. Dr. Anna-Katharina", Style.Size);
            foreach (var lines in Widths().Where(w => w >= unit).Select(w => new ParagraphBreaker(fonts).Break(GermanTypography.Apply([new TextRun(text)]), w, Style, options).Select(TextSetter.Text).ToList()))
            {
                Assert.All(lines, line => Assert.False(line.TrimEnd().EndsWith("Dr.", StringComparison.Ordinal) || line.TrimEnd().EndsWith("Prof.", StringComparison.Ordinal), $"a title ends the line: '{line}' in\n{string.Join("\n", lines)}"));
                Assert.Equal(Letters(text), Letters(string.Concat(lines)));
                sawBreakBeforeTitle |= lines.Any(l => l.StartsWith("Prof. Dr. ", StringComparison.Ordinal) || l.StartsWith("Dr. Bernd", StringComparison.Ordinal));
            }
        }

        Assert.True(sawBreakBeforeTitle, "the line may break before the title");
    }

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit));

    [Fact]
    public void In_a_narrow_column_the_title_and_the_first_name_go_to_the_next_line_together()
    {
        var width = fonts[FontStyle.Regular].Measure("Beispiel-Mustermann", 11f) + 2f;
        var lines = new ParagraphBreaker(fonts).Break([new TextRun("Dr. Anna-Katharina Beispiel-Mustermann")], width, Style, BreakOptions.NameField).Select(LineText).ToList();
        Assert.Equal(["Dr. Anna-Katharina", "Beispiel-Mustermann"], lines.Select(l => l.TrimEnd()));
    }

    [Fact]
    public void A_double_name_never_breaks_at_its_hyphen_but_a_compound_word_may()
    {
        var sawCompound = false;
        var sawNoun = false;
        var options = new BreakOptions { Hyphenate = AfterFour, Names = new HashSet<string> { "Müller-Lüdenscheidt" } };
        foreach (var lines in AllBreaks(Names, options))
        {
            var joined = string.Join("\n", lines);
            Assert.DoesNotContain("Reuschel-\n", joined, StringComparison.Ordinal);
            Assert.DoesNotContain("Müller-\n", joined, StringComparison.Ordinal);
            Assert.DoesNotContain("Reus-\n", joined, StringComparison.Ordinal);
            Assert.DoesNotContain("Müll-\n", joined, StringComparison.Ordinal);
            sawCompound |= joined.Contains("CDU-\n", StringComparison.Ordinal);
            sawNoun |= joined.Contains("Fahrrad-\n", StringComparison.Ordinal);
        }

        Assert.True(sawCompound, "CDU-Fraktion never broke at its hyphen");
        Assert.True(sawNoun, "Fahrrad-Infrastruktur never broke at its hyphen");
    }

    [Fact]
    public void In_name_fields_no_hyphen_is_a_break()
    {
        var width = fonts[FontStyle.Regular].Measure("Den Antrag stellen CDU-", 11f) + 1f;
        var lines = new ParagraphBreaker(fonts).Break([new TextRun("Den Antrag stellen CDU-Fraktion")], width, Style, BreakOptions.NameField).Select(LineText).ToList();
        Assert.DoesNotContain(lines, l => l.EndsWith('-'));
    }

    [Fact]
    public void Numbers_stay_with_their_units_and_signs()
    {
        foreach (var lines in AllBreaks(Numbers, new BreakOptions { Justify = true, Hyphenate = AfterFour }))
        {
            var joined = string.Join("\n", lines);
            foreach (var bad in new[] { "§\n", "Nr.\n", "28.\n", "1.000\n", "250\n", "30\n", "\n€", "\n%" })
            {
                Assert.DoesNotContain(bad, joined, StringComparison.Ordinal);
            }
        }
    }
}
