using System.Text;
using System.Text.RegularExpressions;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Antrag.Tests.Render;

/// <summary>The reference motion (4493/23 A) rendered end to end and read back from the PDF.</summary>
public sealed partial class ReferenceMotionTests
{
    private static readonly string MotionPath = RepoPaths.Sample("krefeld", "antrag-4493-23-A.yaml");

    /// <summary>The contact block's lines in the seed (they stand in the sidebar, painted apart from the main flow).</summary>
    private static readonly string[] ContactLines =
    [
        "Von-der-Leyen-Platz 1 – Rathaus", "47798 Krefeld", "Telefon: 02151-862015", "Telefax: 02151-862019",
        "Vorsitzender: Philibert Reuters", "Stellvertreterin: Britta Oellers MdL", "Stellvertreter: Dr. Stefan Galke",
        "Geschäftsführer: Johannes Koerner", "cdu-fraktion@krefeld.de", "www.cdu-krefeld.de/fraktion",
    ];

    private static byte[] RenderPdf()
    {
        var diagnostics = new DiagnosticBag();
        using var rendered = diagnostics.Take(Pipeline.Render(MotionPath));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        Assert.Empty(diagnostics.Items);
        return PdfExporter.Export(rendered.Layout);
    }

    private static List<string> SeedLines() =>
        File.ReadAllLines(RepoPaths.Seed)
            .Select(l => PdfText.Collapse(l.Replace("**", string.Empty).Replace('\t', ' ')))
            .Where(l => l.Length > 0)
            .ToList();

    [Fact]
    public void Every_line_of_the_reference_is_in_the_pdf_in_reading_order()
    {
        var flow = PdfText.Flow(PdfText.Lines(RenderPdf()));
        var seed = SeedLines();
        var contact = seed.Where(ContactLines.Contains).ToList();
        Assert.Equal(ContactLines.Length, contact.Count);
        AssertInOrder(flow, seed.Where(l => !ContactLines.Contains(l)).ToList());
        AssertInOrder(flow, contact);
    }

    [Fact]
    public void The_betreff_is_set_in_a_bold_face_and_the_body_in_a_regular_one()
    {
        var lines = PdfText.Lines(RenderPdf());
        var betreff = lines.First(l => l.Text.StartsWith("Zu TOP 4", StringComparison.Ordinal));
        Assert.All(betreff.Letters.Where(l => l.Value != " "), l => Assert.Contains("Bold", l.FontName, StringComparison.Ordinal));
        var body = lines.First(l => l.Text.StartsWith("Die Stadtverwaltung erarbeitet", StringComparison.Ordinal));
        Assert.All(body.Letters, l => Assert.DoesNotContain("Bold", l.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_are_a4_and_metadata_comes_from_the_motion()
    {
        var pdf = RenderPdf();
        using var doc = PdfDocument.Open(pdf);
        foreach (var page in doc.GetPages())
        {
            Assert.Equal(595.28, page.Width, 0.5);
            Assert.Equal(841.89, page.Height, 0.5);
        }

        Assert.StartsWith("Zu TOP 4 „Gründung eines Fachbereichs", doc.Information.Title, StringComparison.Ordinal);
        Assert.Equal("CDU-Fraktion", doc.Information.Author);
        Assert.Contains("4493/23 A", doc.Information.Subject, StringComparison.Ordinal);
        Assert.StartsWith("D:20230228", doc.Information.CreationDate, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_are_embedded_as_subsets()
    {
        var pdf = RenderPdf();
        using var doc = PdfDocument.Open(pdf);
        var names = doc.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Matches(SubsetTag(), n));
        var raw = Encoding.Latin1.GetString(pdf);
        Assert.True(Regex.Matches(raw, "/FontFile2").Count >= names.Count, "every font has an embedded font program");
        Assert.True(pdf.Length < 150_000, $"the PDF is {pdf.Length} bytes; whole fonts would make it over 500 KB");
    }

    [Fact]
    public void Two_renders_give_the_same_bytes()
    {
        Assert.Equal(RenderPdf(), RenderPdf());
    }

    private static void AssertInOrder(string flow, IReadOnlyList<string> lines)
    {
        var at = 0;
        foreach (var line in lines)
        {
            var found = flow.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"not found after position {at}: \"{line}\"\nin: {flow[at..Math.Min(flow.Length, at + 300)]}");
            at = found + line.Length;
        }
    }

    [GeneratedRegex(@"^[A-Z]{6}\+")]
    private static partial Regex SubsetTag();
}
