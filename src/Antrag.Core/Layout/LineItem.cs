namespace Antrag.Layout;

/// <summary>A straight stroked line (table rules, separators).</summary>
public sealed record LineItem(float X1, float Y1, float X2, float Y2, float Thickness, Color Color) : FrameItem
{
    public override FrameItem Offset(float dx, float dy) => this with { X1 = X1 + dx, Y1 = Y1 + dy, X2 = X2 + dx, Y2 = Y2 + dy };
}
