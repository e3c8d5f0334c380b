using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Layout;
using Antrag.Read;
using Antrag.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Antrag.Tests.Layout;

/// <summary>The DIN 5008 presets read back from the PDF, in millimetres within 0.2 mm.</summary>
public sealed class Din5008Tests
{
    private const double Tolerance = 0.2;
    private const double PageHeightMm = 297;

    private static readonly FactionProfile Profile = new()
    {
        SourcePath = "fraktion.yaml",
        Name = "Testfraktion",
        Council = "Rat der Stadt Teststadt",
        City = "Teststadt",
        Address = ["Rathausplatz 1", "11111 Teststadt"],
    };

    private static readonly Motion Letter = new()
    {
        SourcePath = "m.yaml",
        ReferenceNumber = "12/24",
        Date = new DateOnly(2024, 5, 6),
        Subject = "Ein Betreff",
        DraftResolution = string.Join("\n\n", Enumerable.Repeat("Ein Absatz mit einigen Wörtern, der über mehrere Zeilen läuft und den Rand prüft.", 6)),
        Letter = new LetterFraming { Recipient = ["Herrn Bürgermeister", "Max Mustermann", "Rathaus", "11111 Teststadt"], Salutation = "Sehr geehrter Herr Bürgermeister," },
        Signers = [new Signer("Erika Muster", "Vorsitzende")],
    };

    private static double Mm(double points) => points * 25.4 / 72;

    private static byte[] Render(PageFormat format)
    {
        var diagnostics = new DiagnosticBag();
        using var rendered = diagnostics.Take(Pipeline.Render(new LoadedMotion(Letter, Profile with { PageFormat = format }, [])));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        return PdfExporter.Export(rendered.Layout);
    }

    /// <summary>Horizontal lines near the left edge: their distance from the top of the page in mm.</summary>
    private static List<(double FromTop, double Left, double Right)> EdgeMarks(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var page = doc.GetPage(1);
        var marks = new List<(double, double, double)>();
        foreach (var path in page.Paths)
        {
            foreach (var sub in path)
            {
                if (sub.GetBoundingRectangle() is { } r && r.Height < 0.01 && Mm(r.Right) < 15)
                {
                    marks.Add((PageHeightMm - Mm(r.Bottom), Mm(r.Left), Mm(r.Right)));
                }
            }
        }

        return marks.OrderBy(m => m.Item1).ToList();
    }

    [Theory]
    [InlineData(PageFormat.Din5008A, 87, 192)]
    [InlineData(PageFormat.Din5008B, 105, 210)]
    public void Fold_marks_and_the_hole_mark_stand_at_the_left_edge(PageFormat format, double first, double second)
    {
        var marks = EdgeMarks(Render(format));
        Assert.Equal(3, marks.Count);
        Assert.Equal(first, marks[0].FromTop, Tolerance);
        Assert.Equal(148.5, marks[1].FromTop, Tolerance);
        Assert.Equal(second, marks[2].FromTop, Tolerance);
        Assert.All(marks, m => Assert.InRange(m.Left, 0, 10));
    }

    [Theory]
    [InlineData(PageFormat.Din5008A, 27)]
    [InlineData(PageFormat.Din5008B, 45)]
    public void The_address_field_the_information_block_and_the_margins_follow_din_5008(PageFormat format, double fieldTop)
    {
        var pdf = Render(format);
        var lines = PdfText.Lines(pdf).Where(l => l.Page == 1).ToList();
        double Top(PdfText.Line l) => PageHeightMm - Mm(l.Baseline);
        double X(PdfText.Line l) => Mm(l.X);

        // Return address in the 5 mm zone at the top of the field, recipient in the Anschriftzone (from 17.7 mm).
        var sender = lines.Single(l => l.Text.StartsWith("Testfraktion · Rathausplatz 1", StringComparison.Ordinal));
        Assert.Equal(25, X(sender), Tolerance);
        Assert.InRange(Top(sender), fieldTop, fieldTop + 5);
        var recipient = lines.Single(l => l.Text == "Herrn Bürgermeister");
        Assert.Equal(25, X(recipient), Tolerance);
        Assert.InRange(Top(recipient), fieldTop + 17.7, fieldTop + 17.7 + 4.55);
        var last = lines.Where(l => l.Text == "11111 Teststadt").MinBy(Top)!;
        Assert.True(Top(last) < fieldTop + 45, "the recipient stays inside the 45 mm field");

        // Information block at 125 mm, its first line level with the Zusatz- und Vermerkzone (field top + 5 mm).
        var info = lines.Single(l => l.Text == "Vorlagennummer");
        Assert.Equal(125, X(info), Tolerance);
        Assert.InRange(Top(info), fieldTop + 5, fieldTop + 5 + 4.6);

        // Body: left margin 25 mm, right margin at least 20 mm, and it starts below the address field.
        var body = lines.Where(l => l.Text.StartsWith("Ein Absatz", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(body);
        Assert.All(body, l => Assert.Equal(25, X(l), Tolerance));
        Assert.All(lines.Where(l => X(l) < 120 && Top(l) > fieldTop + 45), l => Assert.True(Mm(l.Letters[^1].EndBaseLine.X) <= 190 + Tolerance, l.Text));
        var betreff = lines.First(l => l.Text == "Betreff");
        Assert.True(Top(betreff) > fieldTop + 45 + 4, $"Betreff at {Top(betreff):0.0} mm");
    }

    [Fact]
    public void Without_a_din_preset_the_recipient_opens_the_body()
    {
        var pdf = Render(PageFormat.Letterhead);
        var lines = PdfText.Lines(pdf);
        var recipient = lines.Single(l => l.Text == "Herrn Bürgermeister");
        var betreff = lines.First(l => l.Text == "Betreff");
        Assert.True(recipient.Baseline > betreff.Baseline, "recipient above the Betreff");
        Assert.Empty(EdgeMarks(pdf));
    }
}
