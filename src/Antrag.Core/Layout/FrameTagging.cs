namespace Antrag.Layout;

/// <summary>Tags frame items for the tagged PDF: text and images as content of a node, lines as rules, or all as an artifact.</summary>
public static class FrameTagging
{
    /// <summary>The items with text and images as content of <paramref name="node"/> and lines as rules; items tagged before keep their tag.</summary>
    public static IEnumerable<FrameItem> As(this IEnumerable<FrameItem> items, StructureNode node) =>
        items.Select(i => i.Tag != default || i is LineNumberAnchor ? i : i with { Tag = i is LineItem ? ContentTag.ArtifactOf(ArtifactKind.Rule) : ContentTag.Of(node) });

    /// <summary>The items as artifacts of <paramref name="kind"/>; items tagged before keep their tag.</summary>
    public static IEnumerable<FrameItem> As(this IEnumerable<FrameItem> items, ArtifactKind kind) =>
        items.Select(i => i.Tag != default || i is LineNumberAnchor ? i : i with { Tag = ContentTag.ArtifactOf(kind) });

    /// <summary>The item as an artifact of <paramref name="kind"/>.</summary>
    public static T As<T>(this T item, ArtifactKind kind)
        where T : FrameItem => item with { Tag = ContentTag.ArtifactOf(kind) };

    /// <summary>A copy of <paramref name="item"/> that is only an artifact of <paramref name="kind"/>, whatever it was: text keeps no parts of other nodes.</summary>
    public static FrameItem Repeated(this FrameItem item, ArtifactKind kind) => item switch
    {
        TextItem t => t with { Tag = ContentTag.ArtifactOf(kind), Parts = [] },
        _ => item with { Tag = ContentTag.ArtifactOf(kind) },
    };

    /// <summary>The item as content of <paramref name="node"/>.</summary>
    public static T As<T>(this T item, StructureNode node)
        where T : FrameItem => item with { Tag = ContentTag.Of(node) };
}
