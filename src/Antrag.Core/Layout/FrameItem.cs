namespace Antrag.Layout;

/// <summary>Something painted at a fixed position on a page: text, a line or an image. Coordinates in points, y downwards.</summary>
public abstract record FrameItem
{
    /// <summary>The same item moved by (<paramref name="dx"/>, <paramref name="dy"/>).</summary>
    public abstract FrameItem Offset(float dx, float dy);
}
