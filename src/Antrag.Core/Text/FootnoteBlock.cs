namespace Antrag.Text;

/// <summary>The text of one footnote (<c>[^1]: …</c>), set as an endnote after the text that refers to it; <see cref="Number"/> is the printed number.</summary>
public sealed record FootnoteBlock(int Number, IReadOnlyList<TextRun> Runs) : Block;
