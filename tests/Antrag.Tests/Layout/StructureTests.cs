using Antrag.Export;
using Antrag.Diagnostics;
using Antrag.Layout;
using Antrag.Read;
using Antrag.Tests.Infrastructure;
using Antrag.Tests.PdfA;
using Antrag.Tests.Render;

namespace Antrag.Tests.Layout;

/// <summary>The logical structure layout builds: every item tagged, headings that skip no level.</summary>
public sealed class StructureTests
{
    private static RenderedMotion Render(string path)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = diagnostics.Take(Pipeline.Render(path));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        return rendered;
    }

    [Theory]
    [MemberData(nameof(SampleGoldenTests.Samples), MemberType = typeof(SampleGoldenTests))]
    public void Every_item_of_every_sample_is_content_of_a_node_of_the_tree_or_an_artifact(string sample)
    {
        using var rendered = Render(Path.Combine(RepoPaths.Samples, sample));
        var nodes = new HashSet<StructureNode>(ReferenceEqualityComparer.Instance);
        void Collect(StructureNode n)
        {
            nodes.Add(n);
            foreach (var c in n.Children)
            {
                Collect(c);
            }
        }

        Assert.NotNull(rendered.Layout.Structure);
        Collect(rendered.Layout.Structure);
        foreach (var item in rendered.Layout.Pages.SelectMany(p => p.Items))
        {
            var what = item is TextItem t ? $"text '{t.Text}'" : item.GetType().Name;
            if (item is LineItem)
            {
                Assert.True(item.Tag.Artifact != ArtifactKind.None, $"a line is not an artifact");
                continue;
            }

            Assert.True(item.Tag.Node is not null ^ item.Tag.Artifact != ArtifactKind.None, $"{what} is neither content nor an artifact");
            if (item.Tag.Node is { } node)
            {
                Assert.True(nodes.Contains(node), $"{what} is content of a node that is not in the tree");
            }

            if (item is TextItem { Parts.Count: > 0 } parts)
            {
                Assert.All(parts.Parts, p => Assert.Contains(p.Node, nodes));
            }
        }
    }

    [Fact]
    public void The_title_is_the_only_h1_and_headings_skip_no_level()
    {
        using var rendered = RenderDraft("# Eins\n\nText.\n\n#### Vier\n\nText.\n\n##### Fünf\n\nText.\n\n### Drei\n\nText.");

        var headings = rendered.Layout.Structure!.Children
            .Where(n => n.Role is >= StructureRole.H1 and <= StructureRole.H6)
            .Select(n => n.Role.ToString())
            .ToList();

        // Title; Betreff and Beschlussentwurf (##); "#" as H2; "####" one below it; "#####" one below that; "###" as written.
        Assert.Equal(["H1", "H2", "H2", "H2", "H3", "H4", "H3"], headings);
    }

    [Fact]
    public void Quotes_endnotes_and_list_labels_are_tagged_and_the_pdf_passes_the_checks()
    {
        using var rendered = RenderDraft("> Ein Zitat aus der Satzung.\n\nDer Rat beschließt den Plan[^1].\n\na) erstens\nb) zweitens\n\n[^1]: Siehe Anlage 1.");

        var nodes = Flatten(rendered.Layout.Structure!).ToList();
        var quote = Assert.Single(nodes, n => n.Role == StructureRole.BlockQuote);
        Assert.Equal([StructureRole.P], quote.Children.Select(c => c.Role));
        var note = Assert.Single(nodes, n => n.Role == StructureRole.Note);
        Assert.Equal([StructureRole.P], note.Children.Select(c => c.Role));
        var list = Assert.Single(nodes, n => n.Role == StructureRole.L);
        Assert.All(list.Children, li => Assert.Equal([StructureRole.Lbl, StructureRole.LBody], li.Children.Select(c => c.Role)));
        Assert.Empty(PdfAChecker.Check(PdfExporter.Export(rendered.Layout)));
    }

    /// <summary>A one-page motion of the test profile with <paramref name="draftResolution"/> as its Beschlussentwurf, laid out.</summary>
    internal static RenderedMotion RenderDraft(string draftResolution)
    {
        var profile = new FactionProfile { SourcePath = "fraktion.yaml", Name = "Testfraktion", Council = "Rat der Stadt Teststadt", City = "Teststadt" };
        var motion = new Motion { SourcePath = "m.yaml", Date = new DateOnly(2024, 1, 2), Subject = "Betreff", DraftResolution = draftResolution };
        var diagnostics = new DiagnosticBag();
        var rendered = diagnostics.Take(Pipeline.Render(new LoadedMotion(motion, profile, [])));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        return rendered;
    }

    internal static IEnumerable<StructureNode> Flatten(StructureNode node) => node.Children.SelectMany(Flatten).Prepend(node);
}
