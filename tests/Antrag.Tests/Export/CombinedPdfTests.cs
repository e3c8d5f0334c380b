using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Tests.Infrastructure;
using Antrag.Tests.PdfA;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Antrag.Tests.Export;

/// <summary>Several motions in one PDF: pages in order, each motion with its own page numbers, a bookmark per motion, still PDF/A.</summary>
public sealed class CombinedPdfTests
{
    /// <summary>1 + 3 + 1 + 1 pages; the last is a draft without a Vorlagennummer.</summary>
    private static readonly string[] Motions =
    [
        "krefeld/antrag-4493-23-A.yaml",
        "musterstadt/antrag-radverkehrskonzept.yaml",
        "musterstadt/anfrage-kitaplaetze.yaml",
        "musterstadt/brief-antrag-buergerhaus.yaml",
    ];

    private static List<RenderedMotion> RenderAll(IEnumerable<string> samples)
    {
        var rendered = new List<RenderedMotion>();
        foreach (var sample in samples)
        {
            var diagnostics = new DiagnosticBag();
            var motion = diagnostics.Take(Pipeline.Render(Path.Combine(RepoPaths.Samples, sample)));
            Assert.True(motion is not null, string.Join("\n", diagnostics.Items));
            rendered.Add(motion);
        }

        return rendered;
    }

    private static byte[] Combined(IEnumerable<string> samples)
    {
        var rendered = RenderAll(samples);
        try
        {
            return PdfExporter.ExportCombined(rendered.Select(PdfPart.Of).ToList());
        }
        finally
        {
            rendered.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public void Pages_follow_one_another_and_each_motion_keeps_its_own_page_numbers()
    {
        using var doc = PdfDocument.Open(Combined(Motions));
        Assert.Equal(6, doc.NumberOfPages);
        var texts = doc.GetPages().Select(p => PdfText.Collapse(p.Text)).ToList();

        Assert.Contains("Antrag der CDU-Fraktion", texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Seite", texts[0], StringComparison.Ordinal);
        Assert.Contains("Seite 1 von 3", texts[1], StringComparison.Ordinal);
        Assert.Contains("Seite 2 von 3", texts[2], StringComparison.Ordinal);
        Assert.Contains("Seite 3 von 3", texts[3], StringComparison.Ordinal);
        Assert.Contains("Anfrage der", texts[4], StringComparison.Ordinal);
        Assert.DoesNotContain("Seite", texts[4], StringComparison.Ordinal);
        Assert.Contains("Sanierung des Bürgerhauses Nord", texts[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_motion_has_a_bookmark_with_number_and_betreff_on_its_first_page()
    {
        using var doc = PdfDocument.Open(Combined(Motions));
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();

        Assert.Equal([1, 2, 5, 6], nodes.Select(n => n.PageNumber));
        Assert.StartsWith("4493/23 A – Zu TOP 4 „Gründung eines Fachbereichs", nodes[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("0342/24 – ", nodes[1].Title, StringComparison.Ordinal);
        Assert.StartsWith("0402/24 F – ", nodes[2].Title, StringComparison.Ordinal);
        Assert.Equal("Sanierung des Bürgerhauses Nord", nodes[3].Title);
        Assert.All(nodes, n => Assert.Empty(n.Children));
    }

    [Fact]
    public void The_combined_pdf_passes_the_self_check_and_is_the_same_every_time()
    {
        var pdf = Combined(Motions);
        Assert.Empty(PdfAChecker.Check(pdf));
        Assert.Equal(pdf, Combined(Motions));
    }

    [Fact]
    public void The_order_of_the_parts_is_the_order_given()
    {
        using var doc = PdfDocument.Open(Combined(Motions.Reverse()));
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal([1, 2, 3, 6], nodes.Select(n => n.PageNumber));
        Assert.Equal("Sanierung des Bürgerhauses Nord", nodes[0].Title);
        Assert.Contains("Seite 1 von 3", doc.GetPage(3).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bookmarks_find_their_pages_in_a_long_document()
    {
        var pdf = Combined(Motions.Concat(Motions).Concat(Motions));
        using var doc = PdfDocument.Open(pdf);
        Assert.Equal(18, doc.NumberOfPages);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.Equal([1, 2, 5, 6, 7, 8, 11, 12, 13, 14, 17, 18], bookmarks.Roots.Cast<DocumentBookmarkNode>().Select(n => n.PageNumber));
        Assert.Empty(PdfAChecker.Check(pdf));
    }

    [Fact]
    public void Metadata_names_every_motion_and_takes_the_latest_date()
    {
        var rendered = RenderAll(Motions);
        try
        {
            var parts = rendered.Select(PdfPart.Of).ToList();
            var info = PdfPart.CombinedInfo(parts);
            Assert.Equal(string.Join("; ", parts.Select(p => p.Bookmark)), info.Title);
            Assert.Equal("CDU-Fraktion, Fraktion Zukunft Musterstadt", info.Author);
            Assert.Equal(rendered.Max(r => r.Layout.Info.Created), info.Created);

            using var doc = PdfDocument.Open(PdfExporter.ExportCombined(parts));
            Assert.Equal(info.Title, doc.Information.Title);
            Assert.Equal(info.Author, doc.Information.Author);
        }
        finally
        {
            rendered.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public void A_single_part_gives_the_same_pages_as_the_single_export_plus_its_bookmark()
    {
        var rendered = RenderAll([Motions[1]]);
        try
        {
            var single = PdfExporter.Export(rendered[0].Layout);
            var combined = PdfExporter.ExportCombined([PdfPart.Of(rendered[0])], rendered[0].Layout.Info);
            Assert.Equal(PdfText.Lines(single).Select(l => (l.Page, l.Text)), PdfText.Lines(combined).Select(l => (l.Page, l.Text)));
            using var doc = PdfDocument.Open(combined);
            Assert.True(doc.TryGetBookmarks(out var bookmarks));
            Assert.Single(bookmarks.Roots);
            Assert.Empty(PdfAChecker.Check(combined));
        }
        finally
        {
            rendered.ForEach(r => r.Dispose());
        }
    }
}
