using System.Text.Json.Serialization;

namespace Antrag.Export.OParl;

/// <summary>An OParl 1.1 <c>Person</c>: a signer of published motions, or a single council member filing them.</summary>
public sealed record OParlPerson
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("type")]
    public string Type => OParlExporter.SchemaBase + "Person";

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The factions the person signed for, each with the person's role on its board if the profile lists one; none: left out.</summary>
    [JsonPropertyName("membership")]
    public IReadOnlyList<OParlMembership>? Membership { get; init; }

    /// <summary>The date of the first published motion that names the person.</summary>
    [JsonPropertyName("created")]
    public required string Created { get; init; }

    /// <summary>The date of the last published motion that names the person.</summary>
    [JsonPropertyName("modified")]
    public required string Modified { get; init; }
}
