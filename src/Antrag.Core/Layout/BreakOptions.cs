namespace Antrag.Layout;

/// <summary>How a paragraph is broken into lines: justified or ragged right, and where words may be hyphenated.</summary>
public sealed record BreakOptions
{
    /// <summary>Ragged right without hyphenation: for short texts such as headings, table cells and names.</summary>
    public static BreakOptions Plain { get; } = new();

    /// <summary>Ragged right, no hyphenation and no break at a hyphen: for names and addresses (signers, recipient).</summary>
    public static BreakOptions NameField { get; } = new() { BreakAtHyphens = false };

    /// <summary>Stretch the spaces of every line but the last to fill the measure (Blocksatz).</summary>
    public bool Justify { get; init; }

    /// <summary>Returns the offsets inside a word where it may be hyphenated; null = no hyphenation.</summary>
    public Func<string, IReadOnlyList<int>>? Hyphenate { get; init; }

    /// <summary>A hyphen inside a word is a place to break (except in double names); false in name fields.</summary>
    public bool BreakAtHyphens { get; init; } = true;

    /// <summary>Hyphenated names the document knows (its signers, its recipient): never broken at their hyphens, nor hyphenated.</summary>
    public IReadOnlySet<string> Names { get; init; } = new HashSet<string>();

    /// <summary>Largest factor by which a space may grow in justified text before the line counts as bad.</summary>
    public float MaxSpaceStretch { get; init; } = 1.8f;
}
