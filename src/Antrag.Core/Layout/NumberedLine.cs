namespace Antrag.Layout;

/// <summary>A counted line of the motion's text as laid out: its number, page (1-based), baseline and text.</summary>
public sealed record NumberedLine(int Number, int Page, float Baseline, string Text)
{
    /// <summary>The line is the first of its paragraph, list item or heading.</summary>
    public bool StartsParagraph { get; init; }

    /// <summary>The list marker ("2.", "•") <see cref="Text"/> begins with, on the first line of a list item; otherwise null.</summary>
    public string? Marker { get; init; }

    /// <summary>The line ends in a hyphen the layout added to break a word; the word goes on at the start of the next line.</summary>
    public bool Hyphenated { get; init; }
}
