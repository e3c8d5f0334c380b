using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Antrag.Tests.Infrastructure;
using Json.Schema;

namespace Antrag.Tests.OParl;

/// <summary>
/// Checks OParl objects against OParl 1.1's own JSON schemas (vendored unchanged in <c>OParl/Schema/</c>, see its NOTICE.md)
/// and against the rules of the spec's text that the schemas do not express: timestamps with an offset (<c>±hh:mm</c>, not
/// <c>Z</c>), <c>created</c> and <c>modified</c> on every object, no empty lists, and embedded objects without the
/// back-reference to the object they are embedded in.
/// </summary>
public static partial class OParlValidator
{
    public const string SchemaBase = "https://schema.oparl.org/1.1/";

    private static readonly string[] Types = ["Paper", "File", "Consultation", "Organization", "Person", "Membership", "Location"];

    private static readonly Lazy<IReadOnlyDictionary<string, JsonSchema>> Schemas = new(Load);

    private static readonly ConcurrentDictionary<string, bool> Registered = new();

    /// <summary>The folder of the vendored schemas.</summary>
    public static string SchemaFolder => Path.Combine(RepoPaths.Root, "tests", "Antrag.Tests", "OParl", "Schema");

    /// <summary>Every violation of <paramref name="obj"/>, an object of the OParl type its <c>type</c> names; empty if none.</summary>
    public static List<string> Violations(JsonElement obj)
    {
        var errors = new List<string>();
        var typeUrl = obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty("type", out var t) ? t.GetString() ?? string.Empty : string.Empty;
        var type = typeUrl.StartsWith(SchemaBase, StringComparison.Ordinal) ? typeUrl[SchemaBase.Length..] : string.Empty;
        if (!Schemas.Value.TryGetValue(type, out var schema))
        {
            return [$"$: no OParl 1.1 type: '{typeUrl}'"];
        }

        var result = schema.Evaluate(obj, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (!result.IsValid)
        {
            foreach (var detail in result.Details ?? [])
            {
                foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
                {
                    errors.Add($"{detail.InstanceLocation}: {keyword}: {message}");
                }
            }

            if (errors.Count == 0)
            {
                errors.Add("$: does not match the schema of " + type);
            }
        }

        SpecRules(obj, type, "$", embedded: false, errors);
        return errors;
    }

    private static void SpecRules(JsonElement obj, string type, string path, bool embedded, List<string> errors)
    {
        foreach (var name in new[] { "created", "modified" })
        {
            if (!obj.TryGetProperty(name, out var stamp))
            {
                errors.Add($"{path}: '{name}' missing (OParl 1.1 requires it of every object)");
            }
            else if (stamp.ValueKind != JsonValueKind.String || !OffsetStamp().IsMatch(stamp.GetString()!))
            {
                errors.Add($"{path}.{name}: '{stamp}' is no date-time with an offset ±hh:mm");
            }
        }

        if (embedded)
        {
            var back = type switch { "File" or "Consultation" => "paper", "Membership" => "person", _ => null };
            if (back is not null && obj.TryGetProperty(back, out _))
            {
                errors.Add($"{path}.{back}: an embedded {type} repeats the back-reference to its parent");
            }
        }

        foreach (var property in obj.EnumerateObject())
        {
            var at = path + "." + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                if (property.Value.GetArrayLength() == 0)
                {
                    errors.Add($"{at}: empty list (OParl: properties without a value are left out)");
                }

                var i = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        SpecRules(item, EmbeddedType(item), $"{at}[{i}]", embedded: true, errors);
                    }

                    i++;
                }
            }
            else if (property.Value.ValueKind == JsonValueKind.Object)
            {
                SpecRules(property.Value, EmbeddedType(property.Value), at, embedded: true, errors);
            }
        }
    }

    private static string EmbeddedType(JsonElement obj) =>
        obj.TryGetProperty("type", out var t) && t.GetString() is { } s && s.StartsWith(SchemaBase, StringComparison.Ordinal) ? s[SchemaBase.Length..] : string.Empty;

    private static IReadOnlyDictionary<string, JsonSchema> Load()
    {
        // The schemas name OParl's own "url" format: an absolute http(s) URL.
        if (Registered.TryAdd("url", true))
        {
            FormatRegistry.Global.Register(new PredicateFormat("url", e =>
                e.ValueKind != JsonValueKind.String
                || (Uri.TryCreate(e.GetString(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                    && !e.GetString()!.Contains(' ', StringComparison.Ordinal))));
        }

        // Draft-07, as the schemas declare (and as the older files without $schema were written): unknown keywords allowed.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft07 };
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);

        // The referenced ones first: Paper and Person refer to File.json, Consultation.json, Membership.json, Location.json.
        foreach (var type in Types.Reverse())
        {
            var text = File.ReadAllText(Path.Combine(SchemaFolder, type + ".json"));
            schemas[type] = JsonSchema.FromText(text, options, new Uri(SchemaBase + type + ".json"));
        }

        return schemas;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$")]
    private static partial Regex OffsetStamp();
}
