namespace Antrag.Text;

/// <summary>Signers of one faction, under an optional label (the faction's name in a joint motion).</summary>
public sealed record SignerGroup(IReadOnlyList<TextRun> Label, IReadOnlyList<SignerEntry> Signers);
