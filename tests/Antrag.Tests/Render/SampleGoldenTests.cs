using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Render;

/// <summary>Golden dumps of the frames of every sample, and a PNG golden of the reference's first page.</summary>
public sealed class SampleGoldenTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Samples, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
                     .Where(f => Path.GetFileName(f) != "fraktion.yaml" && !f.Contains(Path.DirectorySeparatorChar + "ci" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                     .Select(f => Path.GetRelativePath(RepoPaths.Samples, f).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    private static RenderedMotion Render(string sample)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = diagnostics.Take(Pipeline.Render(Path.Combine(RepoPaths.Samples, sample)));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        Assert.Empty(diagnostics.Items);
        return rendered;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Frames_match_the_golden_dump(string sample)
    {
        using var rendered = Render(sample);
        Golden.VerifyText("frames/" + sample.Replace(".yaml", string.Empty, StringComparison.Ordinal), FrameDump.Write(rendered.Layout));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void No_drawn_line_overflows_its_column_or_the_margins(string sample)
    {
        using var rendered = Render(sample);
        var g = Antrag.Layout.PageGeometry.For(rendered.Profile.PageFormat, rendered.Profile.ContactPlacement);
        const float tolerance = 0.5f;
        foreach (var page in rendered.Layout.Pages)
        {
            foreach (var t in page.Items.OfType<Antrag.Layout.TextItem>().Where(t => t.Rotation == 0))
            {
                var right = t.X + t.Width;
                if (t.X >= g.SideLeft - tolerance)
                {
                    Assert.True(right <= g.SideLeft + g.SideWidth + tolerance, $"'{t.Text}' ends at {right:0.0} pt, beyond its column");
                }
                else if (t.X >= g.BodyLeft - tolerance)
                {
                    Assert.True(right <= g.BodyRight + tolerance, $"'{t.Text}' ends at {right:0.0} pt, beyond the body's right margin {g.BodyRight:0.0}");
                }
                else
                {
                    Assert.True(t.Text.All(char.IsDigit) && right <= g.BodyLeft, $"only line numbers stand in the left margin, not '{t.Text}'");
                }

                Assert.InRange(t.Baseline, Antrag.Layout.Units.Mm(8), page.Height - Antrag.Layout.Units.Mm(10));
            }
        }
    }

    [Fact]
    public void Page_one_of_the_reference_matches_the_golden_png()
    {
        using var rendered = Render("krefeld/antrag-4493-23-A.yaml");
        var pages = PngExporter.Export(rendered.Layout);
        Golden.VerifyPng("png/antrag-4493-23-A-1", pages[0]);
    }

    [Fact]
    public void Png_pages_are_identical_across_renders()
    {
        using var a = Render("krefeld/antrag-4493-23-A.yaml");
        using var b = Render("krefeld/antrag-4493-23-A.yaml");
        Assert.Equal(PngExporter.Export(a.Layout), PngExporter.Export(b.Layout));
    }

    [Fact]
    public void The_long_sample_runs_to_three_pages_with_page_labels_and_running_heads()
    {
        using var rendered = Render("musterstadt/antrag-radverkehrskonzept.yaml");
        var pages = rendered.Layout.Pages;
        Assert.Equal(3, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var texts = pages[i].Items.OfType<Antrag.Layout.TextItem>().Select(t => t.Text).ToList();
            Assert.Contains($"Seite {i + 1} von 3", texts);
            if (i > 0)
            {
                Assert.Contains(texts, t => t.StartsWith("Antrag der Fraktion Zukunft Musterstadt", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void A_one_page_motion_has_no_page_label()
    {
        using var rendered = Render("musterstadt/antrag-schulwege.yaml");
        Assert.Single(rendered.Layout.Pages);
        Assert.DoesNotContain(rendered.Layout.Pages[0].Items.OfType<Antrag.Layout.TextItem>(), t => t.Text.StartsWith("Seite", StringComparison.Ordinal));
    }
}
