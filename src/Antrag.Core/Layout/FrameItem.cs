namespace Antrag.Layout;

/// <summary>Something painted at a fixed position on a page: text, a line or an image. Coordinates in points, y downwards.</summary>
public abstract record FrameItem
{
    /// <summary>What the item is to a reader of the tagged PDF: content of a structure node or an artifact; default = untagged.</summary>
    public ContentTag Tag { get; init; }

    /// <summary>The same item moved by (<paramref name="dx"/>, <paramref name="dy"/>).</summary>
    public abstract FrameItem Offset(float dx, float dy);
}
