using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Layout;
using Antrag.Read;
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

    private static (RenderedMotion? Rendered, DiagnosticBag Diagnostics) Render(Motion motion, FactionProfile profile)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = diagnostics.Take(Pipeline.Render(new LoadedMotion(motion, profile, [])));
        return (rendered, diagnostics);
    }

    private static TextConservation.Finding Conserved(Motion motion, FactionProfile profile)
    {
        var (rendered, diagnostics) = Render(motion, profile);
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        using (rendered)
        {
            return TextConservation.Check(rendered.Letterhead, PdfExporter.Export(rendered.Layout), rendered.Profile.PageFormat != Antrag.Read.PageFormat.Letterhead);
        }
    }

    [Theory]
    [InlineData(PageFormat.Din5008A)]
    [InlineData(PageFormat.Din5008B)]
    public void A_long_return_address_is_printed_whole_with_the_town(PageFormat format)
    {
        var finding = Conserved(Letter("Herrn Max Mustermann", "Rathaus", "12345 Musterstadt"), Profile with { PageFormat = format });
        Assert.Empty(finding.Problems);
    }

    [Fact]
    public void A_return_address_too_long_even_at_6_pt_is_reported_at_the_address()
    {
        var profile = Profile with { Address = ["Rathaus am Marktplatz, Verwaltungsgebäude B, Zimmer 214–216", "41061 Mönchengladbach"] };
        var (rendered, diagnostics) = Render(Letter("Herrn Max Mustermann", "12345 Musterstadt"), profile);
        Assert.Null(rendered);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal("ANT5004", error.Code.Id);
        Assert.Equal(("fraktion.yaml", 3), (error.Span.File, error.Span.Line));
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
