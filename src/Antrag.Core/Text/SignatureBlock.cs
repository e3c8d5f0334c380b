namespace Antrag.Text;

/// <summary>The closing of a motion: an optional greeting, the "gez." line and the signers in groups; never split across pages.</summary>
public sealed record SignatureBlock(IReadOnlyList<TextRun> Closing, IReadOnlyList<TextRun> Intro, IReadOnlyList<SignerGroup> Groups) : Block;
