namespace Antrag.Text;

/// <summary>A quotation (<c>&gt; …</c> lines), set indented: the blocks it holds (paragraphs, lists, nested quotes).</summary>
public sealed record QuoteBlock(IReadOnlyList<Block> Blocks) : Block;
