namespace Antrag.Text;

/// <summary>The closing of a motion: place and date (when they stand at the end), an optional greeting, the "gez." line and the signers in groups; never split across pages.</summary>
public sealed record SignatureBlock(IReadOnlyList<TextRun> Closing, IReadOnlyList<TextRun> Intro, IReadOnlyList<SignerGroup> Groups) : Block
{
    /// <summary>Place and date above the closing (<c>::: ortdatum</c>); empty when they stand in the information block.</summary>
    public IReadOnlyList<TextRun> Dateline { get; init; } = [];

    /// <summary>Whether the signers sign by hand: room to sign above each typed name (<c>::: unterschriften handschriftlich</c>).</summary>
    public bool Handwritten { get; init; }
}
