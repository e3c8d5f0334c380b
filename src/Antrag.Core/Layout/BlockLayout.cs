namespace Antrag.Layout;

/// <summary>
/// A measured block: the rows it needs and the rules for breaking it across pages
/// (how many rows must stay together at a page's foot and head, whether it stays whole or with the next block).
/// </summary>
public sealed record BlockLayout(string Name, IReadOnlyList<Row> Rows)
{
    public float SpaceBefore { get; init; }

    public float SpaceAfter { get; init; }

    /// <summary>Fewest rows left at the foot of a page when the block breaks (no orphan lines).</summary>
    public int MinRowsAtFoot { get; init; } = 2;

    /// <summary>Fewest rows carried to the head of the next page when the block breaks (no widow lines).</summary>
    public int MinRowsAtHead { get; init; } = 2;

    /// <summary>
    /// How many of the first rows head the block (a table's header row): the paginator repeats them, as artifacts, at the head
    /// of every page the block continues on, and never leaves them at a foot without <see cref="MinRowsAtFoot"/> rows below;
    /// the least rows at a foot and at a head count the rows below them only.
    /// </summary>
    public int HeaderRows { get; init; }

    /// <summary>The block is never split across pages (signatures).</summary>
    public bool KeepTogether { get; init; }

    /// <summary>The block stays on a page with the first rows of the next block (headings, a salutation or a short paragraph ending in a colon).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>The space after the block is the whole gap to the next, whatever that asks before it (a heading's small space).</summary>
    public bool SpaceAfterOnly { get; init; }

    /// <summary>The block stays on a page with the last rows of the block before it (at least that block's <see cref="MinRowsAtHead"/>): the closing and signatures.</summary>
    public bool KeepWithPrevious { get; init; }

    /// <summary>What a row of this block taller than a page is reported as.</summary>
    public LayoutProblemKind TallRow { get; init; } = LayoutProblemKind.TableRow;

    /// <summary>The block's node in the document's logical structure (its rows' items point into it); null = none.</summary>
    public StructureNode? Structure { get; init; }

    /// <summary>Total height of all rows.</summary>
    public float Height => Rows.Sum(r => r.Height);
}
