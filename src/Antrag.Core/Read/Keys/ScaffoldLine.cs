namespace Antrag.Read.Keys;

/// <summary>
/// How <c>antrag new</c> writes a key: the value it starts with (a placeholder saying what to write), a German comment, whether
/// the line is commented out, and whether a text is written as a block (<c>key: |</c> and the text indented below).
/// </summary>
public sealed record ScaffoldLine(string Value, string? Comment = null, bool Commented = false, bool Block = false);
