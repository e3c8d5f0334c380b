namespace Antrag.Read;

/// <summary>A member of the faction's board shown in the contact block, e.g. "Vorsitzender: Philibert Reuters".</summary>
public sealed record BoardMember(string Role, string Name);
