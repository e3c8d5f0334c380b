using Antrag.Fonts;

namespace Antrag.Layout;

/// <summary>A shaped run of text in one face, size and colour, placed by its baseline origin.</summary>
public sealed record TextItem(float X, float Baseline, FontStyle Style, float Size, Color Color, string Text, ShapedRun Run) : FrameItem
{
    /// <summary>Rotation in degrees about the origin (X, Baseline), clockwise as on screen; 0 for ordinary text.</summary>
    public float Rotation { get; init; }

    /// <summary>Characters of <see cref="Text"/> that are content of another node than <see cref="FrameItem.Tag"/>'s (halves of a hyphenated word).</summary>
    public IReadOnlyList<TextPart> Parts { get; init; } = [];

    /// <summary>Width of the run in points.</summary>
    public float Width => Run.Width;

    public override FrameItem Offset(float dx, float dy) => this with { X = X + dx, Baseline = Baseline + dy };
}
