using System.Text.Json.Serialization;

namespace Antrag.Build;

/// <summary>The content of <c>index.json</c>: every motion of the build, newest first.</summary>
public sealed record IndexDocument([property: JsonPropertyName("antraege")] IReadOnlyList<IndexEntry> Motions);
