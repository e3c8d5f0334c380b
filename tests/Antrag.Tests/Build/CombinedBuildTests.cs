using Antrag.Build;
using Antrag.Tests.PdfA;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Antrag.Tests.Build;

/// <summary><c>antrag build --combine</c>: all motions of the build in one PDF, in the order of their paths, one bookmark each.</summary>
public sealed class CombinedBuildTests
{
    [Fact]
    public void The_combined_pdf_holds_every_motion_in_path_order_with_its_own_page_numbers()
    {
        using var box = BuildSandbox.WithSamples();
        var combined = Path.Combine(box.Root, "sitzung.pdf");

        var (result, _) = box.Build(o => o with { CombinedPdf = combined });

        var motions = result.Motions.Select(m => m.Motion.RelativePath).ToList();
        Assert.Equal(motions.Order(StringComparer.Ordinal), motions);
        var pages = new List<int>();
        foreach (var (motion, _) in result.Motions)
        {
            using var single = PdfDocument.Open(box.Output(motion.OutputStem + ".pdf"));
            pages.Add(single.NumberOfPages);
        }

        var bytes = File.ReadAllBytes(combined);
        using var doc = PdfDocument.Open(bytes);
        Assert.Equal(pages.Sum(), doc.NumberOfPages);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(motions.Count, nodes.Count);

        // Each bookmark points at the first page of its motion, and that page is the motion's own page 1.
        var first = 1;
        for (var i = 0; i < nodes.Count; i++)
        {
            Assert.Equal(first, nodes[i].PageNumber);
            if (pages[i] > 1)
            {
                Assert.Contains($"Seite 1 von {pages[i]}", doc.GetPage(first).Text, StringComparison.Ordinal);
            }

            first += pages[i];
        }

        Assert.StartsWith("4493/23 A – ", nodes[motions.IndexOf("krefeld/antrag-4493-23-A.yaml")].Title, StringComparison.Ordinal);
        Assert.Empty(PdfAChecker.Check(bytes));
    }

    [Fact]
    public void An_unchanged_build_leaves_the_combined_pdf_alone_and_a_changed_one_writes_it_again()
    {
        using var box = BuildSandbox.WithSamples();
        var combined = Path.Combine(box.Root, "sitzung.pdf");
        box.Build(o => o with { CombinedPdf = combined });
        var before = File.GetLastWriteTimeUtc(combined);
        var bytes = File.ReadAllBytes(combined);

        Thread.Sleep(20);
        box.Build(o => o with { CombinedPdf = combined });
        Assert.Equal(before, File.GetLastWriteTimeUtc(combined));

        File.WriteAllText(box.In("krefeld/antrag-4493-23-A.yaml"), File.ReadAllText(box.In("krefeld/antrag-4493-23-A.yaml")).Replace("Gründung", "Einrichtung", StringComparison.Ordinal));
        box.Build(o => o with { CombinedPdf = combined });
        Assert.NotEqual(bytes, File.ReadAllBytes(combined));
        using var doc = PdfDocument.Open(combined);
        Assert.Contains("Einrichtung eines Fachbereichs", string.Join(" ", doc.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
    }
}
