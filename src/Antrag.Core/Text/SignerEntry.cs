namespace Antrag.Text;

/// <summary>One signer: an optional signature image (absolute path) and the lines below it (name, role).</summary>
public sealed record SignerEntry(string? ImagePath, IReadOnlyList<IReadOnlyList<TextRun>> Lines);
