using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Antrag.Read.Keys;

namespace Antrag.Schemas;

/// <summary>
/// Writes the JSON Schema (draft-07) of a <see cref="DocumentDeclaration"/>: every declared key with its German description
/// and example, the values it accepts exactly as the reader does (date patterns without impossible days, choices with their
/// spellings, ja/nein), required keys, keys a kind requires or does not take, and keys a draft may leave out.
/// </summary>
public static class SchemaWriter
{
    private const string BaseId = "https://antrag.example/schemas/";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The schema file name of <paramref name="document"/>, e.g. <c>antrag.schema.json</c>.</summary>
    public static string FileName(DocumentDeclaration document) => document.Name + ".schema.json";

    /// <summary>The schema as indented JSON text with LF line ends and a final line break.</summary>
    public static string Write(DocumentDeclaration document) =>
        Schema(document).ToJsonString(Options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    /// <summary>The schema as a JSON object.</summary>
    public static JsonObject Schema(DocumentDeclaration document)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = BaseId + FileName(document),
            ["title"] = "antrag: " + document.Title,
        };
        foreach (var (name, value) in Object(document.Keys))
        {
            schema[name] = value?.DeepClone();
        }

        // The kind of document: one of the declared kinds, in one of its spellings.
        foreach (var key in document.Keys.Where(k => k.Type == KeyType.Kind))
        {
            schema["properties"]![key.Name] = Described(Enum(nullAllowed: !key.Required, document.KindSpellings().Keys), key);
        }

        var rules = new JsonArray();
        foreach (var kind in document.Kinds)
        {
            if (KindRule(document, kind) is { } rule)
            {
                rules.Add((JsonNode)rule);
            }
        }

        foreach (var key in document.Keys)
        {
            if (key.RequiredUnlessDraft)
            {
                rules.Add((JsonNode)new JsonObject
                {
                    ["if"] = new JsonObject
                    {
                        ["required"] = new JsonArray("entwurf"),
                        ["properties"] = new JsonObject { ["entwurf"] = new JsonObject { ["enum"] = Values([true, .. Yes]) } },
                    },
                    ["else"] = Requires(key, nullAllowed: false),
                });
            }

            if (key.RequiredWhen is { } when && document.Key(when.Key) is { } cause)
            {
                rules.Add((JsonNode)new JsonObject
                {
                    ["if"] = new JsonObject
                    {
                        ["required"] = new JsonArray(when.Key),
                        ["properties"] = new JsonObject { [when.Key] = new JsonObject { ["enum"] = Values(Spellings(cause).Where(s => s.Value == when.Value).Select(s => (object)s.Key)) } },
                    },
                    ["then"] = Requires(key, nullAllowed: false),
                });
            }
        }

        if (rules.Count > 0)
        {
            schema["allOf"] = rules;
        }

        return schema;
    }

    /// <summary>The words a boolean key accepts besides true and false.</summary>
    private static readonly string[] Yes = ["ja", "Ja", "JA"];

    private static readonly string[] No = ["nein", "Nein", "NEIN"];

    /// <summary>The rule of one kind: the keys it requires (or one of their alternatives) and the keys it does not take.</summary>
    private static JsonObject? KindRule(DocumentDeclaration document, KindDeclaration kind)
    {
        var then = new JsonObject();
        var required = new JsonArray();
        var properties = new JsonObject();
        var alternatives = new JsonArray();
        foreach (var key in document.Keys)
        {
            // A declared kind (arten: … wie: antrag) takes the rules of the built-in kind it is based on, as the reader does.
            if (key.OnlyFor.Count > 0 && !key.OnlyFor.Contains(kind.RulesKind, StringComparer.Ordinal))
            {
                properties[key.Name] = false;
            }
            else if (key.RequiredFor.Contains(kind.RulesKind, StringComparer.Ordinal))
            {
                properties[key.Name] = Value(key, nullAllowed: key.Type is KeyType.Lines or KeyType.Entries);
                if (key.Alternative is { } other)
                {
                    alternatives.Add((JsonNode)new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray(key.Name) }, new JsonObject { ["required"] = new JsonArray(other) }) });
                }
                else
                {
                    required.Add((JsonNode)key.Name);
                }
            }
        }

        if (required.Count == 0 && properties.Count == 0 && alternatives.Count == 0)
        {
            return null;
        }

        if (required.Count > 0)
        {
            then["required"] = required;
        }

        if (properties.Count > 0)
        {
            then["properties"] = properties;
        }

        if (alternatives.Count > 0)
        {
            then["allOf"] = alternatives;
        }

        // Without 'art' a motion is an Antrag, so the Antrag's rule also applies when 'art' is left out.
        var spellings = Values(document.KindSpellings().Where(s => s.Value == kind.Name).Select(s => (object)s.Key));
        var condition = kind == document.Kinds[0]
            ? new JsonObject { ["properties"] = new JsonObject { ["art"] = new JsonObject { ["enum"] = Values([.. spellings.Select(v => (object)v!.GetValue<string>()), null]) } } }
            : new JsonObject { ["required"] = new JsonArray("art"), ["properties"] = new JsonObject { ["art"] = new JsonObject { ["enum"] = spellings } } };
        return new JsonObject { ["if"] = condition, ["then"] = then };
    }

    private static JsonObject Requires(KeyDeclaration key, bool nullAllowed) => new()
    {
        ["required"] = new JsonArray(key.Name),
        ["properties"] = new JsonObject { [key.Name] = Value(key, nullAllowed) },
    };

    /// <summary>An object of <paramref name="keys"/>: its properties, the required ones, and no others.</summary>
    private static JsonObject Object(IReadOnlyList<KeyDeclaration> keys)
    {
        var properties = new JsonObject();
        foreach (var key in keys)
        {
            properties[key.Name] = Value(key, nullAllowed: !key.Required);
        }

        var result = new JsonObject { ["type"] = "object", ["additionalProperties"] = false };
        var required = keys.Where(k => k.Required).Select(k => (JsonNode?)k.Name).ToArray();
        if (required.Length > 0)
        {
            result["required"] = new JsonArray(required);
        }

        result["properties"] = properties;
        return result;
    }

    /// <summary>The schema of one key's value; <paramref name="nullAllowed"/>: an empty value is allowed (the key is optional).</summary>
    private static JsonObject Value(KeyDeclaration key, bool nullAllowed)
    {
        var value = key.Type switch
        {
            KeyType.Text or KeyType.Line => Typed(nullAllowed, "string", "number"),
            KeyType.Date => Pattern(nullAllowed, DatePattern.Value),
            KeyType.Bool => OneOf(nullAllowed, new JsonObject { ["type"] = "boolean" }, new JsonObject { ["enum"] = Values([.. Yes, .. No]) }),
            KeyType.Number => OneOf(
                nullAllowed,
                new JsonObject { ["type"] = "number", ["minimum"] = key.Minimum, ["maximum"] = key.Maximum },
                new JsonObject { ["type"] = "string", ["pattern"] = @"^\s*[-+]?[0-9]+([.,][0-9]+)?\s*" + (key.Unit.Symbol.Length > 0 ? $"({key.Unit.Symbol})?" : string.Empty) + @"\s*$" }),
            KeyType.Choice => Enum(nullAllowed, key.AcceptedSpellings().Keys),
            KeyType.Kind => new JsonObject(),
            // An empty colour is an error even where the key is optional: it is nearly always "#1f4e79" without quotes, a comment.
            KeyType.Color => Pattern(false, @"^\s*#[0-9A-Fa-f]{6}\s*$"),
            KeyType.Language => Pattern(nullAllowed, @"^\s*[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*\s*$"),
            KeyType.File => key.Extensions.Count == 0 ? Typed(nullAllowed, "string", "number") : Pattern(nullAllowed, @"^.*\.(" + string.Join("|", key.Extensions.Select(e => AnyCase(e.TrimStart('.')))) + @")\s*$"),
            KeyType.Lines => Array(nullAllowed, Typed(true, "string", "number")),
            KeyType.Mapping => Nullable(Object(key.Children), nullAllowed),
            KeyType.Entries => Array(nullAllowed, Object(key.Children)),
            KeyType.LineNumbering => OneOf(
                nullAllowed,
                new JsonObject { ["type"] = "boolean" },
                new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 100 },
                new JsonObject { ["enum"] = Values([.. Yes, .. No, "alles", "Alles", "ALLES"]) },
                Object(key.Children)),
            _ => throw new InvalidOperationException($"key type {key.Type} has no schema"),
        };
        return Described(value, key);
    }

    private static JsonObject Described(JsonObject value, KeyDeclaration key)
    {
        var description = key.Description + (key.Default is { } d ? " (Vorgabe: " + Format(d) + ")" : string.Empty);
        var result = new JsonObject { ["description"] = description };
        if (key.Example is { } example)
        {
            result["examples"] = new JsonArray(example.Trim('"'));
        }

        foreach (var (name, node) in value)
        {
            result[name] = node?.DeepClone();
        }

        return result;
    }

    private static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static JsonObject Typed(bool nullAllowed, params string[] types) =>
        new() { ["type"] = new JsonArray([.. types.Select(t => (JsonNode?)t), .. nullAllowed ? new JsonNode?[] { "null" } : []]) };

    private static JsonObject Pattern(bool nullAllowed, string pattern) =>
        nullAllowed
            ? new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, new JsonObject { ["type"] = "string", ["pattern"] = pattern }) }
            : new JsonObject { ["type"] = "string", ["pattern"] = pattern };

    private static JsonObject Enum(bool nullAllowed, IEnumerable<string> values) =>
        new() { ["enum"] = Values([.. values, .. nullAllowed ? new object?[] { null } : []]) };

    private static JsonObject Array(bool nullAllowed, JsonObject items) =>
        new() { ["type"] = nullAllowed ? new JsonArray("array", "null") : "array", ["items"] = items };

    private static JsonObject OneOf(bool nullAllowed, params JsonObject[] options) =>
        new() { ["oneOf"] = new JsonArray([.. nullAllowed ? new JsonNode?[] { new JsonObject { ["type"] = "null" } } : [], .. options]) };

    private static JsonObject Nullable(JsonObject value, bool nullAllowed)
    {
        if (nullAllowed)
        {
            value["type"] = new JsonArray("object", "null");
        }

        return value;
    }

    private static JsonArray Values(IEnumerable<object?> values) =>
        new([.. values.Select(v => v switch
        {
            null => null,
            bool b => JsonValue.Create(b),
            string s => (JsonNode?)JsonValue.Create(s),
            _ => throw new ArgumentException("unsupported enum value"),
        })]);

    private static IReadOnlyDictionary<string, string> Spellings(KeyDeclaration key) => key.AcceptedSpellings();

    /// <summary>A pattern for <paramref name="word"/> in any case: <c>[Ss][Vv][Gg]</c>.</summary>
    private static string AnyCase(string word) =>
        string.Concat(word.Select(c => char.IsLetter(c) ? $"[{char.ToUpperInvariant(c)}{char.ToLowerInvariant(c)}]" : c.ToString()));
}
