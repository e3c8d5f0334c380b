using System.Text.Json.Serialization;

namespace Antrag.Build;

/// <summary>
/// The record of a build in <c>OUT/.antrag-manifest.json</c>: per motion (by path relative to the build folder) what it was
/// rendered from and what it wrote; a cache of file sizes and times with their hashes; what the index was written from.
/// </summary>
public sealed class BuildManifest
{
    /// <summary>The version of this file's layout; a manifest of another version is ignored.</summary>
    public const int CurrentFormat = 1;

    [JsonPropertyName("format")]
    public int Format { get; set; } = CurrentFormat;

    /// <summary>The program that wrote it, for people reading the file.</summary>
    /// <summary>Whether the build that wrote it finished: its index and OParl files agree with its motions.</summary>
    [JsonPropertyName("complete")]
    public bool Complete { get; set; }

    [JsonPropertyName("program")]
    public string Program { get; set; } = string.Empty;

    [JsonPropertyName("motions")]
    public Dictionary<string, MotionRecord> Motions { get; set; } = new(StringComparer.Ordinal);

    [JsonPropertyName("files")]
    public Dictionary<string, FileRecord> Files { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The index as written: the SHA-256 of <c>index.html</c> and <c>index.json</c>, and under <see cref="IndexedMotions"/> that
    /// of the list of motions in it, so that a build that changed nothing need not write it again.
    /// </summary>
    [JsonPropertyName("index")]
    public Dictionary<string, string> Index { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The OParl Organization and Person files written (path relative to the output folder → SHA-256).</summary>
    [JsonPropertyName("oparl")]
    public Dictionary<string, string> OParl { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The key in <see cref="Index"/> of the hash of the list of motions.</summary>
    public const string IndexedMotions = "motions";
}
