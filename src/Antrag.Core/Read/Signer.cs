namespace Antrag.Read;

/// <summary>A person who signs the motion ("gez."): name and role (<c>funktion</c>).</summary>
public sealed record Signer(string Name, string? Role);
