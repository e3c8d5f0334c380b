using System.Text.Json.Serialization;

namespace Antrag.Build;

/// <summary>What the build state remembers of the combined PDF (<c>--combine</c>): where it was written, a hash of what it was made of (the motions and their records), and the SHA-256 of its bytes.</summary>
public sealed record CombinedRecord
{
    [JsonPropertyName("path")]
    public required string Path { get; init; }

    [JsonPropertyName("from")]
    public required string From { get; init; }

    [JsonPropertyName("sha256")]
    public required string Sha256 { get; init; }
}
