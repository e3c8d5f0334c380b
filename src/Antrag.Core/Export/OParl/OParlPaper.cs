using System.Text.Json.Serialization;

namespace Antrag.Export.OParl;

/// <summary>
/// An OParl 1.1 <c>Paper</c> (Drucksache): one public motion with its Beratungsfolge and its PDF. Lists without entries are
/// left out, as OParl asks of properties without a value.
/// </summary>
public sealed record OParlPaper
{
    /// <summary>The URL of this object: where its JSON is published.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("type")]
    public string Type => OParlExporter.SchemaBase + "Paper";

    /// <summary>The Betreff as one line of plain text.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The Vorlagennummer.</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    /// <summary>The motion's date, <c>YYYY-MM-DD</c>.</summary>
    [JsonPropertyName("date")]
    public required string Date { get; init; }

    /// <summary>The kind as people say it, e.g. "Antrag", "Änderungsantrag".</summary>
    [JsonPropertyName("paperType")]
    public required string PaperType { get; init; }

    /// <summary>The PDF.</summary>
    [JsonPropertyName("mainFile")]
    public required OParlFile MainFile { get; init; }

    /// <summary>URLs of the persons who signed it (and of a single council member filing it).</summary>
    [JsonPropertyName("originatorPerson")]
    public IReadOnlyList<string>? OriginatorPerson { get; init; }

    /// <summary>URLs of the factions that file it (more than one for a joint motion).</summary>
    [JsonPropertyName("originatorOrganization")]
    public IReadOnlyList<string>? OriginatorOrganization { get; init; }

    /// <summary>The Beratungsfolge, in order.</summary>
    [JsonPropertyName("consultation")]
    public IReadOnlyList<OParlConsultation>? Consultation { get; init; }

    [JsonPropertyName("created")]
    public required string Created { get; init; }

    [JsonPropertyName("modified")]
    public required string Modified { get; init; }
}
