namespace Antrag.Layout;

/// <summary>How a piece of text is set: size, line distance, colour, and whether it is bold regardless of its runs.</summary>
public sealed record TextStyle(float Size, float Leading, Color Color, bool Bold = false)
{
    public TextStyle WithBold() => this with { Bold = true };
}
