namespace Antrag.Layout;

/// <summary>How a paragraph is broken into lines: justified or ragged right, and where words may be hyphenated.</summary>
public sealed record BreakOptions
{
    /// <summary>Ragged right without hyphenation: for short texts such as headings, table cells and names.</summary>
    public static BreakOptions Plain { get; } = new();

    /// <summary>Stretch the spaces of every line but the last to fill the measure (Blocksatz).</summary>
    public bool Justify { get; init; }

    /// <summary>Returns the offsets inside a word where it may be hyphenated; null = no hyphenation.</summary>
    public Func<string, IReadOnlyList<int>>? Hyphenate { get; init; }

    /// <summary>Largest factor by which a space may grow in justified text before the line counts as bad.</summary>
    public float MaxSpaceStretch { get; init; } = 1.8f;
}
