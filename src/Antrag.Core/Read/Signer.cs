namespace Antrag.Read;

/// <summary>A person who signs the motion ("gez."): name, role (<c>funktion</c>), faction of a joint motion (<c>fraktion</c>), signature image (<c>unterschrift</c>).</summary>
public sealed record Signer(string Name, string? Role, string? Faction = null, string? SignatureImagePath = null);
