using Antrag.Text;

namespace Antrag.Layout;

/// <summary>
/// A node of a document's logical structure as layout builds it: its role, the nodes it holds in reading order, and what
/// a reader announces for it. Frame items point to the node they are content of (<see cref="FrameItem.Tag"/>), so the
/// reading order is the tree's, whatever the order items are painted in.
/// </summary>
public sealed class StructureNode(StructureRole role)
{
    private readonly List<StructureNode> children = [];

    /// <summary>The node's role.</summary>
    public StructureRole Role { get; } = role;

    /// <summary>What a reader announces instead of the content (a figure's description, "gestrichen: …"); null = the content.</summary>
    public string? Alt { get; set; }

    /// <summary>The text the content stands for (a hyphenated word in full); null = the content's own text.</summary>
    public string? ActualText { get; set; }

    /// <summary>The language of the node's text where it differs from the document's (a BCP 47 tag); null = inherited.</summary>
    public string? Language { get; set; }

    /// <summary>How the text is decorated (struck through, underlined), said as a layout attribute.</summary>
    public Decoration Decoration { get; set; }

    /// <summary>For a list: whether its items are numbered (else bulleted).</summary>
    public bool Ordered { get; set; }

    /// <summary>The nodes this one holds, in reading order.</summary>
    public IReadOnlyList<StructureNode> Children => children;

    /// <summary>Adds <paramref name="child"/> after the children added before; returns it.</summary>
    public StructureNode Add(StructureNode child)
    {
        children.Add(child);
        return child;
    }

    /// <summary>Adds a new node of <paramref name="role"/>; returns it.</summary>
    public StructureNode Add(StructureRole role) => Add(new StructureNode(role));

    /// <summary>Removes the children that hold no content (no node of <paramref name="used"/> below them), except table cells, which keep their place in a row.</summary>
    public void Prune(IReadOnlySet<StructureNode> used)
    {
        foreach (var child in children)
        {
            child.Prune(used);
        }

        children.RemoveAll(c => c.children.Count == 0 && !used.Contains(c) && c.Role is not (StructureRole.TD or StructureRole.TH));
    }
}
