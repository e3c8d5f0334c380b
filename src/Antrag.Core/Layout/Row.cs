namespace Antrag.Layout;

/// <summary>An unbreakable horizontal slice of a block (a text line, a table row): its height and items relative to its top-left.</summary>
public sealed record Row(float Height, IReadOnlyList<FrameItem> Items)
{
    /// <summary>For a row that cannot be split further (a table row, a row of signers): the text of its tallest part, to name it when the row does not fit on a page.</summary>
    public string? Origin { get; init; }

    /// <summary>
    /// Which part of its block the row belongs to (a list item, a paragraph of a quotation, a footnote): a block breaks between
    /// parts freely, but inside one only with its block's least rows at the foot and at the head; all rows in part 0 by default.
    /// </summary>
    public int Unit { get; init; }
}
