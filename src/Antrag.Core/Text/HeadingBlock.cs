namespace Antrag.Text;

/// <summary>A heading line such as "Beschlussentwurf" (<c>## …</c> in letterhead text).</summary>
public sealed record HeadingBlock(int Level, IReadOnlyList<TextRun> Runs) : Block;
