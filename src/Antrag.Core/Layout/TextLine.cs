namespace Antrag.Layout;

/// <summary>One broken line of a paragraph: its segments and total width.</summary>
public sealed record TextLine(IReadOnlyList<LineSegment> Segments, float Width);
