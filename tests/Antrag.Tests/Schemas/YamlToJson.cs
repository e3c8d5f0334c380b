using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Antrag.Tests.Schemas;

/// <summary>
/// Turns a YAML document into JSON as an editor's YAML language server sees it: YAML 1.2 core schema for plain scalars, and an
/// unquoted YYYY-MM-DD as a date (YAML 1.1, which many editors and tools still read), shown as an object.
/// </summary>
public static partial class YamlToJson
{
    /// <summary>The first document of <paramref name="yaml"/> as a JSON element, as schema validators take it.</summary>
    public static System.Text.Json.JsonElement Element(string yaml) => System.Text.Json.JsonSerializer.SerializeToElement(Convert(yaml));

    /// <summary>The first document of <paramref name="yaml"/> as JSON.</summary>
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } s => Plain(s.Value ?? string.Empty),
        YamlScalarNode s => JsonValue.Create(s.Value ?? string.Empty),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Plain(string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        // YAML 1.1 (read by many editors and tools) takes an unquoted 2024-11-12 as a date, not a text.
        if (Timestamp().IsMatch(text))
        {
            return new JsonObject { ["yaml-timestamp"] = text };
        }

        if (Integer().IsMatch(text))
        {
            return JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture));
        }

        if (Float().IsMatch(text))
        {
            return JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        }

        return JsonValue.Create(text);
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ][0-9].*)?$")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
