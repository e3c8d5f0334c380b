using System.Text.Json.Serialization;

namespace Antrag.Export.OParl;

/// <summary>
/// An OParl 1.1 <c>Membership</c>: the person belongs to a faction, maybe in a role. Embedded in its <see cref="OParlPerson"/>
/// without <see cref="Person"/>; its own file at its id names the person.
/// </summary>
public sealed record OParlMembership
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("type")]
    public string Type => OParlExporter.SchemaBase + "Membership";

    /// <summary>The URL of the person (back-reference), only in the Membership's own file.</summary>
    [JsonPropertyName("person")]
    public string? Person { get; init; }

    /// <summary>The URL of the faction.</summary>
    [JsonPropertyName("organization")]
    public required string Organization { get; init; }

    /// <summary>The role on the faction's board (profile <c>vorstand</c>), e.g. "Fraktionsvorsitzende".</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    [JsonPropertyName("created")]
    public required string Created { get; init; }

    [JsonPropertyName("modified")]
    public required string Modified { get; init; }
}
