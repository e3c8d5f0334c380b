using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Layout;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Render;

/// <summary>
/// The parts real motions have (issue 13, item 4): the sender block, the legal basis, place and date at the top or at the end,
/// a salutation over two lines, signing with "gez." or by hand, a Begründung given orally. Text read back from the PDF.
/// </summary>
public sealed class MotionPartsTests
{
    private const string Signer = """
        unterzeichner:
          - name: Max Mustermann
            funktion: Ratsmitglied
        """;

    private const string SenderAndRecipient = """
        absender: ["Max Mustermann, Ratsmitglied", Musterweg 1, 12345 Musterstadt]
        brief:
          empfaenger: [Frau Oberbürgermeisterin, Rathaus]
        """;

    private static string Profile(string extra = "") => $"""
        name: Max Mustermann
        typ: einzelratsmitglied
        partei: Freie Liste
        rat: Rat der Stadt Teststadt
        stadt: Teststadt
        anschrift: [Rathausplatz 1, 11111 Teststadt]
        {extra}
        """;

    private static string Motion(string extra) => $"""
        datum: 01.02.2024
        betreff: Bänke am Stadtpark
        beschlussentwurf: Die Verwaltung stellt zehn Bänke am Stadtpark auf.
        {extra}
        {Signer}
        """;

    private static (RenderedMotion? Rendered, DiagnosticBag Diagnostics) Render(string motion, string profile)
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), profile);
        File.WriteAllText(dir.File("a.yaml"), motion);
        var diagnostics = new DiagnosticBag();
        return (diagnostics.Take(Pipeline.Render(dir.File("a.yaml"))), diagnostics);
    }

    /// <summary>The lines of the PDF, read back with PdfPig, in painting order.</summary>
    private static List<PdfText.Line> PdfLines(string motion, string profile)
    {
        var (rendered, diagnostics) = Render(motion, profile);
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        Assert.Empty(diagnostics.Items);
        using (rendered)
        {
            return PdfText.Lines(PdfExporter.Export(rendered.Layout));
        }
    }

    private static PdfText.Line Line(List<PdfText.Line> lines, string text) =>
        lines.Single(l => l.Text == text);

    private static List<string> Codes(string motion, string profile)
    {
        var (rendered, diagnostics) = Render(motion, profile);
        rendered?.Dispose();
        return diagnostics.Items.Select(d => d.Code.Id).ToList();
    }

    [Fact]
    public void The_sender_block_stands_above_the_recipient_and_the_betreff_on_the_standard_letterhead()
    {
        var lines = PdfLines(Motion(SenderAndRecipient), Profile());

        var sender = Line(lines, "Max Mustermann, Ratsmitglied");
        var street = Line(lines, "Musterweg 1");
        var recipient = Line(lines, "Frau Oberbürgermeisterin");
        var subject = Line(lines, "Bänke am Stadtpark");

        // PDF y grows upwards: each part lower on the page than the one before.
        Assert.True(sender.Baseline > street.Baseline && street.Baseline > recipient.Baseline && recipient.Baseline > subject.Baseline);
        Assert.Equal(sender.X, recipient.X, 0.01);
    }

    [Fact]
    public void On_a_din_page_the_sender_is_the_return_address_instead_of_the_faction_line()
    {
        var lines = PdfLines(Motion(SenderAndRecipient), Profile("briefbogen: din5008-b"));

        Assert.Contains(lines, l => l.Text == "Max Mustermann, Ratsmitglied · Musterweg 1 · 12345 Musterstadt");
        Assert.DoesNotContain(lines, l => l.Text.StartsWith("Max Mustermann · Rathausplatz 1", StringComparison.Ordinal));

        // No second block of the sender in the body: the return address carries it.
        Assert.DoesNotContain(lines, l => l.Text == "Musterweg 1");
    }

    [Fact]
    public void A_line_break_inside_the_return_address_is_kept_not_the_text_after_it_lost()
    {
        // One line of the return address was printed, the rest after the break silently dropped.
        var sender = """
            absender: ["Max Mustermann\nRatsmitglied", Musterweg 1]
            brief:
              empfaenger: [Frau Oberbürgermeisterin, Rathaus]
            """;
        var lines = PdfLines(Motion(sender), Profile("briefbogen: din5008-a"));

        var second = Line(lines, "Ratsmitglied · Musterweg 1");
        var first = lines.Single(l => l.Text == "Max Mustermann" && l.Letters[0].PointSize < 7);
        Assert.Equal(6, second.Letters[0].PointSize, 0.01);
        Assert.True(first.Baseline > second.Baseline && second.Baseline > Line(lines, "Frau Oberbürgermeisterin").Baseline);
    }

    [Fact]
    public void The_profiles_sender_is_used_unless_the_motion_names_its_own()
    {
        var profile = Profile("absender: [Büro Mustermann, Am Markt 2]");
        Assert.Contains(PdfLines(Motion(string.Empty), profile), l => l.Text == "Büro Mustermann");

        var own = PdfLines(Motion("absender: [Max Mustermann privat]"), profile);
        Assert.Contains(own, l => l.Text == "Max Mustermann privat");
        Assert.DoesNotContain(own, l => l.Text == "Büro Mustermann");
    }

    [Fact]
    public void The_legal_basis_prints_before_the_betreff()
    {
        var lines = PdfLines(Motion("rechtsgrundlage: Antrag gemäß § 3 Abs. 1 der Geschäftsordnung des Rates"), Profile());

        var basis = Line(lines, "Antrag gemäß § 3 Abs. 1 der Geschäftsordnung des Rates");
        Assert.True(basis.Baseline > Line(lines, "Bänke am Stadtpark").Baseline);
    }

    [Fact]
    public void Place_and_date_at_the_end_stand_after_the_last_text_and_before_the_signers()
    {
        var lines = PdfLines(Motion("""
            ort_datum: unten
            begruendung: Im Stadtpark fehlen Bänke.
            """), Profile());

        var date = Assert.Single(lines, l => l.Text == "Teststadt, 01.02.2024");
        Assert.True(Line(lines, "Im Stadtpark fehlen Bänke.").Baseline > date.Baseline);
        Assert.True(date.Baseline > Line(lines, "gez.").Baseline);
        Assert.True(date.Baseline > Line(lines, "Max Mustermann").Baseline);
    }

    [Fact]
    public void The_profile_sets_place_and_date_at_the_end_and_a_motion_takes_them_back_to_the_top()
    {
        var profile = Profile("ort_datum: unten");
        var atEnd = PdfLines(Motion(string.Empty), profile);
        Assert.True(Line(atEnd, "Die Verwaltung stellt zehn Bänke am Stadtpark auf.").Baseline > Line(atEnd, "Teststadt, 01.02.2024").Baseline);

        var atTop = PdfLines(Motion("ort_datum: oben"), profile);
        Assert.True(Line(atTop, "Teststadt, 01.02.2024").Baseline > Line(atTop, "Bänke am Stadtpark").Baseline);
    }

    [Fact]
    public void A_salutation_over_two_lines_prints_as_two_lines()
    {
        var lines = PdfLines(Motion("""
            brief:
              anrede: |
                Sehr geehrte Frau Oberbürgermeisterin,
                sehr geehrte Damen und Herren,
            """), Profile());

        var first = Line(lines, "Sehr geehrte Frau Oberbürgermeisterin,");
        var second = Line(lines, "sehr geehrte Damen und Herren,");
        Assert.InRange(first.Baseline - second.Baseline, 10, 20);
        Assert.Equal(first.X, second.X, 0.01);
    }

    [Fact]
    public void Signing_by_hand_leaves_room_above_each_name_and_no_gez()
    {
        const float room = 36f;
        var typed = PdfLines(Motion(string.Empty), Profile());
        var byHand = PdfLines(Motion("unterschrift: handschriftlich"), Profile());

        Assert.Contains(typed, l => l.Text == "gez.");
        Assert.DoesNotContain(byHand, l => l.Text == "gez.");

        // From the last line of the text to the signer's name: the room to sign is at least 36 pt more than with "gez.".
        var text = "Die Verwaltung stellt zehn Bänke am Stadtpark auf.";
        var typedGap = Line(typed, text).Baseline - Line(typed, "Max Mustermann").Baseline;
        var handGap = Line(byHand, text).Baseline - Line(byHand, "Max Mustermann").Baseline;
        Assert.True(handGap - typedGap >= room - 20f, $"room to sign: {handGap - typedGap:0.0} pt more than typed");
        Assert.True(handGap >= 3 * 14.5f + 14.5f, $"from text to name {handGap:0.0} pt");
    }

    [Fact]
    public void The_room_to_sign_by_hand_is_at_least_three_lines_between_neighbouring_rows()
    {
        var motion = """
            datum: 01.02.2024
            betreff: Bänke am Stadtpark
            beschlussentwurf: Die Verwaltung stellt zehn Bänke am Stadtpark auf.
            unterschrift: handschriftlich
            brief:
              gruss: Mit freundlichen Grüßen
            unterzeichner:
              - name: Max Mustermann
            """;
        var lines = PdfLines(motion, Profile());
        var room = Line(lines, "Mit freundlichen Grüßen").Baseline - Line(lines, "Max Mustermann").Baseline;
        Assert.True(room >= BlockLayouter.HandwrittenRoom + 14f, $"greeting to name: {room:0.0} pt");
        Assert.True(BlockLayouter.HandwrittenRoom >= 3 * 14f);
    }

    [Fact]
    public void The_profile_may_have_every_motion_signed_by_hand()
    {
        Assert.DoesNotContain(PdfLines(Motion(string.Empty), Profile("unterschrift: handschriftlich")), l => l.Text == "gez.");
        Assert.Contains(PdfLines(Motion("unterschrift: gez"), Profile("unterschrift: handschriftlich")), l => l.Text == "gez.");
    }

    [Fact]
    public void A_begruendung_given_orally_says_so()
    {
        var lines = PdfLines(Motion("begruendung_muendlich: true"), Profile());
        Assert.Contains(lines, l => l.Text == "Begründung");
        Assert.Contains(lines, l => l.Text == "Die Begründung erfolgt mündlich.");

        var none = PdfLines(Motion(string.Empty), Profile());
        Assert.DoesNotContain(none, l => l.Text == "Begründung");
    }

    [Fact]
    public void A_begruendung_written_and_oral_is_an_error()
    {
        Assert.Contains("ANT2011", Codes(Motion("begruendung: Weil.\nbegruendung_muendlich: true"), Profile()));
    }

    [Theory]
    [InlineData("ort_datum: mitte")]
    [InlineData("unterschrift: blau")]
    [InlineData("absender: Max Mustermann\n  Musterweg 1: x")]
    public void Wrong_values_of_the_parts_are_reported(string line)
    {
        var codes = Codes(Motion(line), Profile());
        Assert.NotEmpty(codes);
    }

    [Theory]
    [InlineData("ort_datum: Ende", "unten")]
    [InlineData("unterschrift: eigenhändig", "handschriftlich")]
    [InlineData("unterschrift: gez.", "gez")]
    public void Spellings_of_the_choices_are_accepted(string line, string meant)
    {
        var (rendered, diagnostics) = Render(Motion(line), Profile());
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        using (rendered)
        {
            Assert.Empty(diagnostics.Items);
            Assert.Equal(meant, rendered.Loaded.Motion.Values.Text(line.Split(':')[0]));
        }
    }
}
