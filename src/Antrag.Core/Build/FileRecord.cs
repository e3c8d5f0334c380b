using System.Text.Json.Serialization;

namespace Antrag.Build;

/// <summary>What the build state remembers of a file: its size and modification time (UTC ticks) when its SHA-256 was taken.</summary>
public sealed record FileRecord
{
    [JsonPropertyName("size")]
    public required long Size { get; init; }

    [JsonPropertyName("mtime")]
    public required long Modified { get; init; }

    [JsonPropertyName("sha256")]
    public required string Sha256 { get; init; }
}
