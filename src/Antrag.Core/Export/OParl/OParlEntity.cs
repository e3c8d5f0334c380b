using System.Text.Json.Serialization;

namespace Antrag.Export.OParl;

/// <summary>
/// An organization or person that a published motion names (a faction filing it, a Gremium consulting it, a signer),
/// as the build records it per motion; the build's OParl objects are made from all of them together.
/// </summary>
public sealed record OParlEntity
{
    /// <summary>"Organization" or "Person".</summary>
    [JsonPropertyName("typ")]
    public required string Type { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>For an organization: "Fraktion" or "Gremium".</summary>
    [JsonPropertyName("organizationType")]
    public string? OrganizationType { get; init; }

    /// <summary>For an organization: "Fraktion", "Parlament", "Ausschuss", … when known.</summary>
    [JsonPropertyName("classification")]
    public string? Classification { get; init; }

    /// <summary>For an organization: the city of its council; for a person: the city of the faction they signed for.</summary>
    [JsonPropertyName("stadt")]
    public string? City { get; init; }

    /// <summary>For a person: the faction they signed for.</summary>
    [JsonPropertyName("fraktion")]
    public string? Faction { get; init; }

    /// <summary>For a person: their role in that faction as its profile's <c>vorstand</c> gives it ("Fraktionsvorsitzende").</summary>
    [JsonPropertyName("funktion")]
    public string? Role { get; init; }
}
