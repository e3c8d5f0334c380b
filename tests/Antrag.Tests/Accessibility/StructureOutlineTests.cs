using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Accessibility;

/// <summary>
/// Three readers agree with the expected structure of every case: the outline layout says the PDF should have (its order
/// and roles pinned in a reviewed golden file), our own reader (PdfPig), poppler (<c>pdfinfo -struct-text</c>) and Mozilla
/// pdf.js page by page (<c>getStructTree</c>, as Firefox gives it to screen readers). Each reader is compared on what it
/// reports; text is compared without whitespace, which readers set differently between lines.
/// </summary>
public sealed class StructureOutlineTests
{
    public static TheoryData<string> Cases => AccessibilityCases.Names();

    private static void Same(Outline expected, Outline? actual, Outline.Facets facets, string reader)
    {
        Assert.NotNull(actual);
        var want = expected.Render(facets, compact: true);
        var got = actual.Render(facets, compact: true);
        Assert.True(want == got, $"{reader} reads another structure than expected.\nexpected:\n{expected.Render(facets)}\n{reader}:\n{actual.Render(facets)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_expected_outline_is_the_reviewed_one(string name)
    {
        var (expected, _) = AccessibilityCases.Get(name);
        Golden.VerifyText("structure/" + name.Replace(".yaml", string.Empty, StringComparison.Ordinal), expected.Render());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Our_reader_reads_the_expected_outline(string name)
    {
        var (expected, pdf) = AccessibilityCases.Get(name);
        Same(expected, PdfStructureReader.Read(pdf), Outline.Facets.All, "our reader (PdfPig)");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Poppler_reads_the_expected_outline(string name)
    {
        var (expected, pdf) = AccessibilityCases.Get(name);
        Same(expected, PopplerStructure.Read(pdf), Outline.Facets.Attributes | Outline.Facets.Text, "poppler (pdfinfo -struct-text)");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pdfjs_reads_the_expected_outline_page_by_page(string name)
    {
        var (expected, pdf) = AccessibilityCases.Get(name);
        var pages = PdfJsStructure.Read(pdf);
        var pdfjsView = expected.WithActualTextAsAlt();
        Assert.Equal(expected.Pages().Max(), pages.Count);
        for (var n = 1; n <= pages.Count; n++)
        {
            var onPage = pdfjsView.AsPdfJsShowsPage(n);
            if (onPage is null)
            {
                Assert.Null(pages[n - 1]);
                continue;
            }

            Same(onPage, pages[n - 1], Outline.Facets.Alt | Outline.Facets.Lang | Outline.Facets.Text, $"pdf.js (page {n})");
        }
    }
}
