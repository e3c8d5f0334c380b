using System.Text.Json.Serialization;

namespace Antrag.Export.OParl;

/// <summary>An OParl 1.1 <c>Membership</c>, embedded in a <see cref="OParlPerson"/>: the person belongs to a faction, maybe in a role.</summary>
public sealed record OParlMembership
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("type")]
    public string Type => OParlExporter.SchemaBase + "Membership";

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
