namespace Antrag.Layout;

/// <summary>
/// Marks a countable line of the motion's text during layout; once pages are final, the layouter numbers the
/// anchors in reading order and replaces them with the printed numbers (or drops them). Never reaches an exporter.
/// </summary>
public sealed record LineNumberAnchor(float X, float Baseline, string Text) : FrameItem
{
    /// <summary>The line is the first of its paragraph, list item or heading.</summary>
    public bool StartsParagraph { get; init; }

    /// <summary>The list marker ("2.", "•") the line begins with, on the first line of a list item; otherwise null.</summary>
    public string? Marker { get; init; }

    /// <summary>The line ends in a hyphen the layout added to break a word; the word goes on at the start of the next line.</summary>
    public bool Hyphenated { get; init; }

    public override FrameItem Offset(float dx, float dy) => this with { X = X + dx, Baseline = Baseline + dy };
}
