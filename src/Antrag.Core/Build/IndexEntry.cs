using System.Text.Json.Serialization;

namespace Antrag.Build;

/// <summary>One motion in the overview (<c>index.html</c>, <c>index.json</c>): its data and its outputs, paths relative to the output folder.</summary>
public sealed record IndexEntry
{
    /// <summary>The motion file, relative to the build folder.</summary>
    [JsonPropertyName("quelle")]
    public required string Source { get; init; }

    [JsonPropertyName("vorlagennummer")]
    public string? Reference { get; init; }

    /// <summary>The date as YYYY-MM-DD.</summary>
    [JsonPropertyName("datum")]
    public string? Date { get; init; }

    [JsonPropertyName("art")]
    public required string Kind { get; init; }

    /// <summary>The Betreff as one line of plain text.</summary>
    [JsonPropertyName("betreff")]
    public required string Subject { get; init; }

    [JsonPropertyName("unterzeichner")]
    public IReadOnlyList<string> Signers { get; init; } = [];

    [JsonPropertyName("oeffentlich")]
    public bool Public { get; init; } = true;

    [JsonPropertyName("entwurf")]
    public bool Draft { get; init; }

    [JsonPropertyName("seiten")]
    public int Pages { get; init; }

    [JsonPropertyName("pdf")]
    public string? Pdf { get; init; }

    [JsonPropertyName("png")]
    public IReadOnlyList<string> Png { get; init; } = [];

    [JsonPropertyName("txt")]
    public string? Txt { get; init; }

    [JsonPropertyName("oparl")]
    public string? OParl { get; init; }

    /// <summary>The small picture of page 1.</summary>
    [JsonPropertyName("vorschau")]
    public required string Thumbnail { get; init; }
}
