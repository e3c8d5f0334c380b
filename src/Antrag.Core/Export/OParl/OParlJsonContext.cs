using System.Text.Json.Serialization;

namespace Antrag.Export.OParl;

/// <summary>Source-generated JSON for OParl objects (no reflection, so it works ahead-of-time compiled).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OParlPaper))]
[JsonSerializable(typeof(OParlOrganization))]
[JsonSerializable(typeof(OParlPerson))]
[JsonSerializable(typeof(OParlFile))]
[JsonSerializable(typeof(OParlConsultation))]
[JsonSerializable(typeof(OParlMembership))]
internal sealed partial class OParlJsonContext : JsonSerializerContext;
