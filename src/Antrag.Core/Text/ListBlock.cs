namespace Antrag.Text;

/// <summary>A numbered (<c>1.</c>) or bulleted (<c>-</c>) list; each item is one paragraph of runs.</summary>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<IReadOnlyList<TextRun>> Items) : Block;
