namespace Antrag.Text;

/// <summary>One row of a synopsis: the old and the new form of a paragraph (either may be empty); the first row is the header.</summary>
public sealed record SynopsisRow(IReadOnlyList<TextRun> Old, IReadOnlyList<TextRun> New);
