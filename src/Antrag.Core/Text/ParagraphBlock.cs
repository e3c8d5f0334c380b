namespace Antrag.Text;

/// <summary>A paragraph of styled runs.</summary>
public sealed record ParagraphBlock(IReadOnlyList<TextRun> Runs) : Block;
