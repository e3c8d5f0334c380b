namespace Antrag.Read;

/// <summary>Who files under a profile (<c>typ</c>): a faction or a single council member.</summary>
public enum ProfileKind
{
    /// <summary><c>fraktion</c>: a council group.</summary>
    Faction,

    /// <summary><c>einzelratsmitglied</c>: a single council member; <c>name</c> is the person, <c>partei</c> the party.</summary>
    SingleMember,
}
