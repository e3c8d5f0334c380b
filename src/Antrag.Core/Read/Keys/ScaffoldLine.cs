namespace Antrag.Read.Keys;

/// <summary>How <c>antrag new</c> writes a key: the value (or block text) it starts with, a German comment, and whether the line is commented out.</summary>
public sealed record ScaffoldLine(string Value, string? Comment = null, bool Commented = false);
