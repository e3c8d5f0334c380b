using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Fonts;
using Antrag.Hyphenation;
using Antrag.Layout;
using Antrag.Read;
using Antrag.Tests.Infrastructure;
using Antrag.Text;

namespace Antrag.Tests.Hyphenation;

/// <summary>Hyphenation in the layout: body text breaks at pattern points (ragged right and justified); the Betreff and names never.</summary>
public sealed class HyphenationLayoutTests
{
    private const string Reasoning =
        "Die Bestandsaufnahme bildet die Grundlage aller weiteren Schritte. Sie soll nicht nur die vorhandenen Wege erfassen, "
        + "sondern auch ihre Breite, ihren Zustand und ihre Beleuchtung. Die Unfalldaten der Polizei sind einzubeziehen, ebenso "
        + "die Hinweise aus der Bürgerschaft, die bereits heute über das Mängelmeldeportal der Stadt eingehen.\n\n"
        + "Der Maßnahmenplan soll die Hauptachsen zuerst in den Blick nehmen. Für jede Maßnahme sind Kosten, Zeitbedarf und "
        + "erwartete Wirkung anzugeben, damit der Rat Prioritäten setzen kann. Kurzfristig umsetzbare Maßnahmen wie Markierungen, "
        + "Ampelschaltungen und die Öffnung von Einbahnstraßen sollen gesondert ausgewiesen werden.\n\n"
        + "Geschützte Kreuzungen trennen den Radverkehr vom Kraftverkehr durch bauliche Elemente und verbessern die "
        + "Sichtbeziehungen beim Abbiegen. Erfahrungen aus anderen Städten zeigen, dass die Zahl der Abbiegeunfälle dadurch "
        + "deutlich sinkt. Fahrradabstellanlagen sind vor allem an Bahnhöfen und Schulen knapp. Wer sein Rad nicht sicher "
        + "abstellen kann, lässt es stehen. Das Konzept soll daher den Bedarf ermitteln und Standorte für Fahrradparkhäuser "
        + "und Sammelschließanlagen vorschlagen.";

    private static readonly FactionProfile Profile = new()
    {
        SourcePath = "fraktion.yaml",
        Name = "Testfraktion",
        Council = "Rat der Stadt Teststadt",
        City = "Teststadt",
    };

    private static readonly TextStyle Style = new(11f, 14.5f, Color.Black);

    private static RenderedMotion Render(FactionProfile profile, Motion motion)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = diagnostics.Take(Pipeline.Render(new LoadedMotion(motion, profile, [])));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        Assert.Empty(diagnostics.Items);
        return rendered;
    }

    private static Motion Motion(string subject = "Radverkehrskonzept", params Signer[] signers) => new()
    {
        SourcePath = "m.yaml",
        Date = new DateOnly(2024, 9, 2),
        Subject = subject,
        DraftResolution = "Die Verwaltung wird beauftragt, ein Radverkehrskonzept zu erarbeiten.",
        Reasoning = Reasoning,
        Signers = signers,
    };

    /// <summary>
    /// The words of a line read back from the PDF: justified text is drawn word by word without space glyphs, so a
    /// visible gap between two letters separates words too.
    /// </summary>
    private static List<string> Words(PdfText.Line line)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < line.Letters.Count; i++)
        {
            var letter = line.Letters[i];
            var gap = i > 0 && letter.StartBaseLine.X - line.Letters[i - 1].EndBaseLine.X > 1.5;
            if ((gap || string.IsNullOrWhiteSpace(letter.Value)) && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }

            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                current.Append(letter.Value);
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>Words split over two lines by a hyphen the layout added (not one written in the text): the part before the hyphen and the whole word.</summary>
    private static List<(string Head, string Word)> HyphenatedWords(byte[] pdf)
    {
        var lines = PdfText.Lines(pdf);
        return lines.Zip(lines.Skip(1))
            .Select(p => (Last: Words(p.First).LastOrDefault() ?? string.Empty, Next: Words(p.Second).FirstOrDefault() ?? string.Empty))
            .Where(p => p.Last.Length > 1 && p.Last.EndsWith('-') && char.IsLetter(p.Last[^2]) && p.Last != "-öffentlich-")
            .Select(p => (p.Last[..^1], p.Last[..^1] + p.Next))
            .ToList();
    }

    /// <summary>Checks that <paramref name="word"/> was split after <paramref name="head"/> at a pattern point, and is a word of the text.</summary>
    private static void AssertSplitAtPatternPoint(string head, string word)
    {
        Assert.True(GermanHyphenator.Default.Hyphenate(word).Contains(head.Length), $"{head}- / {word}: no pattern point");
        Assert.Contains(word.TrimEnd(',', '.'), Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_in_a_narrow_ragged_column_gets_hyphenated_lines_in_the_pdf()
    {
        using var fonts = FontSet.Create(FontFamilySource.Shipped, Reasoning + "-");
        var breaker = new ParagraphBreaker(fonts);
        var setter = new TextSetter(fonts);
        var lines = breaker.Break([new TextRun(Reasoning.Replace("\n\n", " ", StringComparison.Ordinal))], 130f, Style, new BreakOptions { Hyphenate = GermanHyphenator.Default.Hyphenate });
        var items = lines.SelectMany((line, i) => setter.Items(line, 72f, 72f + (i * Style.Leading), Style)).ToList();
        var info = new DocumentInfo("Test", "Test", "Test", "Test", null, "test");
        var pdf = PdfExporter.Export(new LaidOutDocument([new PageFrame(595f, 72f + ((lines.Count + 6) * Style.Leading), items)], fonts, info, []));

        var hyphenated = HyphenatedWords(pdf);

        Assert.NotEmpty(hyphenated);
        foreach (var (head, word) in hyphenated)
        {
            AssertSplitAtPatternPoint(head, word);
        }
    }

    [Fact]
    public void Justified_body_text_is_hyphenated_at_pattern_points_and_not_when_silbentrennung_is_off()
    {
        using var on = Render(Profile with { Justify = true }, Motion());
        var hyphenated = HyphenatedWords(PdfExporter.Export(on.Layout));
        Assert.True(hyphenated.Count >= 2, string.Join(", ", hyphenated));
        foreach (var (head, word) in hyphenated)
        {
            AssertSplitAtPatternPoint(head, word);
        }

        using var off = Render(Profile with { Justify = true, Hyphenate = false }, Motion());
        Assert.Empty(HyphenatedWords(PdfExporter.Export(off.Layout)));
    }

    [Fact]
    public void Ragged_right_body_text_is_hyphenated_where_a_long_word_would_leave_a_gap()
    {
        // Without hyphenation the first line would end after "die" and leave most of the long word's width empty.
        const string text = "Die Stadt beschließt die Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetzänderung schnell.";
        using var on = Render(Profile, Motion() with { DraftResolution = text, Reasoning = null });
        var (head, word) = Assert.Single(HyphenatedWords(PdfExporter.Export(on.Layout)));
        Assert.StartsWith("Rindfleisch", word, StringComparison.Ordinal);
        Assert.Contains(head.Length, GermanHyphenator.Default.Hyphenate(word));
    }

    [Fact]
    public void The_betreff_is_never_hyphenated_even_when_not_bold()
    {
        // The Betreff is the document's title; whatever a template makes of it, its paragraph stays unhyphenated.
        using var fonts = FontSet.Create(FontFamilySource.Shipped, Reasoning + "-:");
        var paragraph = Reasoning.Replace("\n\n", " ", StringComparison.Ordinal);
        var profile = Profile with { Justify = true };
        List<string> Texts(string title, string bodyText)
        {
            var doc = new LetterheadDocument { Body = [new ParagraphBlock([new TextRun(bodyText)])] };
            var info = new DocumentInfo(title, "T", "T", "T", null, "test");
            var layout = new DocumentLayouter(fonts, profile, null, new Dictionary<string, ImageData>(), GermanHyphenator.Default.Hyphenate).Layout(doc, info);
            return layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().Select(t => t.Text).ToList();
        }

        Assert.Contains(Texts("Ein anderer Betreff", paragraph), t => t.EndsWith('-'));
        Assert.DoesNotContain(Texts(paragraph, paragraph), t => t.EndsWith('-'));
        Assert.DoesNotContain(Texts(paragraph, "Betreff: " + paragraph), t => t.EndsWith('-'));
    }

    [Fact]
    public void The_betreff_of_a_rendered_motion_is_not_hyphenated()
    {
        var subject = Reasoning.Split("\n\n")[0];
        using var r = Render(Profile with { Justify = true }, Motion(subject));
        var items = r.Layout.Pages[0].Items.OfType<TextItem>()
            .Where(t => t.Style == FontStyle.Bold && subject.Contains(t.Text.TrimEnd('-'), StringComparison.Ordinal))
            .ToList();

        Assert.True(items.Select(t => t.Baseline).Distinct().Count() >= 3);
        Assert.DoesNotContain(items, t => t.Text.EndsWith('-'));
        Assert.Equal(subject, string.Join(" ", items.Select(t => t.Text)));
    }

    [Fact]
    public void Names_are_never_hyphenated_in_the_signatures_nor_in_the_text()
    {
        var signers = new[]
        {
            new Signer("Hildegard Schwarzenberger", "Fraktionsvorsitzende"),
            new Signer("Maximiliane Kirchenbergerhof", "Stellvertretende Fraktionsvorsitzende"),
            new Signer("Friedrich Wilhelmsburgerbauer", "Ratsmitglied"),
        };
        var sentence = "Der Rat der Stadt Teststadt dankt Frau Schwarzenberger, Frau Kirchenbergerhof und Herrn Wilhelmsburgerbauer.";
        var motion = Motion("Radverkehrskonzept", signers) with { DraftResolution = string.Join(" ", Enumerable.Repeat(sentence, 12)), Reasoning = null };
        using var r = Render(Profile with { Justify = true }, motion);
        var texts = r.Layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().Select(t => t.Text).ToList();

        string[] names = ["Schwarzenberger", "Kirchenbergerhof", "Wilhelmsburgerbauer", "Teststadt"];
        Assert.All(names, n => Assert.NotEmpty(GermanHyphenator.Default.Hyphenate(n)));
        Assert.DoesNotContain(texts, t => t.EndsWith('-') && t != "-öffentlich-");
        Assert.All(signers, s => Assert.Contains(texts, t => t == s.Name || t == s.Name.Split(' ')[1]));

        var hyphenate = MotionHyphenation.For(new LoadedMotion(motion, Profile with { Board = [new BoardMember("Vorsitzende", "Dr. Anna Beispielhausen")] }, []));
        Assert.Empty(hyphenate("Schwarzenberger,"));
        Assert.Empty(hyphenate("Wilhelmsburgerbauer."));
        Assert.Empty(hyphenate("Beispielhausen"));
        Assert.Empty(hyphenate("Teststadt"));
        Assert.NotEmpty(hyphenate("Oberbürgermeister"));
    }

    [Fact]
    public void A_word_with_a_hyphen_breaks_only_there_without_an_added_hyphen()
    {
        using var fonts = FontSet.Create(FontFamilySource.Shipped, "Das Klimaschutz-Sofortprogramm gilt.");
        var width = fonts[FontStyle.Regular].Measure("Das Klimaschutz-So", 11f);
        var lines = new ParagraphBreaker(fonts).Break([new TextRun("Das Klimaschutz-Sofortprogramm gilt.")], width, Style, new BreakOptions { Hyphenate = GermanHyphenator.Default.Hyphenate });
        Assert.Equal(["Das Klimaschutz-", "Sofortprogramm", "gilt."], lines.Select(l => string.Concat(l.Segments.Select(s => s.Text))));
    }

    [Fact]
    public void A_soft_hyphen_the_writer_put_in_is_the_only_break_and_is_never_drawn()
    {
        const string text = "Der Ober\u00ADbürgermeister berichtet.";
        using var fonts = FontSet.Create(FontFamilySource.Shipped, text + "-");
        var hyphenate = new BreakOptions { Hyphenate = GermanHyphenator.Default.Hyphenate };

        var narrow = fonts[FontStyle.Regular].Measure("Der Oberbürger-", 11f);
        var lines = new ParagraphBreaker(fonts).Break([new TextRun(text)], narrow, Style, hyphenate);
        Assert.Equal(["Der Ober-", "bürgermeister", "berichtet."], lines.Select(l => string.Concat(l.Segments.Select(s => s.Text))));

        var wide = new ParagraphBreaker(fonts).Break([new TextRun(text)], 400f, Style, hyphenate);
        Assert.Equal("Der Oberbürgermeister berichtet.", string.Concat(Assert.Single(wide).Segments.Select(s => s.Text)));
    }

    [Fact]
    public void A_soft_hyphen_in_a_motion_renders_without_a_warning()
    {
        using var r = Render(Profile, Motion() with { DraftResolution = "Der Ober\u00ADbürgermeister berichtet." });
        var texts = r.Layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().Select(t => t.Text).ToList();
        Assert.Contains(texts, t => t.Contains("Oberbürgermeister berichtet.", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains('\u00AD', StringComparison.Ordinal));
    }
}
