using Antrag.Diagnostics;
using System.Globalization;
using Antrag.Read.Keys;
using YamlDotNet.RepresentationModel;

namespace Antrag.Read;

/// <summary>
/// Reads <c>zeilennummern</c>: <c>true</c> (every line), <c>false</c> (none), a step such as <c>5</c>, <c>alles</c>
/// (every line of the whole body), or <c>{ schritt: 5, bereich: text|alles }</c>.
/// </summary>
internal static class LineNumberingReader
{
    private const string Hint = "write 'zeilennummern: true' (every line), 'zeilennummern: 5' (every fifth line) or 'zeilennummern: false'";

    /// <summary>The setting (a <see cref="LineNumbering"/>, or <see cref="LineNumberingOff"/> for an explicit <c>false</c>), or null when absent or wrong.</summary>
    public static object? Read(MappingBinder map, KeyDeclaration declaration)
    {
        var key = declaration.Name;
        var node = map.Value(key);
        if (node is null || MappingBinder.IsEmpty(node))
        {
            return null;
        }

        if (node is YamlMappingNode)
        {
            var sub = map.Mapping(key, declaration.Children, Hint);
            if (sub is null)
            {
                return null;
            }

            var step = sub.Number("schritt", 1, 100, string.Empty, "every n-th line");
            var scope = sub.Word("bereich", "text");
            if (scope is not null and not ("text" or "alles"))
            {
                sub.Error(DiagnosticCodes.InvalidValue, "bereich", $"'bereich' must be 'text' or 'alles', not '{scope}'", "text: Beschlussentwurf and Begründung; alles: the whole body");
            }

            return new LineNumbering((int)(step ?? 1), scope == "alles");
        }

        if (node is YamlScalarNode { Value: { } text })
        {
            var value = text.Trim().ToLowerInvariant();
            switch (value)
            {
                case "true" or "ja":
                    return new LineNumbering();
                case "false" or "nein":
                    return LineNumberingOff.Value;
                case "alles":
                    return new LineNumbering(1, WholeBody: true);
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step is >= 1 and <= 100)
            {
                return new LineNumbering(step);
            }
        }

        map.Error(DiagnosticCodes.InvalidValue, key, $"'{key}' must be true, false, a number of lines such as 5, or 'alles'", Hint);
        return null;
    }
}
