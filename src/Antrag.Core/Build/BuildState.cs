using System.Text.Json.Serialization;

namespace Antrag.Build;

/// <summary>
/// What a build remembers of the last build into an output folder, kept outside it (<see cref="BuildStateLocation"/>) so that
/// nothing private is published: which source folder and output folder it describes; per motion (by path relative to the
/// source folder) the motion file, what else it was rendered from and what it wrote; a cache of file sizes and times with
/// their hashes; what the index, the OParl files and the combined PDF were written from. Paths of files are relative to the
/// output folder, with <c>/</c>, resolved through links.
/// </summary>
public sealed class BuildState
{
    /// <summary>The version of this file's layout; a state of another version is ignored (1: the manifest in the output folder).</summary>
    public const int CurrentFormat = 2;

    /// <summary>The key in <see cref="Index"/> of the hash of the list of motions.</summary>
    public const string IndexedMotions = "motions";

    [JsonPropertyName("format")]
    public int Format { get; set; } = CurrentFormat;

    /// <summary>Whether the build that wrote it finished: its index and OParl files agree with its motions.</summary>
    [JsonPropertyName("complete")]
    public bool Complete { get; set; }

    /// <summary>The program that wrote it, for people reading the file.</summary>
    [JsonPropertyName("program")]
    public string Program { get; set; } = string.Empty;

    /// <summary>The output folder it describes, relative to the folder of the state file; a state of another output folder is not used.</summary>
    [JsonPropertyName("output")]
    public string Output { get; set; } = string.Empty;

    /// <summary>The source folder the motions were found in, relative to the output folder.</summary>
    [JsonPropertyName("source")]
    public string Source { get; set; } = string.Empty;

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

    /// <summary>The combined PDF as written: its path (relative to the output folder), what it was made of, its SHA-256; null if none.</summary>
    [JsonPropertyName("combined")]
    public CombinedRecord? Combined { get; set; }
}
