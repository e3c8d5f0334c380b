namespace Antrag.Layout;

/// <summary>One broken line of a paragraph: its segments and total width.</summary>
public sealed record TextLine(IReadOnlyList<LineSegment> Segments, float Width)
{
    /// <summary>The line ends in a hyphen the layout added to break a word (not one the writer wrote).</summary>
    public bool Hyphenated { get; init; }
}
