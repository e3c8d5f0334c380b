namespace Antrag.Text;

/// <summary>A table (Markdown pipe table): a header row and body rows of styled cells.</summary>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<TextRun>> Header, IReadOnlyList<IReadOnlyList<IReadOnlyList<TextRun>>> Rows) : Block
{
    /// <summary>The alignment of each column, header cells included; a column not named is flush left.</summary>
    public IReadOnlyList<ColumnAlignment> Alignments { get; init; } = [];
}
