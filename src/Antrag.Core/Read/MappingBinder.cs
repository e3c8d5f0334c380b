using System.Globalization;
using Antrag.Diagnostics;
using Antrag.Read.Keys;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Antrag.Read;

/// <summary>
/// Reads the values of one YAML mapping into typed values: checks the keys against the allowed ones (unknown, missing),
/// records each key's position, and reports values of the wrong kind, all without stopping at the first problem.
/// </summary>
internal sealed partial class MappingBinder
{
    private readonly ReadContext context;
    private readonly string path;
    private readonly Dictionary<string, KeyDeclaration> specs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> found = new(StringComparer.Ordinal);

    private MappingBinder(ReadContext context, string path, IReadOnlyList<KeyDeclaration> keys)
    {
        this.context = context;
        this.path = path;
        foreach (var key in keys)
        {
            specs[key.Name] = key;
        }
    }

    /// <summary>
    /// Checks the keys of <paramref name="node"/>: reports unknown keys (with a suggestion when one is close) and
    /// missing required keys (at <paramref name="missingAt"/>), and records known keys' positions under <paramref name="path"/>.
    /// </summary>
    public static MappingBinder Bind(ReadContext context, YamlMappingNode node, string path, IReadOnlyList<KeyDeclaration> keys, SourceSpan missingAt)
    {
        var binder = new MappingBinder(context, path, keys);
        var suggested = binder.suggested;
        foreach (var (keyNode, valueNode) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } name } || IsEmpty(keyNode))
            {
                context.Error(DiagnosticCodes.KeyNotAWord, context.At(keyNode), $"a key must be a word such as '{keys[0].Name}', not {Describe(keyNode)}");
                continue;
            }

            if (binder.specs.ContainsKey(name))
            {
                binder.found[name] = (keyNode, valueNode);
                context.Positions[path + name] = context.At(keyNode);
                continue;
            }

            var suggestion = KeySuggester.Suggest(name, keys.Select(k => k.Name));
            if (suggestion is not null)
            {
                suggested.Add(suggestion);
                context.Error(DiagnosticCodes.UnknownKey, context.At(keyNode), $"unknown key '{Shown.Text(name)}' (did you mean '{suggestion}'?)");
            }
            else
            {
                context.Error(DiagnosticCodes.UnknownKey, context.At(keyNode), $"unknown key '{Shown.Text(name)}'", "allowed keys here: " + string.Join(", ", keys.Select(k => k.Name)));
            }
        }

        foreach (var key in keys)
        {
            // A misspelt key already got "did you mean": do not also call the key missing.
            if (key.Required && !binder.found.ContainsKey(key.Name) && !suggested.Contains(key.Name))
            {
                context.Error(DiagnosticCodes.MissingKey, missingAt, $"missing required key '{key.Name}'", key.MissingHint);
            }
        }

        return binder;
    }

    private readonly HashSet<string> suggested = new(StringComparer.Ordinal);

    /// <summary>Reports <paramref name="key"/> as missing (at <paramref name="at"/>) unless it is there or a misspelling of it was already reported.</summary>
    public void Require(string key, SourceSpan at, string hint)
    {
        if (!found.ContainsKey(key) && !suggested.Contains(key))
        {
            context.Error(DiagnosticCodes.MissingKey, at, $"missing required key '{key}'", hint);
        }
    }

    /// <summary>How a node looks to the user, for "must be …, not …" messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar when IsEmpty(scalar) => "empty",
        YamlScalarNode => "a text",
        YamlSequenceNode => "a list",
        _ => "'key: value' lines",
    };

    /// <summary>True for a value left empty (<c>key:</c> with nothing after it, or <c>~</c>).</summary>
    public static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar && (string.IsNullOrEmpty(scalar.Value) || scalar.Value == "~");

    /// <summary>The key's path from the top of the file, e.g. <c>schriften.fett</c>.</summary>
    public string PathOf(string key) => path + key;

    /// <summary>Whether the key was written.</summary>
    public bool Has(string key) => found.ContainsKey(key);

    /// <summary>Where the key was written (the mapping's first key if it was not).</summary>
    public SourceSpan KeyAt(string key) => context.Positions.TryGetValue(path + key, out var at) ? at : context.FileStart;

    /// <summary>The key's value node, or null when the key is absent.</summary>
    public YamlNode? Value(string key) => found.TryGetValue(key, out var pair) ? pair.Value : null;

    /// <summary>A text that may span lines (light Markdown): kept as written, trailing line breaks removed.</summary>
    public string? Text(string key) => Scalar(
        key,
        "text",
        $"write the text after '{key}:', or write '{key}: |' and the text on the lines below, indented by two spaces",
        value => value.TrimEnd('\n'));

    /// <summary>A one-line value such as a name: kept as written, surrounding spaces removed.</summary>
    public string? Line(string key) => Scalar(key, "text", $"write the value after '{key}:'", value => value.Trim());

    /// <summary>A lower-case word (<c>[a-z]+</c>), e.g. the kind of document.</summary>
    public string? Word(string key, string example)
    {
        var value = Line(key);
        if (value is null)
        {
            return null;
        }

        if (value.Length == 0 || !value.All(char.IsAsciiLetterLower))
        {
            context.Error(
                DiagnosticCodes.InvalidValue,
                context.At(Value(key)!),
                $"'{key}' must be a single lower-case word such as '{example}', not '{Shown.Text(value)}'",
                $"use only the letters a to z, e.g. '{key}: {example}'");
            return null;
        }

        return value;
    }

    /// <summary>A date written as <c>28.02.2023</c> or <c>2023-02-28</c>.</summary>
    public DateOnly? Date(string key)
    {
        var value = Scalar(key, "a date", DateText.Hint, text => text.Trim());
        if (value is null)
        {
            return null;
        }

        if (!DateText.TryParse(value, out var date))
        {
            context.Error(DiagnosticCodes.InvalidDate, context.At(Value(key)!), $"'{Shown.Text(value)}' is not a valid date", DateText.Hint);
            return null;
        }

        return date;
    }

    /// <summary>A yes/no value: true/false or ja/nein (any case); null when absent or empty.</summary>
    public bool? Bool(string key)
    {
        var node = Value(key);
        if (node is null || IsEmpty(node))
        {
            return null;
        }

        if (node is not YamlScalarNode { Value: { } text })
        {
            TypeError(key, "true or false", node);
            return null;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "ja":
                return true;
            case "false" or "nein":
                return false;
            default:
                context.Error(DiagnosticCodes.InvalidValue, context.At(node), $"'{key}' must be true or false (or ja/nein), not '{Shown.Text(text)}'", $"write '{key}: true' or '{key}: false'");
                return null;
        }
    }

    /// <summary>A number between <paramref name="min"/> and <paramref name="max"/>; a decimal comma and the unit may be written.</summary>
    public double? Number(string key, double min, double max, string unit, string unitWord)
    {
        var node = Value(key);
        if (node is null || IsEmpty(node))
        {
            return null;
        }

        if (node is not YamlScalarNode { Value: { } text })
        {
            TypeError(key, $"a number ({unitWord})", node);
            return null;
        }

        var digits = text.Trim();
        if (digits.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[..^unit.Length].TrimEnd();
        }

        if (!double.TryParse(digits.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number))
        {
            context.Error(DiagnosticCodes.InvalidValue, context.At(node), $"'{key}' must be a number ({unitWord}), not '{Shown.Text(text)}'", $"write e.g. '{key}: {min.ToString(CultureInfo.InvariantCulture)}'");
            return null;
        }

        if (number < min || number > max)
        {
            context.Error(DiagnosticCodes.InvalidValue, 
                context.At(node),
                $"'{key}' must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)} ({unitWord}), not {text.Trim()}");
            return null;
        }

        return number;
    }

    /// <summary>The most entries a list may have (a template goes through each; it stops after 10,000 steps).</summary>
    public const int MaxEntries = 1_000;

    /// <summary>The items of a list (block or <c>[a, b]</c>); empty when absent or empty, reported when not a list.</summary>
    public IReadOnlyList<YamlNode> List(string key, string expected, string hint)
    {
        var node = Value(key);
        if (node is null || IsEmpty(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            TypeError(key, expected, node, hint);
            return [];
        }

        if (sequence.Children.Count > MaxEntries)
        {
            context.Error(
                DiagnosticCodes.ListTooLong,
                KeyAt(key),
                $"'{key}' has {sequence.Children.Count.ToString("N0", CultureInfo.InvariantCulture)} entries; a list may have at most {MaxEntries.ToString("N0", CultureInfo.InvariantCulture)}",
                "check that the right file was chosen; a long list belongs in an attachment");
            return [];
        }

        var items = sequence.Children.ToList();
        for (var i = 0; i < items.Count; i++)
        {
            context.Positions[$"{path}{key}[{i.ToString(CultureInfo.InvariantCulture)}]"] = context.At(items[i]);
        }

        return items;
    }

    /// <summary>A list of one-line texts, e.g. address lines.</summary>
    public IReadOnlyList<string> Lines(string key, string hint)
    {
        var lines = new List<string>();
        foreach (var item in List(key, "a list of lines", hint))
        {
            if (item is YamlScalarNode { Value: { } text } && !IsEmpty(item))
            {
                lines.Add(text.Trim());
            }
            else if (!IsEmpty(item))
            {
                context.Error(DiagnosticCodes.WrongType, context.At(item), $"each entry of '{key}' must be one line of text, not {Describe(item)}", hint);
            }
        }

        return lines;
    }

    /// <summary>A list of mappings, each bound with <paramref name="entryKeys"/>; entries that are not mappings are reported.</summary>
    public IReadOnlyList<MappingBinder> Entries(string key, IReadOnlyList<KeyDeclaration> entryKeys, string hint)
    {
        var names = string.Join(", ", entryKeys.Select(k => k.Name));
        var entries = new List<MappingBinder>();
        var items = List(key, $"a list of entries ({names})", hint);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is YamlMappingNode mapping)
            {
                entries.Add(Bind(context, mapping, $"{path}{key}[{i.ToString(CultureInfo.InvariantCulture)}].", entryKeys, context.At(mapping)));
            }
            else if (IsEmpty(item))
            {
                context.Error(DiagnosticCodes.EmptyValue, context.At(item), $"an entry of '{key}' is empty", $"fill in the entry ({names}) or remove its '-' line");
            }
            else
            {
                context.Error(DiagnosticCodes.WrongType, context.At(item), $"each entry of '{key}' must be 'key: value' lines ({names}), not {Describe(item)}", hint);
            }
        }

        return entries;
    }

    /// <summary>A nested mapping bound with <paramref name="keys"/>; null when absent or empty, reported when not a mapping.</summary>
    public MappingBinder? Mapping(string key, IReadOnlyList<KeyDeclaration> keys, string hint)
    {
        var node = Value(key);
        if (node is null || IsEmpty(node))
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            TypeError(key, $"'key: value' lines ({string.Join(", ", keys.Select(k => k.Name))})", node, hint);
            return null;
        }

        return Bind(context, mapping, $"{path}{key}.", keys, context.At(mapping));
    }

    /// <summary>Reports a problem at the key whose full path (from the top of the file) is <paramref name="keyPath"/>.</summary>
    public void ErrorAt(DiagnosticCode code, string keyPath, string message, string? hint = null) =>
        context.Error(code, context.Positions.TryGetValue(keyPath, out var at) ? at : context.FileStart, message, hint);

    /// <summary>Reports a problem at the key.</summary>
    public void Error(DiagnosticCode code, string key, string message, string? hint = null) => context.Error(code, KeyAt(key), message, hint);

    private string? Scalar(string key, string expected, string emptyHint, Func<string, string> clean)
    {
        var node = Value(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            var hint = node is YamlMappingNode && expected == "text"
                ? $"if the text contains ': ', write '{key}: |' and the text on the lines below, indented by two spaces"
                : null;
            TypeError(key, expected, node, hint);
            return null;
        }

        if (scalar.Style is ScalarStyle.Plain && scalar.Value is { } plain && YamlDate().IsMatch(plain))
        {
            context.Warning(
                DiagnosticCodes.YamlDate,
                context.At(scalar),
                $"'{plain}' without quotes is a date to YAML editors and schemas, not a text",
                expected == "a date"
                    ? $"write the date as {(DateText.TryParse(plain, out var d) ? d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : "DD.MM.YYYY")}, or put it in quotes"
                    : $"put the value in quotes: {key}: \"{plain}\"");
        }

        var value = IsEmpty(scalar) ? string.Empty : clean(scalar.Value ?? string.Empty);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (specs[key].Required)
            {
                context.Error(DiagnosticCodes.EmptyValue, KeyAt(key), $"'{key}' must not be empty", emptyHint);
            }

            return null;
        }

        return value;
    }

    private void TypeError(string key, string expected, YamlNode node, string? hint = null) =>
        context.Error(DiagnosticCodes.WrongType, KeyAt(key), $"'{key}' must be {expected}, not {Describe(node)}", hint);

    /// <summary>A YAML 1.1 timestamp as editors read a plain scalar: YYYY-MM-DD, optionally with a time.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ][0-9].*)?$")]
    private static partial System.Text.RegularExpressions.Regex YamlDate();
}
