using System.Text.Json.Serialization;

namespace Antrag.Build;

/// <summary>
/// What the build state remembers of one rendered motion: the motion file it was rendered from, the key of the program and
/// settings it was rendered with, the SHA-256 of every input it depended on (<c>-</c> for a file that must stay absent, such
/// as a nearer <c>fraktion.yaml</c>; a path ending in <c>/</c> is a template folder), the SHA-256 of every output, and its
/// entry in the overview. Paths are relative to the output folder, with <c>/</c>, resolved through links.
/// </summary>
public sealed record MotionRecord
{
    /// <summary>The motion file it was rendered from: another file at the same place below the source folder is another motion.</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = string.Empty;

    [JsonPropertyName("key")]
    public required string Key { get; init; }

    [JsonPropertyName("inputs")]
    public required Dictionary<string, string> Inputs { get; init; }

    [JsonPropertyName("outputs")]
    public required Dictionary<string, string> Outputs { get; init; }

    [JsonPropertyName("index")]
    public required IndexEntry Index { get; init; }

    /// <summary>The organizations and persons the motion's OParl Paper links to; empty unless it was exported to OParl.</summary>
    [JsonPropertyName("oparl")]
    public IReadOnlyList<Export.OParl.OParlEntity> OParl { get; init; } = [];
}
