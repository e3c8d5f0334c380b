namespace Antrag.Layout;

/// <summary>An image (the logo) scaled into a rectangle.</summary>
public sealed record ImageItem(float X, float Y, float Width, float Height, ImageData Image) : FrameItem
{
    public override FrameItem Offset(float dx, float dy) => this with { X = X + dx, Y = Y + dy };
}
