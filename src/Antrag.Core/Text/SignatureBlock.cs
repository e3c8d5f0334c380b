namespace Antrag.Text;

/// <summary>The closing "gez." line and the signers, each a few lines (name, role); never split across pages.</summary>
public sealed record SignatureBlock(IReadOnlyList<TextRun> Intro, IReadOnlyList<IReadOnlyList<IReadOnlyList<TextRun>>> Signers) : Block;
