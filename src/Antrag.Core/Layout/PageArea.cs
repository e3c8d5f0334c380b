namespace Antrag.Layout;

/// <summary>The vertical band of a page the body may fill, in points from the page's top.</summary>
public readonly record struct PageArea(float Top, float Bottom)
{
    public float Height => Bottom - Top;
}
