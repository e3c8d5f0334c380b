using System.Text.Json.Serialization;

namespace Antrag.Build;

/// <summary>Source-generated JSON for the build state and the overview (no reflection, so it works ahead-of-time compiled).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BuildState))]
[JsonSerializable(typeof(IndexDocument))]
internal sealed partial class BuildJsonContext : JsonSerializerContext;
