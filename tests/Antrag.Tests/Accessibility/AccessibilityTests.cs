using System.Text;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;
using Antrag.Tests.PdfA;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Antrag.Tests.Accessibility;

/// <summary>
/// What the tagged PDFs promise beyond their structure: poppler says "Tagged: yes", the metadata claim PDF/UA-1 and
/// PDF/A-2a, the checks pass and the bytes repeat; words hyphenated at a line's end are whole in the text; page furniture
/// is marked as artifacts of its kind and is in no reader's text; a synopsis announces its deletions and insertions; the
/// language and the logo's description come from profile and motion.
/// </summary>
public sealed class AccessibilityTests
{
    public static TheoryData<string> Cases => AccessibilityCases.Names();

    private static byte[] Render(string folder, string file, string? motion = null, string? profile = null)
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample(folder));
        if (motion is not null)
        {
            File.AppendAllText(dir.File(file), "\n" + motion + "\n");
        }

        if (profile is not null)
        {
            File.AppendAllText(dir.File("fraktion.yaml"), "\n" + profile + "\n");
        }

        var diagnostics = new DiagnosticBag();
        using var rendered = diagnostics.Take(Pipeline.Render(dir.File(file)));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        return PdfExporter.Export(rendered.Layout);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_case_is_tagged_claims_pdf_ua_1_and_pdf_a_2a_passes_the_checks_and_repeats_its_bytes(string name)
    {
        var (_, pdf) = AccessibilityCases.Get(name);
        var info = ExternalTool.WithFile(pdf, path => ExternalTool.Run("pdfinfo", [path], PopplerStructure.Install));
        Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);
        using (var doc = PdfDocument.Open(pdf))
        {
            Assert.True(doc.TryGetXmpMetadata(out var xmp));
            var packet = Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
            Assert.Contains("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n<pdfuaid:part>1</pdfuaid:part>", packet, StringComparison.Ordinal);
        }

        Assert.Empty(PdfAChecker.Check(pdf));
        Assert.Equal(pdf, AccessibilityCases.Again(name));
    }

    [Fact]
    public void Words_hyphenated_at_a_line_end_are_whole_in_the_text_poppler_extracts()
    {
        var (_, pdf) = AccessibilityCases.Get("variante/silbentrennung");
        var text = ExternalTool.WithFile(pdf, path => ExternalTool.Run("pdftotext", [path, "-"], PopplerStructure.Install));
        foreach (var word in new[] { "Zusammenhang", "Stadtverwaltung.", "insbesondere", "Digitalisierung,", "Betrachtungsweise", "Fachkompetenz" })
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }

        foreach (var half in new[] { "Zusam-", "\nmenhang", "Stadtver-", "\nwaltung", "Fachkompe-", "\ntenz" })
        {
            Assert.DoesNotContain(half, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("musterstadt/antrag-radverkehrskonzept.yaml", "Seite 2 von 3", "Pagination", "Footer")]
    [InlineData("musterstadt/antrag-radverkehrskonzept.yaml", "Antrag der Fraktion Zukunft Musterstadt · Vorlagennummer 0342/24", "Pagination", "Header")]
    [InlineData("variante/zeilennummern", "5", "Layout", null)]
    public void Page_furniture_is_an_artifact_of_its_kind_and_in_no_readers_text(string name, string text, string type, string? subtype)
    {
        var (expected, pdf) = AccessibilityCases.Get(name);
        using (var doc = PdfDocument.Open(pdf))
        {
            var artifacts = doc.GetPages().SelectMany(p => p.GetMarkedContents()).OfType<ArtifactMarkedContentElement>()
                .Where(a => string.Concat(a.Letters.Select(l => l.Value)).Contains(text, StringComparison.Ordinal))
                .ToList();
            Assert.NotEmpty(artifacts);
            Assert.All(artifacts, a => Assert.Equal((type, subtype), (a.Type.ToString(), a.SubType)));
        }

        // The readers see it nowhere: not ours, not poppler's, not pdf.js's (a line number is in no text as a word of its own).
        var readers = new[] { PdfStructureReader.Read(pdf), PopplerStructure.Read(pdf) }.Concat(PdfJsStructure.Read(pdf).OfType<Outline>());
        foreach (var outline in readers.Append(expected))
        {
            var said = outline.Render(Outline.Facets.Text);
            Assert.DoesNotContain(text.Length > 2 ? text : $"\"{text}\"", said, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_watermark_is_a_watermark_artifact_drawn_as_outlines_and_no_extractor_finds_its_letters()
    {
        var (_, pdf) = AccessibilityCases.Get("variante/entwurf");
        using (var doc = PdfDocument.Open(pdf))
        {
            foreach (var page in doc.GetPages())
            {
                var marks = page.GetMarkedContents().OfType<ArtifactMarkedContentElement>().Where(a => a.SubType == "Watermark").ToList();
                var mark = Assert.Single(marks);
                Assert.Equal("Pagination", mark.Type.ToString());
                Assert.Empty(mark.Letters);

                // No letter of the page is as large as the watermark's (110 pt): nothing of it is text.
                Assert.DoesNotContain(page.Letters, l => l.PointSize > 50);
            }
        }

        // pdftotext scattered "F", "UR", "W", "EN", "T" among the body's lines: no line consists of such pieces any more.
        var text = ExternalTool.WithFile(pdf, path => ExternalTool.Run("pdftotext", [path, "-"], PopplerStructure.Install));
        var pieces = text.Split('\n', StringSplitOptions.TrimEntries).Where(l => l.Length is > 0 and <= 3 && l.All(c => "ENTWURF".Contains(c, StringComparison.Ordinal))).ToList();
        Assert.Empty(pieces);
        Assert.DoesNotContain("ENTWURF", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fold_and_hole_marks_and_rules_are_artifacts_of_the_page_and_of_layout()
    {
        var (_, pdf) = AccessibilityCases.Get("variante/din5008");
        using var doc = PdfDocument.Open(pdf);
        var artifacts = doc.GetPage(1).GetMarkedContents().OfType<ArtifactMarkedContentElement>().ToList();
        Assert.Contains(artifacts, a => a.Type == ArtifactMarkedContentElement.ArtifactType.Page && a.Letters.Count == 0);
        Assert.Contains(artifacts, a => a.Type == ArtifactMarkedContentElement.ArtifactType.Layout && a.Letters.Count == 0);
    }

    [Fact]
    public void A_synopsis_announces_struck_text_as_deleted_and_underlined_text_as_inserted()
    {
        var (_, pdf) = AccessibilityCases.Get("variante/synopse");
        var pdfjs = PdfJsStructure.Read(pdf)[0]!.Render(Outline.Facets.Alt);
        Assert.Contains("Span alt=\"gestrichen: Dezernenten\"", pdfjs, StringComparison.Ordinal);
        Assert.Contains("Span alt=\"eingefügt: Beigeordneten\"", pdfjs, StringComparison.Ordinal);
        Assert.Contains("Span alt=\"gestrichen: Die Ergebnisse legt die Stadtverwaltung dann dem Rat zum Beschluss vor.\"", pdfjs, StringComparison.Ordinal);
        var poppler = PopplerStructure.Read(pdf).Render(Outline.Facets.Attributes);
        Assert.Contains("Span TextDecorationType=LineThrough", poppler, StringComparison.Ordinal);
        Assert.Contains("Span TextDecorationType=Underline", poppler, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "de-DE")]
    [InlineData("sprache: en-GB", null, "en-GB")]
    [InlineData(null, "sprache: fr-FR", "fr-FR")]
    [InlineData("sprache: nds", "sprache: fr-FR", "nds")]
    public void The_language_is_the_motions_else_the_profiles_else_german(string? motion, string? profile, string expected)
    {
        var pdf = Render("krefeld", "antrag-4493-23-A.yaml", motion, profile);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains($"/Lang ({expected}) /MarkInfo", text, StringComparison.Ordinal);
        Assert.Contains($"<dc:language><rdf:Bag><rdf:li>{expected}</rdf:li></rdf:Bag></dc:language>", text, StringComparison.Ordinal);
        Assert.Empty(PdfAChecker.Check(pdf));
    }

    [Fact]
    public void The_logo_is_described_as_the_profile_says_and_the_title_shown_is_the_betreff()
    {
        var pdf = Render("krefeld", "antrag-4493-23-A.yaml", profile: "logobeschreibung: Wappen der CDU Krefeld mit Rheinbrücke");
        var figure = PdfStructureReader.Read(pdf).Kids.OfType<Outline>().First();
        Assert.Equal(("Figure", "Wappen der CDU Krefeld mit Rheinbrücke"), (figure.Role, figure.Alt));

        var info = ExternalTool.WithFile(pdf, path => ExternalTool.Run("pdfinfo", [path], PopplerStructure.Install));
        Assert.Contains("Title:           Zu TOP 4 „Gründung eines Fachbereichs für E-Government", info, StringComparison.Ordinal);
        Assert.Contains("/ViewerPreferences <</DisplayDocTitle true>>", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_tool_fails_the_test_and_says_what_to_install()
    {
        var failure = Assert.ThrowsAny<Exception>(() => ExternalTool.Run("antrag-no-such-reader", ["x.pdf"], "install the reader (.ci/run does)"));
        Assert.Contains("'antrag-no-such-reader' cannot be run", failure.Message, StringComparison.Ordinal);
        Assert.Contains("install the reader (.ci/run does)", failure.Message, StringComparison.Ordinal);
    }
}
