namespace Antrag.Layout;

/// <summary>One broken line of a paragraph: its segments and total width.</summary>
public sealed record TextLine(IReadOnlyList<LineSegment> Segments, float Width)
{
    /// <summary>The line ends in a hyphen the layout added to break a word (not one the writer wrote).</summary>
    public bool Hyphenated { get; init; }

    /// <summary>The line ends inside a word without an added hyphen (after a hard hyphen, a slash, or a dot or "@" of an address): the next line goes on with the same word.</summary>
    public bool JoinsNext { get; init; }
}
