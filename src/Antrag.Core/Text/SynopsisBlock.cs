namespace Antrag.Text;

/// <summary>Two versions side by side: a header row and rows of (old, new) paragraphs; deletions struck through, insertions underlined.</summary>
public sealed record SynopsisBlock(IReadOnlyList<SynopsisRow> Rows) : Block;
