using Antrag.Layout;
using Antrag.Text;

namespace Antrag.Tests.Accessibility;

/// <summary>
/// The outline a laid-out document should have in its PDF, built from layout alone: its structure nodes, and the text of
/// the frame items that are their content, in reading order. What the tests expect of every reader of the PDF.
/// </summary>
public static class LayoutOutline
{
    /// <summary>The outline of one document, or of several in one file (a Document of Parts).</summary>
    public static Outline Of(IReadOnlyList<LaidOutDocument> documents)
    {
        var content = new Dictionary<StructureNode, List<(long Key, OutlineText Text)>>(ReferenceEqualityComparer.Instance);
        var page = 0;
        foreach (var document in documents)
        {
            foreach (var frame in document.Pages)
            {
                page++;
                var index = 0;
                foreach (var item in frame.Items)
                {
                    foreach (var (node, text) in Pieces(item))
                    {
                        if (!content.TryGetValue(node, out var list))
                        {
                            content[node] = list = [];
                        }

                        list.Add((((long)page << 32) | (uint)index++, new OutlineText(page, text)));
                    }
                }
            }
        }

        if (documents.Count == 1)
        {
            return Convert(documents[0].Structure!, content);
        }

        var root = new Outline("Document");
        foreach (var document in documents)
        {
            root.Kids.Add(Convert(document.Structure!, content).As("Part"));
        }

        return root;
    }

    /// <summary>The pieces of an item that are content: its drawn text (split at its parts) or an image's empty text, with their nodes.</summary>
    private static IEnumerable<(StructureNode Node, string Text)> Pieces(FrameItem item)
    {
        if (item is TextItem t)
        {
            foreach (var (start, end, part) in Antrag.Export.PdfExporter.Stretches(t))
            {
                if ((part?.Node ?? t.Tag.Node) is { } node && Antrag.Export.PdfExporter.Visible(t.Run.Glyphs.AsSpan(t.Run.GlyphRange(start, end))))
                {
                    yield return (node, t.Text[start..end]);
                }
            }
        }
        else if (item is ImageItem && item.Tag.Node is { } node)
        {
            yield return (node, string.Empty);
        }
    }

    /// <summary>The node as an outline: its children in order, its own text placed before the first child whose text comes later.</summary>
    private static Outline Convert(StructureNode node, Dictionary<StructureNode, List<(long Key, OutlineText Text)>> content)
    {
        var outline = new Outline(node.Role.ToString()) { Alt = node.Alt, ActualText = node.ActualText, Lang = node.Language };
        if (node.Role == StructureRole.L)
        {
            outline.Attributes.Add("ListNumbering=" + (node.Ordered ? "Decimal" : "Disc"));
        }

        if (node.Role == StructureRole.TH)
        {
            outline.Attributes.Add("Scope=Column");
        }

        if (node.Decoration != Decoration.None)
        {
            outline.Attributes.Add("TextDecorationType=" + (node.Decoration.HasFlag(Decoration.Strike) ? "LineThrough" : "Underline"));
        }

        var own = content.GetValueOrDefault(node) ?? [];
        var next = 0;
        foreach (var child in node.Children)
        {
            // As the writer does: own text goes before the first child whose text comes later (a child without text moves nothing).
            var first = First(child, content);
            for (; first != long.MaxValue && next < own.Count && own[next].Key < first; next++)
            {
                outline.Kids.Add(own[next].Text);
            }

            outline.Kids.Add(Convert(child, content));
        }

        for (; next < own.Count; next++)
        {
            outline.Kids.Add(own[next].Text);
        }

        return outline;
    }

    private static long First(StructureNode node, Dictionary<StructureNode, List<(long Key, OutlineText Text)>> content)
    {
        var first = content.TryGetValue(node, out var own) && own.Count > 0 ? own[0].Key : long.MaxValue;
        foreach (var child in node.Children)
        {
            first = Math.Min(first, First(child, content));
        }

        return first;
    }
}
