using System.Text.Json.Serialization;

namespace Antrag.Export.OParl;

/// <summary>An OParl 1.1 <c>Organization</c>: a faction filing motions or a Gremium consulting them.</summary>
public sealed record OParlOrganization
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("type")]
    public string Type => OParlExporter.SchemaBase + "Organization";

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>"Fraktion" or "Gremium".</summary>
    [JsonPropertyName("organizationType")]
    public string? OrganizationType { get; init; }

    /// <summary>"Fraktion", "Parlament" (the council itself), "Ausschuss", … when known.</summary>
    [JsonPropertyName("classification")]
    public string? Classification { get; init; }

    /// <summary>The date of the first published motion that names it.</summary>
    [JsonPropertyName("created")]
    public required string Created { get; init; }

    /// <summary>The date of the last published motion that names it.</summary>
    [JsonPropertyName("modified")]
    public required string Modified { get; init; }
}
