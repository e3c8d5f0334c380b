using System.Text.Json.Serialization;

namespace Antrag.Export.OParl;

/// <summary>
/// An OParl 1.1 <c>Consultation</c>: one row of the Beratungsfolge (Gremium, Sitzungstermin, Beschlussform). Embedded in its
/// Paper without <see cref="Paper"/>; its own file at its id names the paper.
/// </summary>
public sealed record OParlConsultation
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("type")]
    public string Type => OParlExporter.SchemaBase + "Consultation";

    /// <summary>The URL of the paper consulted (back-reference), only in the Consultation's own file.</summary>
    [JsonPropertyName("paper")]
    public string? Paper { get; init; }

    /// <summary>The URL of the Gremium (one entry).</summary>
    [JsonPropertyName("organization")]
    public required IReadOnlyList<string> Organization { get; init; }

    /// <summary>Whether the Gremium decides (beschließend) rather than only advises.</summary>
    [JsonPropertyName("authoritative")]
    public required bool Authoritative { get; init; }

    /// <summary>The Beschlussform as written, e.g. "vorberatend", "beschließend".</summary>
    [JsonPropertyName("role")]
    public required string Role { get; init; }

    /// <summary>The Gremium's name (OParl has it only on the Organization object, which antrag does not publish).</summary>
    [JsonPropertyName("antrag:organizationName")]
    public required string OrganizationName { get; init; }

    /// <summary>The Sitzungstermin, <c>YYYY-MM-DD</c> (OParl has it only on the Meeting object, which antrag does not publish).</summary>
    [JsonPropertyName("antrag:meetingDate")]
    public required string MeetingDate { get; init; }

    [JsonPropertyName("created")]
    public required string Created { get; init; }

    [JsonPropertyName("modified")]
    public required string Modified { get; init; }
}
