using Antrag.Diagnostics;
using Antrag.Read.Keys;
using YamlDotNet.RepresentationModel;

namespace Antrag.Read;

/// <summary>
/// Reads a YAML mapping through its declared keys: checks every key (unknown, missing, wrong shape, values not allowed) and
/// returns the values it could read, by key, with each key's position recorded. The one reader of every declared key.
/// With <c>openKinds</c>, a kind of document it does not know is taken as written, to be checked
/// against the kinds the profile declares once the profile is read.
/// </summary>
internal sealed class KeyBinder(ReadContext context, DocumentDeclaration document, string folder, bool openKinds = false)
{
    /// <summary>Reads <paramref name="node"/> as the top level of the document; <paramref name="top"/> is its binder, for rules across keys.</summary>
    public KeyValues Bind(YamlMappingNode node, out MappingBinder top)
    {
        top = MappingBinder.Bind(context, node, string.Empty, document.Keys, context.FileStart);
        return Bind(top, document.Keys);
    }

    private KeyValues Bind(MappingBinder map, IReadOnlyList<KeyDeclaration> keys)
    {
        var values = new KeyValues();
        foreach (var key in keys)
        {
            if (!map.Has(key.Name))
            {
                continue;
            }

            var value = Read(map, key);
            if (value is not null)
            {
                values[key.Name] = value;
            }
        }

        return values;
    }

    private object? Read(MappingBinder map, KeyDeclaration key) => key.Type switch
    {
        KeyType.Text => map.Text(key.Name),
        KeyType.Line => map.Line(key.Name) ?? (key.EmptyAllowed && map.Value(key.Name) is YamlScalarNode ? string.Empty : null),
        KeyType.Date => map.Date(key.Name),
        KeyType.Bool => map.Bool(key.Name),
        KeyType.Number => map.Number(key.Name, key.Minimum, key.Maximum, key.Unit.Symbol, key.Unit.Word),
        KeyType.Choice => Choice(map, key, key.AcceptedSpellings(), key.Choices),
        KeyType.Kind when openKinds && map.Line(key.Name) is { } written && !document.KindSpellings().ContainsKey(written) => written,
        KeyType.Kind => Choice(map, key, document.KindSpellings(), document.Kinds.Select(k => k.Name).ToList()),
        KeyType.Color => Color(map, key),
        KeyType.File => ExistingFile(map, key),
        KeyType.Lines => map.Lines(key.Name, key.ShapeHint ?? $"write each entry of '{key.Name}' as '- …' on its own line"),
        KeyType.Mapping => map.Mapping(key.Name, key.Children, key.ShapeHint ?? $"write the keys below '{key.Name}:', indented by two spaces") is { } sub
            ? Bind(sub, key.Children)
            : null,
        KeyType.Entries => map.Entries(key.Name, key.Children, key.ShapeHint ?? $"start each entry of '{key.Name}' with '- ' on its own line")
            .Select(entry => Bind(entry, key.Children)).ToList(),
        KeyType.LineNumbering => LineNumberingReader.Read(map, key) is { } numbering ? numbering : null,
        KeyType.Language => Language(map, key),
        _ => throw new InvalidOperationException($"key type {key.Type} has no reader"),
    };

    /// <summary>One of <paramref name="choices"/> as written or in one of its accepted spellings; else an error with the closest choice.</summary>
    private static string? Choice(MappingBinder map, KeyDeclaration key, IReadOnlyDictionary<string, string> accepted, IReadOnlyList<string> choices)
    {
        var written = map.Line(key.Name);
        if (written is null)
        {
            return null;
        }

        if (accepted.TryGetValue(written, out var value))
        {
            return value;
        }

        var suggestion = KeySuggester.Suggest(written, accepted.Keys);
        var meant = suggestion is null ? null : accepted[suggestion];
        var list = choices.Count == 2 ? $"'{choices[0]}' or '{choices[1]}'" : "one of " + string.Join(", ", choices);
        var (code, message) = key.Type == KeyType.Kind
            ? (DiagnosticCodes.UnknownKind, $"unknown kind of document '{written}'" + (meant is null ? string.Empty : $" (did you mean '{meant}'?)"))
            : (DiagnosticCodes.InvalidValue, $"'{key.Name}' must be {list}, not '{written}'" + (meant is null ? string.Empty : $" (did you mean '{meant}'?)"));
        var hint = key.Type == KeyType.Kind ? "kinds: " + string.Join(", ", choices) : key.ChoiceHint ?? $"write e.g. '{key.Name}: {choices[0]}'";
        map.Error(code, key.Name, message, hint);
        return null;
    }

    private static string? Color(MappingBinder map, KeyDeclaration key)
    {
        var quoteHint = $"write the colour in quotes, e.g. {key.Name}: \"#1f4e79\" (without quotes YAML reads '#' as the start of a comment)";
        if (map.Value(key.Name) is { } node && MappingBinder.IsEmpty(node))
        {
            map.Error(DiagnosticCodes.EmptyValue, key.Name, $"'{key.Name}' is empty", quoteHint);
            return null;
        }

        var value = map.Line(key.Name);
        if (value is null)
        {
            return null;
        }

        if (value.Length != 7 || value[0] != '#' || !value.Skip(1).All(char.IsAsciiHexDigit))
        {
            map.Error(DiagnosticCodes.InvalidValue, key.Name, $"'{key.Name}' must be a colour like \"#1f4e79\", not '{value}'", "write '#' and six hexadecimal digits (RRGGBB), in quotes");
            return null;
        }

        return value;
    }

    /// <summary>A language tag as BCP 47 writes it (letters, then parts of letters and digits after '-'), as PDF's /Lang takes it.</summary>
    private static string? Language(MappingBinder map, KeyDeclaration key)
    {
        var value = map.Line(key.Name);
        if (value is null)
        {
            return null;
        }

        if (!IsLanguageTag(value))
        {
            map.Error(DiagnosticCodes.InvalidValue, key.Name, $"'{key.Name}' must be a language tag like 'de-DE', not '{value}'", "write the language as a code: de-DE (German), en-GB (English), fr-FR (French), nds (Low German)");
            return null;
        }

        return value;
    }

    /// <summary>Whether <paramref name="tag"/> has the shape of a BCP 47 language tag: 1–8 letters, then '-' and 1–8 letters or digits, repeated.</summary>
    public static bool IsLanguageTag(string tag)
    {
        var parts = tag.Split('-');
        return parts[0].Length is >= 1 and <= 8 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    /// <summary>A path relative to the folder of the file being read that names an existing file (with one of the declared endings); its full path.</summary>
    private string? ExistingFile(MappingBinder map, KeyDeclaration key)
    {
        var written = map.Line(key.Name);
        if (written is null)
        {
            return null;
        }

        var label = map.PathOf(key.Name);
        if (key.Extensions.Count > 0 && !key.Extensions.Contains(Path.GetExtension(written), StringComparer.OrdinalIgnoreCase))
        {
            map.Error(DiagnosticCodes.InvalidValue, key.Name, $"'{label}' must be {string.Join(" or ", key.Extensions.Select(e => "a " + e + " file"))}, not '{written}'", key.ExtensionHint);
            return null;
        }

        var of = document.Name == "fraktion" ? "the profile" : "the motion";
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(folder, written.Replace('\\', '/')));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            map.Error(DiagnosticCodes.InvalidPath, key.Name, $"'{label}' is not a valid path: '{written}'", $"write a path relative to the folder of {of}, e.g. '{key.Example ?? "datei.png"}'");
            return null;
        }

        if (!File.Exists(full))
        {
            map.Error(DiagnosticCodes.FileNotFound, key.Name, $"'{label}': file '{written}' not found", $"looked for {full}; the path is relative to the folder of {of}");
            return null;
        }

        return full;
    }
}
