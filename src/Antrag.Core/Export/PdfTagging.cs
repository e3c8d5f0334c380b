using Antrag.Layout;
using Antrag.Pdf;
using Antrag.Text;

namespace Antrag.Export;

/// <summary>
/// Maps a laid-out document's logical structure onto the byte layer's structure elements (roles one to one, the alternative
/// and actual texts, a language other than the file's, the standard attributes: a list's numbering, a header cell's scope,
/// a text decoration), and frame items' artifact kinds onto PDF artifacts.
/// </summary>
internal static class PdfTagging
{
    /// <summary>The element tree of <paramref name="node"/> (its root as <paramref name="rootType"/>), each node's element noted in <paramref name="elements"/>.</summary>
    public static PdfStructureElement Elements(StructureNode node, string? rootType, string language, Dictionary<StructureNode, PdfStructureElement> elements)
    {
        var element = new PdfStructureElement(rootType ?? node.Role.ToString())
        {
            Alt = node.Alt,
            ActualText = node.ActualText,
            Language = node.Language is { } lang && lang != language ? lang : null,
        };
        switch (node.Role)
        {
            case StructureRole.L:
                element.Attributes.Add(new PdfStructureAttribute("List", "ListNumbering", node.Ordered ? "Decimal" : "Disc"));
                break;
            case StructureRole.TH:
                element.Attributes.Add(new PdfStructureAttribute("Table", "Scope", "Column"));
                break;
            case StructureRole.Note:
                // PDF/UA wants an ID unique in the file on every Note: the count of elements made so far is (also across the motions of a combined PDF).
                element.Id = "note-" + elements.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }

        if (node.Decoration != Decoration.None)
        {
            element.Attributes.Add(new PdfStructureAttribute("Layout", "TextDecorationType", node.Decoration.HasFlag(Decoration.Strike) ? "LineThrough" : "Underline"));
        }

        elements[node] = element;
        foreach (var child in node.Children)
        {
            element.Add(Elements(child, null, language, elements));
        }

        return element;
    }

    /// <summary>The PDF artifact of <paramref name="kind"/> (an untagged item is taken as layout).</summary>
    public static PdfArtifact Artifact(ArtifactKind kind) => kind switch
    {
        ArtifactKind.RunningHead => PdfArtifact.Header,
        ArtifactKind.PageNumber => PdfArtifact.Footer,
        ArtifactKind.Watermark => PdfArtifact.Watermark,
        ArtifactKind.RepeatedHeader => PdfArtifact.Pagination,
        ArtifactKind.PrintMark => PdfArtifact.Page,
        ArtifactKind.Background => PdfArtifact.Background,
        _ => PdfArtifact.Layout,
    };
}
