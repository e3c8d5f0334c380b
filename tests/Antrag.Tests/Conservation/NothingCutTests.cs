using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Layout;
using Antrag.Read;
using Antrag.Tests.Infrastructure;
using Antrag.Text;

namespace Antrag.Tests.Conservation;

/// <summary>Defects of the letterhead that cut text, each shown by a motion that lost words before the fix (issue 14, item 2).</summary>
public sealed class NothingCutTests
{
    private static readonly FactionProfile Profile = new()
    {
        SourcePath = "fraktion.yaml",
        Name = "Fraktion Zukunft Mönchengladbach",
        Council = "Rat der Stadt Mönchengladbach-Rheydt",
        City = "Mönchengladbach",
        Address = ["Rathaus, Zimmer 214", "41061 Mönchengladbach"],
        PageFormat = PageFormat.Din5008B,
        Positions = new Dictionary<string, SourceSpan> { ["name"] = new("fraktion.yaml", 1, 1), ["anschrift[0]"] = new("fraktion.yaml", 3, 5) },
    };

    private static readonly string[] EightLines =
        ["Stadt Musterstadt", "Der Oberbürgermeister", "Herrn Dr. Maximilian Mustermann", "Fachbereich 61 – Stadtplanung", "z. Hd. Frau Erika Beispiel", "Rathaus, Zimmer 301", "Marktplatz 1", "12345 Musterstadt"];

    private static Motion Letter(params string[] recipient) => new()
    {
        SourcePath = "m.yaml",
        ReferenceNumber = "12/24",
        Date = new DateOnly(2024, 5, 6),
        Subject = "Sichere Schulwege und barrierefreie Haltestellen in allen Stadtteilen",
        DraftResolution = string.Join("\n\n", Enumerable.Repeat("Ein Absatz mit einigen Wörtern, der über mehrere Zeilen läuft und den Rand prüft.", 40)),
        Letter = new LetterFraming { Recipient = recipient, Salutation = "Sehr geehrter Herr Oberbürgermeister," },
        Signers = [new Signer("Erika Muster", "Vorsitzende")],
        Positions = new Dictionary<string, SourceSpan> { ["brief.empfaenger[0]"] = new("m.yaml", 5, 7) },
    };

    private static (RenderedMotion? Rendered, DiagnosticBag Diagnostics) Render(Motion motion, FactionProfile profile, params FactionProfile[] coSponsors)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = diagnostics.Take(Pipeline.Render(new LoadedMotion(motion, profile, coSponsors)));
        return (rendered, diagnostics);
    }

    private static TextConservation.Finding Conserved(Motion motion, FactionProfile profile, params FactionProfile[] coSponsors)
    {
        var (rendered, diagnostics) = Render(motion, profile, coSponsors);
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        using (rendered)
        {
            return TextConservation.Check(rendered.Letterhead, PdfExporter.Export(rendered.Layout), rendered.Profile.PageFormat != Antrag.Read.PageFormat.Letterhead);
        }
    }

    private const double PageHeightMm = 297;

    private static double Mm(double points) => points * 25.4 / 72;

    private static double FromTop(double y) => PageHeightMm - Mm(y);

    private static bool Overlap(UglyToad.PdfPig.Core.PdfRectangle a, UglyToad.PdfPig.Core.PdfRectangle b) =>
        a.Left < b.Right && b.Left < a.Right && a.Bottom < b.Top && b.Bottom < a.Top;

    /// <summary>Page 1's address field read back: its top, the return address's lines (below 7 pt), the rule under them and the recipient's lines, all in mm from the top.</summary>
    private sealed record AddressField(double Top, List<PdfText.Line> Sender, double Rule, List<PdfText.Line> Recipient);

    private static AddressField ReadAddressField(Motion motion, FactionProfile profile)
    {
        var (rendered, diagnostics) = Render(motion, profile);
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        byte[] pdf;
        using (rendered)
        {
            pdf = PdfExporter.Export(rendered.Layout);
        }

        var top = profile.PageFormat == PageFormat.Din5008A ? 27.0 : 45.0;
        var inField = PdfText.Lines(pdf).Where(l => l.Page == 1 && Mm(l.X) < 105 && FromTop(l.Baseline) > top && FromTop(l.Baseline) < top + 45).ToList();
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var rule = doc.GetPage(1).Paths.SelectMany(p => p)
            .Select(sub => sub.GetBoundingRectangle())
            .Where(r => r is { Height: < 0.01 } && Mm(r.Value.Left) is > 24.9 and < 25.1 && FromTop(r.Value.Bottom) > top && FromTop(r.Value.Bottom) < top + 45)
            .Select(r => FromTop(r!.Value.Bottom))
            .Single();
        return new AddressField(top, inField.Where(l => l.Letters[0].PointSize < 7.01).ToList(), rule, inField.Where(l => l.Letters[0].PointSize >= 8).ToList());
    }

    [Theory]
    [InlineData(PageFormat.Din5008A)]
    [InlineData(PageFormat.Din5008B)]
    public void A_long_return_address_is_printed_whole_with_the_town(PageFormat format)
    {
        var finding = Conserved(Letter("Herrn Max Mustermann", "Rathaus", "12345 Musterstadt"), Profile with { PageFormat = format });
        Assert.Empty(finding.Problems);
    }

    [Theory]
    [InlineData(PageFormat.Din5008A, false)]
    [InlineData(PageFormat.Din5008B, false)]
    [InlineData(PageFormat.Din5008A, true)]
    [InlineData(PageFormat.Din5008B, true)]
    public void A_return_address_too_long_for_one_line_at_6_pt_takes_two_lines_above_the_recipient(PageFormat format, bool eightLines)
    {
        // 104 mm on one line at 6 pt: refused with ANT5004 before it could take a second line.
        var profile = Profile with { PageFormat = format, Address = ["Rathaus am Marktplatz, Verwaltungsgebäude B, Zimmer 214–216", "41061 Mönchengladbach"] };
        var motion = eightLines ? Letter(EightLines) : Letter("Herrn Max Mustermann", "Rathaus", "12345 Musterstadt");
        Assert.Empty(Conserved(motion, profile).Problems);
        var field = ReadAddressField(motion, profile);

        // Two lines at 6 pt, in the 5 mm at the top of the 80 mm wide field, broken between whole words; the rule below them.
        Assert.Equal(2, field.Sender.Count);
        Assert.All(field.Sender.SelectMany(l => l.Letters), l => Assert.Equal(6, l.PointSize, 0.01));
        Assert.All(field.Sender.SelectMany(l => l.Letters), l =>
        {
            Assert.InRange(Mm(l.BoundingBox.Left), 25 - 0.01, 105);
            Assert.InRange(Mm(l.BoundingBox.Right), 25, 105 + 0.01);
            Assert.InRange(FromTop(l.BoundingBox.Top), field.Top, field.Top + 5);
            Assert.InRange(FromTop(l.BoundingBox.Bottom), field.Top, field.Top + 5);
        });
        Assert.Equal(
            TextConservation.Words("Fraktion Zukunft Mönchengladbach · Rathaus am Marktplatz, Verwaltungsgebäude B, Zimmer 214–216 · 41061 Mönchengladbach"),
            TextConservation.Words(string.Join(" ", field.Sender.Select(l => l.Text))));
        Assert.InRange(field.Rule, FromTop(field.Sender[1].Letters.Min(l => l.BoundingBox.Bottom)), field.Top + 5);

        // The recipient (eight lines reach up into the Zusatz- und Vermerkzone) starts below the rule; no glyphs overlap.
        Assert.Equal(eightLines ? 8 : 3, field.Recipient.Count);
        Assert.All(field.Recipient.SelectMany(l => l.Letters), l => Assert.True(FromTop(l.BoundingBox.Top) > field.Rule, $"'{l.Value}' of the recipient at {FromTop(l.BoundingBox.Top):0.00} mm, the rule at {field.Rule:0.00} mm"));
        var sender = field.Sender.SelectMany(l => l.Letters).Where(l => l.Value != " ").ToList();
        foreach (var r in field.Recipient.SelectMany(l => l.Letters).Where(l => l.Value != " "))
        {
            Assert.DoesNotContain(sender, s => Overlap(s.BoundingBox, r.BoundingBox));
        }
    }

    [Fact]
    public void A_return_address_on_two_lines_breaks_between_its_parts_when_they_fit()
    {
        var profile = Profile with { Name = "Fraktion Bündnis 90/Die Grünen – Wählergemeinschaft für eine lebenswerte Zukunft", Address = ["Marktplatz 1", "12345 Musterstadt"] };
        var field = ReadAddressField(Letter("Herrn Max Mustermann", "12345 Musterstadt"), profile);
        Assert.Equal(["Fraktion Bündnis 90/Die Grünen – Wählergemeinschaft für eine lebenswerte Zukunft", "Marktplatz 1 · 12345 Musterstadt"], field.Sender.Select(l => l.Text.Trim()));
    }

    [Theory]
    [InlineData(PageFormat.Din5008A)]
    [InlineData(PageFormat.Din5008B)]
    public void A_return_address_too_long_for_two_lines_at_6_pt_is_reported_at_the_address(PageFormat format)
    {
        var profile = Profile with
        {
            PageFormat = format,
            Name = "Fraktion Bündnis 90/Die Grünen – Wählergemeinschaft für eine lebenswerte Zukunft",
            Address = ["Rathaus am Marktplatz, Verwaltungsgebäude B, Zimmer 214–216, Eingang über den Innenhof", "41061 Mönchengladbach"],
        };
        var (rendered, diagnostics) = Render(Letter("Herrn Max Mustermann", "12345 Musterstadt"), profile);
        Assert.Null(rendered);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal("ANT5004", error.Code.Id);
        Assert.Equal(("fraktion.yaml", 3, 5), (error.Span.File, error.Span.Line, error.Span.Column));
    }

    [Theory]
    [InlineData(PageFormat.Din5008A)]
    [InlineData(PageFormat.Din5008B)]
    public void A_recipient_of_eight_lines_is_printed_whole(PageFormat format)
    {
        var finding = Conserved(Letter(EightLines), Profile with { PageFormat = format });
        Assert.Empty(finding.Problems);
    }

    [Fact]
    public void A_recipient_of_more_than_nine_lines_is_reported_at_the_recipient()
    {
        var (rendered, diagnostics) = Render(Letter([.. EightLines, "Postfach 10 20 30", "Eingang C"]), Profile);
        Assert.Null(rendered);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal("ANT5005", error.Code.Id);
        Assert.Equal(("m.yaml", 5), (error.Span.File, error.Span.Line));
    }

    [Theory]
    [InlineData(PageFormat.Din5008A, 10)]
    [InlineData(PageFormat.Din5008B, 10)]
    [InlineData(PageFormat.Din5008A, 1)]
    public void A_title_too_tall_for_the_din_letterhead_zone_stands_at_the_head_of_the_text(PageFormat format, int coSponsors)
    {
        // A joint motion of many factions (or two long names on form A's 27 mm zone) was refused with ANT5003.
        var partners = Enumerable.Range(1, coSponsors)
            .Select(p => Profile with { Name = $"Fraktion Bündnis für Nachhaltigkeit, Gerechtigkeit und Bürgerbeteiligung Nummer {p}", SourcePath = $"partner{p}/fraktion.yaml" })
            .ToArray();
        var profile = Profile with { PageFormat = format };
        var motion = Letter("Herrn Max Mustermann", "Rathaus", "12345 Musterstadt");
        Assert.Empty(Conserved(motion, profile, partners).Problems);

        var (rendered, _) = Render(motion, profile, partners);
        byte[] pdf;
        using (rendered)
        {
            pdf = PdfExporter.Export(rendered!.Layout);
        }

        // The title (15 pt) across the body's width, below the address field (45 mm from its top) and above the Betreff.
        var fieldTop = format == PageFormat.Din5008A ? 27.0 : 45.0;
        var lines = PdfText.Lines(pdf).Where(l => l.Page == 1).ToList();
        var title = lines.Where(l => Math.Abs(l.Letters[0].PointSize - 15) < 0.01).ToList();
        Assert.StartsWith("Gemeinsamer Antrag der Fraktion Zukunft Mönchengladbach", title[0].Text, StringComparison.Ordinal);
        Assert.Contains("Nummer " + coSponsors, title[^1].Text, StringComparison.Ordinal);
        Assert.All(title, l => Assert.True(FromTop(l.Baseline) > fieldTop + 45, $"'{l.Text}' at {FromTop(l.Baseline):0.0} mm"));
        Assert.All(title, l => Assert.Equal(25, Mm(l.X), 0.2));
        Assert.True(title.Max(l => Mm(l.Letters[^1].EndBaseLine.X)) > 150, "the title runs across the body, not in the narrow zone beside a logo");
        var betreff = lines.First(l => l.Text == "Betreff");
        Assert.True(betreff.Baseline < title[^1].Baseline, "the Betreff below the title");
    }

    [Fact]
    public void The_running_head_is_shortened_by_its_rule_never_cut()
    {
        var (rendered, diagnostics) = Render(Letter("Herrn Max Mustermann", "12345 Musterstadt"), Profile with { PageFormat = PageFormat.Letterhead, Name = "Fraktion Bündnis für Nachhaltigkeit, Gerechtigkeit, Bürgerbeteiligung und eine lebenswerte Zukunft in allen Stadtteilen" });
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        using (rendered)
        {
            var heads = rendered.Layout.Pages.Skip(1)
                .Select(p => string.Concat(p.Items.OfType<TextItem>().Where(t => t.Tag.Artifact == ArtifactKind.RunningHead).Select(t => t.Text)))
                .ToList();
            Assert.NotEmpty(heads);
            var full = InlineParser.PlainText(rendered.Letterhead.RunningHead);
            foreach (var head in heads)
            {
                // Either the whole running head, or one shortened by the stated rule (which ends in whole words).
                var words = TextConservation.Words(head);
                Assert.All(words, w => Assert.Contains(w, TextConservation.Words(full)));
                Assert.True(head == full || head.Contains('…', StringComparison.Ordinal), head);
                Assert.EndsWith("06.05.2024", head, StringComparison.Ordinal);
            }
        }
    }
}
