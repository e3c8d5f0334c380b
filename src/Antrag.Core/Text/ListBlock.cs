namespace Antrag.Text;

/// <summary>A numbered (<c>1.</c>, <c>a)</c>, <c>(1)</c>, <c>I.</c> …) or bulleted (<c>-</c>) list; each item is one paragraph of runs.</summary>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<IReadOnlyList<TextRun>> Items) : Block
{
    /// <summary>The marker style as written; "1." or a bullet if not set.</summary>
    public ListStyle Style { get; init; } = Ordered ? ListStyle.Decimal : ListStyle.Bullet;

    /// <summary>How deep the list is nested in other lists (0: not nested); each level is indented once more.</summary>
    public int Level { get; init; }
}
