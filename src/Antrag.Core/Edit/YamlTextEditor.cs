using System.Globalization;
using System.Text;
using Antrag.Read.Keys;
using Antrag.Scaffold;
using YamlDotNet.Core;

namespace Antrag.Edit;

/// <summary>
/// Changes one value of a YAML text and nothing else: the value's characters are replaced (or a key's lines inserted or
/// removed) where the parser says they are, so comments, key order, quoting and indentation of the rest stay as written.
/// Each change is read back; one that would not read as intended is refused.
/// </summary>
internal static class YamlTextEditor
{
    private const string BrokenSource = "Der Quelltext enthält einen Fehler. Beheben Sie ihn im Quelltext; danach lässt sich das Formular wieder benutzen.";

    /// <summary>Sets the value at <paramref name="path"/> to <paramref name="value"/>; an empty value removes an optional key.</summary>
    public static string Set(string text, SourcePath path, string value, IReadOnlyList<KeyDeclaration> keys)
    {
        var map = Parse(text);
        var (declared, siblings) = Declared(path, keys);
        value = Clean(value, declared);
        var (key, node) = map.Find(path);
        var name = path.Last.Key;
        if (name is not null && value.Length == 0 && declared is not { Required: true } && declared is not { RequiredUnlessDraft: true } && declared is not { RequiredFor.Count: > 0 })
        {
            return key is null ? text : Remove(text, path);
        }

        string result;
        if (key is not null || (path.Last.Key is null && node is not null))
        {
            result = Replace(map, key, node!, value, declared);
        }
        else if (path.Last.Key is null)
        {
            throw new SourceEditException($"Den Eintrag {path} gibt es nicht (mehr).");
        }
        else
        {
            result = Insert(map, path.Parent, name!, Scalar(value, declared), keys, siblings);
        }

        var check = Parse(result).Find(path).Value;
        if (check is null || check.Kind != SourceNodeKind.Scalar || Same(Clean(check.Value, declared), value, declared) is false)
        {
            throw new SourceEditException($"Der Wert von {path} ließ sich nicht sicher schreiben; bitte im Quelltext ändern.");
        }

        return result;
    }

    /// <summary>Appends a line (<paramref name="line"/>) or an entry (<paramref name="entry"/>) to the list at <paramref name="path"/>.</summary>
    public static string Add(string text, SourcePath path, string? line, IReadOnlyList<KeyValuePair<string, string>>? entry, IReadOnlyList<KeyDeclaration> keys)
    {
        var map = Parse(text);
        var (declared, siblings) = Declared(path, keys);
        var item = entry is not null ? Entry(entry, declared) : Scalar(line ?? string.Empty, declared?.Type == KeyType.Lines ? null : declared);
        var (key, node) = map.Find(path);
        if (key is null || node is null)
        {
            if (path.Last.Key is not { } name)
            {
                throw new SourceEditException($"Die Liste {path} gibt es nicht.");
            }

            return Insert(map, path.Parent, name, new Written(string.Empty, [item]), keys, siblings);
        }

        if (node.IsEmpty)
        {
            var indent = map.ColumnOf(key.Start);
            var from = AfterColon(map, key);
            return Splice(map.Text, from, map.LineEnd(from), WithComment(ListText([item], indent + 2), TrailingComment(map, from)));
        }

        if (node.Kind != SourceNodeKind.Sequence)
        {
            throw new SourceEditException($"{path} ist im Quelltext keine Liste; bitte dort beheben.");
        }

        if (node.Flow)
        {
            if (entry is not null)
            {
                throw new SourceEditException($"{path} ist im Quelltext in eckigen Klammern geschrieben; Einträge bitte dort ergänzen.");
            }

            var close = node.End - 1;
            return Splice(map.Text, close, close, (node.Items.Count > 0 ? ", " : string.Empty) + Inline(line ?? string.Empty, ScalarStyle.Plain, flow: true));
        }

        var dash = map.ColumnOf(node.Start);
        var at = map.LineEnd(node.End);
        return Splice(map.Text, at, at, ListText([item], dash));
    }

    /// <summary>Removes the key or list item at <paramref name="path"/> with its lines.</summary>
    public static string Remove(string text, SourcePath path)
    {
        var map = Parse(text);
        var (key, node) = map.Find(path);
        if (node is null)
        {
            return text;
        }

        var parent = map.Find(path.Parent).Value ?? map.Root;
        if (path.Steps.Count == 1)
        {
            parent = map.Root;
        }

        if (parent.Flow)
        {
            if (parent.Kind != SourceNodeKind.Sequence)
            {
                throw new SourceEditException($"{path} steht in geschweiften Klammern; bitte im Quelltext entfernen.");
            }

            var kept = parent.Items.Where(i => i != node).Select(i => map.Text[i.Start..i.End]);
            return Splice(map.Text, parent.Start + 1, parent.End - 1, string.Join(", ", kept));
        }

        if (key is not null)
        {
            var end = PairEnd(key, node);
            if (StartsLine(map, key.Start))
            {
                return Splice(map.Text, map.LineStart(key.Start), Math.Min(map.Text.Length, map.LineEnd(end) + 1), string.Empty);
            }

            var index = parent.Pairs.FindIndex(p => p.Key == key);
            return index + 1 < parent.Pairs.Count
                ? Splice(map.Text, key.Start, parent.Pairs[index + 1].Key.Start, string.Empty)
                : Splice(map.Text, AfterColon(map, key), end, string.Empty);
        }

        var dash = Dash(map, node);
        return Splice(map.Text, map.LineStart(dash), Math.Min(map.Text.Length, map.LineEnd(node.End) + 1), string.Empty);
    }

    /// <summary>Moves the list item at <paramref name="path"/> by <paramref name="delta"/> (-1 or +1) with its lines.</summary>
    public static string Move(string text, SourcePath path, int delta)
    {
        var map = Parse(text);
        var list = map.Find(path.Parent).Value;
        var index = path.Last.Index;
        var other = index + Math.Sign(delta);
        if (list is not { Kind: SourceNodeKind.Sequence } || path.Last.Key is not null || index >= list.Items.Count || other < 0 || other >= list.Items.Count)
        {
            return text;
        }

        var (first, second) = (list.Items[Math.Min(index, other)], list.Items[Math.Max(index, other)]);
        if (list.Flow)
        {
            var items = list.Items.Select(i => map.Text[i.Start..i.End]).ToList();
            (items[index], items[other]) = (items[other], items[index]);
            return Splice(map.Text, list.Start + 1, list.End - 1, string.Join(", ", items));
        }

        var (aStart, aEnd) = (map.LineStart(Dash(map, first)), map.LineEnd(first.End));
        var (bStart, bEnd) = (map.LineStart(Dash(map, second)), map.LineEnd(second.End));
        var t = map.Text;
        return t[..aStart] + t[bStart..bEnd] + t[aEnd..bStart] + t[aStart..aEnd] + t[bEnd..];
    }

    private static YamlSourceMap Parse(string text) =>
        YamlSourceMap.Parse(text) is { Root.Kind: SourceNodeKind.Mapping, Root.Flow: false } map ? map : throw new SourceEditException(BrokenSource);

    /// <summary>The declaration of the key at <paramref name="path"/> (null if undeclared) and the declarations of its siblings.</summary>
    internal static (KeyDeclaration? Key, IReadOnlyList<KeyDeclaration> Siblings) Declared(SourcePath path, IReadOnlyList<KeyDeclaration> keys)
    {
        KeyDeclaration? current = null;
        var level = keys;
        foreach (var (name, _) in path.Steps)
        {
            if (name is null)
            {
                continue;
            }

            level = current?.Children ?? level;
            current = level.FirstOrDefault(k => k.Name == name);
            if (current is null)
            {
                return (null, level);
            }
        }

        return (current, level);
    }

    /// <summary>Whether a value read back is the one written (ja and nein stand for true and false).</summary>
    private static bool Same(string read, string written, KeyDeclaration? key) =>
        read == written || (key?.Type == KeyType.Bool && (read.ToLowerInvariant() switch { "ja" => "true", "nein" => "false", var r => r }) == written);

    /// <summary>A value as the reader keeps it: texts without trailing line breaks, one-line values trimmed.</summary>
    private static string Clean(string value, KeyDeclaration? key)
    {
        value = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return key?.Type switch
        {
            KeyType.Text => value.TrimEnd('\n'),
            KeyType.Lines or null => value.Trim(),
            _ => value.Replace('\n', ' ').Trim(),
        };
    }

    /// <summary>A value to write: its inline form or its lines.</summary>
    private sealed record Written(string Inline, IReadOnlyList<Written>? Items = null, IReadOnlyList<(string Key, Written Value)>? Pairs = null, string? Block = null);

    private static Written Scalar(string value, KeyDeclaration? key)
    {
        var multiline = value.Contains('\n', StringComparison.Ordinal);
        if (multiline && key?.Type is not KeyType.Text and not KeyType.Lines and not null)
        {
            value = value.Replace('\n', ' ');
            multiline = false;
        }

        return multiline && BlockSafe(value) ? new Written(string.Empty, Block: value) : new Written(Inline(value, ScalarStyle.Plain, flow: false));
    }

    private static Written Entry(IReadOnlyList<KeyValuePair<string, string>> entry, KeyDeclaration? list)
    {
        var children = list?.Children ?? [];
        var pairs = entry
            .Where(p => p.Value.Length > 0 || children.FirstOrDefault(c => c.Name == p.Key)?.Required == true)
            .OrderBy(p => children.ToList().FindIndex(c => c.Name == p.Key) is var i and >= 0 ? i : int.MaxValue)
            .Select(p => (p.Key, Scalar(Clean(p.Value, children.FirstOrDefault(c => c.Name == p.Key)), children.FirstOrDefault(c => c.Name == p.Key))))
            .ToList();
        if (pairs.Count == 0)
        {
            throw new SourceEditException("Ein neuer Eintrag braucht mindestens einen Wert.");
        }

        if (pairs.Any(p => SourcePath.Parse(p.Key) is not { Steps.Count: 1 }))
        {
            throw new SourceEditException("Ein Schlüssel eines Eintrags ist kein Wort.");
        }

        return new Written(string.Empty, Pairs: pairs);
    }

    /// <summary>Whether a text can be written as a literal block: no leading blank, no characters YAML does not allow there.</summary>
    private static bool BlockSafe(string value) =>
        value.Length > 0 && value[0] is not ' ' and not '\t' and not '\n' && value.All(c => c == '\n' || c == '\t' || (!char.IsControl(c) && c != '\uFEFF'));

    /// <summary>A one-line scalar: in <paramref name="style"/> when it can hold the value, else plain when safe, else double-quoted.</summary>
    private static string Inline(string value, ScalarStyle style, bool flow)
    {
        if (style == ScalarStyle.SingleQuoted && !value.Contains('\n', StringComparison.Ordinal) && value.All(c => !char.IsControl(c)))
        {
            return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        }

        var formatted = YamlScalar.Format(value);
        var plain = formatted == value;
        if (style == ScalarStyle.DoubleQuoted && plain)
        {
            return "\"" + formatted.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        }

        if (flow && plain && formatted.AsSpan().IndexOfAny(",[]{}") >= 0)
        {
            return "\"" + formatted.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        }

        return formatted;
    }

    /// <summary>Replaces the value of an existing key (or list item) with a scalar.</summary>
    private static string Replace(YamlSourceMap map, SourceNode? key, SourceNode node, string value, KeyDeclaration? declared)
    {
        var text = map.Text;
        var indent = key is not null ? map.ColumnOf(key.Start) : map.ColumnOf(Dash(map, node));
        if (declared?.Type == KeyType.Bool && node.Kind == SourceNodeKind.Scalar && node.Value.Trim().ToLowerInvariant() is "ja" or "nein")
        {
            value = value == "true" ? Case(node.Value, "ja") : value == "false" ? Case(node.Value, "nein") : value;
        }

        var written = Scalar(value, declared);
        if (node.IsBlockScalar && value.Length == 0)
        {
            // An emptied block text keeps its 'key: |', so that what is typed next becomes a block again.
            var header = map.LineEnd(node.Start);
            return Splice(text, header, Math.Max(header, node.End), string.Empty);
        }

        if (key is not null && value.Length == 0 && node.Kind == SourceNodeKind.Scalar)
        {
            // An emptied value leaves 'key:' (and its comment), so that what is typed next is written plain.
            return node.IsEmpty ? text : Splice(text, AfterColon(map, key), node.End, string.Empty);
        }

        if (node.Kind == SourceNodeKind.Scalar && !node.IsEmpty)
        {
            var keepBlock = node.IsBlockScalar && declared?.Type is KeyType.Text or KeyType.Lines && BlockSafe(value);
            if (written.Block is null && !keepBlock)
            {
                return Splice(text, node.Start, node.End, Inline(value, node.Style, InFlow(map, node)));
            }

            if (node.IsBlockScalar && (written.Block ?? value) is var lines && BlockSafe(lines))
            {
                var header = map.LineEnd(node.Start);
                var content = Math.Min(header + 1, text.Length);
                var own = content < node.End ? Indentation(text, content, node.End) : indent + 2;
                var replaced = Splice(text, header, Math.Max(header, node.End), "\n" + Lines(lines, own));
                return node.Style == ScalarStyle.Folded ? Splice(replaced, node.Start, node.Start + 1, "|") : replaced;
            }

            if (written.Block is null)
            {
                return Splice(text, node.Start, node.End, Inline(value, ScalarStyle.DoubleQuoted, InFlow(map, node)));
            }

            if (InFlow(map, node))
            {
                return Splice(text, node.Start, node.End, Inline(value, ScalarStyle.DoubleQuoted, flow: true));
            }

            var lineEnd = map.LineEnd(node.End);
            var comment = text[node.End..lineEnd].Trim();
            return Splice(text, node.Start, lineEnd, "|" + (comment.StartsWith('#') ? " " + comment : string.Empty) + "\n" + Lines(written.Block, indent + 2));
        }

        if (key is null)
        {
            if (node.Kind == SourceNodeKind.Scalar)
            {
                throw new SourceEditException("Ein leerer Listeneintrag lässt sich nur im Quelltext füllen.");
            }

            return Splice(text, node.Start, node.End, Inline(value, ScalarStyle.DoubleQuoted, flow: true));
        }

        var from = AfterColon(map, key);
        var to = node.IsEmpty ? map.LineEnd(from) : Math.Max(from, node.End);
        var tail = node.IsEmpty ? TrailingComment(map, from) : string.Empty;
        return Splice(text, from, to, WithComment(ValueText(written, indent), tail));
    }

    private static string Case(string like, string word) =>
        like.Trim() switch
        {
            var s when s.Length > 0 && s.All(char.IsUpper) => word.ToUpperInvariant(),
            var s when s.Length > 0 && char.IsUpper(s[0]) => char.ToUpperInvariant(word[0]) + word[1..],
            _ => word,
        };

    /// <summary>Inserts the key <paramref name="name"/> into the mapping at <paramref name="parentPath"/>, after the keys declared before it.</summary>
    private static string Insert(YamlSourceMap map, SourcePath parentPath, string name, Written value, IReadOnlyList<KeyDeclaration> keys, IReadOnlyList<KeyDeclaration> siblings)
    {
        var isRoot = parentPath.Steps.Count == 0;
        var (parentKey, parent) = isRoot ? (null, map.Root) : map.Find(parentPath);
        if (parent is null || parent.IsEmpty)
        {
            if (isRoot || parentPath.Last.Key is not { } parentName)
            {
                throw new SourceEditException($"Den Eintrag {parentPath} gibt es nicht (mehr).");
            }

            var nested = new Written(string.Empty, Pairs: [(name, value)]);
            if (parent is null)
            {
                var (_, grandSiblings) = Declared(parentPath, keys);
                return Insert(map, parentPath.Parent, parentName, nested, keys, grandSiblings);
            }

            var from = AfterColon(map, parentKey!);
            return Splice(map.Text, from, map.LineEnd(from), WithComment(ValueText(nested, map.ColumnOf(parentKey!.Start)), TrailingComment(map, from)));
        }

        if (parent.Kind != SourceNodeKind.Mapping || parent.Flow || parent.Pairs.Count == 0)
        {
            throw new SourceEditException($"{(isRoot ? "Die Datei" : parentPath.ToString())} ist im Quelltext anders aufgebaut als erwartet; bitte dort ergänzen.");
        }

        var order = siblings.Select(k => k.Name).ToList();
        var rank = order.IndexOf(name);
        var indent = map.ColumnOf(parent.Pairs[0].Key.Start);
        var line = name + ":" + ValueText(value, indent);
        var before = parent.Pairs.LastOrDefault(p => order.IndexOf(p.Key.Value) is var r && r >= 0 && (rank < 0 || r < rank));
        if (before.Key is null && StartsLine(map, parent.Pairs[0].Key.Start))
        {
            var at = map.LineStart(parent.Pairs[0].Key.Start);
            return Splice(map.Text, at, at, new string(' ', indent) + line + "\n");
        }

        var after = before.Key is null ? parent.Pairs[0] : before;
        if (rank < 0)
        {
            after = parent.Pairs[^1];
        }

        var end = map.LineEnd(PairEnd(after.Key, after.Value));
        return Splice(map.Text, end, end, "\n" + new string(' ', indent) + line);
    }

    /// <summary>What follows <c>key:</c> for a value: <c> value</c>, a block (<c> |</c> and indented lines), a list or nested keys.</summary>
    private static string ValueText(Written value, int indent)
    {
        if (value.Block is { } block)
        {
            return " |\n" + Lines(block, indent + 2);
        }

        if (value.Items is { } items)
        {
            return ListText(items, indent + 2);
        }

        if (value.Pairs is { } pairs)
        {
            return string.Concat(pairs.Select(p => "\n" + new string(' ', indent + 2) + p.Key + ":" + ValueText(p.Value, indent + 2)));
        }

        return value.Inline.Length == 0 || value.Inline == "\"\"" ? string.Empty : " " + value.Inline;
    }

    /// <summary>A value's text with the comment that stood after the empty value: on the key's line, never inside a block.</summary>
    private static string WithComment(string valueText, string comment) =>
        comment.Length == 0 ? valueText
        : valueText.StartsWith(" |\n", StringComparison.Ordinal) ? " |" + comment + valueText[2..]
        : valueText.StartsWith('\n') ? comment + valueText
        : valueText + comment;

    /// <summary>List items, each on a new line with its dash at <paramref name="dash"/>.</summary>
    private static string ListText(IReadOnlyList<Written> items, int dash)
    {
        var sb = new StringBuilder();
        foreach (var item in items)
        {
            sb.Append('\n').Append(' ', dash).Append('-');
            if (item.Pairs is { } pairs)
            {
                for (var i = 0; i < pairs.Count; i++)
                {
                    sb.Append(i == 0 ? " " : "\n" + new string(' ', dash + 2)).Append(pairs[i].Key).Append(':').Append(ValueText(pairs[i].Value, dash + 2));
                }
            }
            else
            {
                sb.Append(ValueText(item, dash));
            }
        }

        return sb.ToString();
    }

    /// <summary>The lines of a block text indented by <paramref name="indent"/> spaces (empty lines stay empty).</summary>
    private static string Lines(string value, int indent) =>
        string.Join("\n", value.Split('\n').Select(l => l.Length == 0 ? string.Empty : new string(' ', indent) + l));

    /// <summary>The indentation of the first line with text between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static int Indentation(string text, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var spaces = 0;
            while (i + spaces < to && text[i + spaces] == ' ')
            {
                spaces++;
            }

            if (i + spaces < to && text[i + spaces] != '\n')
            {
                return spaces;
            }

            var next = text.IndexOf('\n', i);
            if (next < 0)
            {
                break;
            }

            i = next + 1;
        }

        return 2;
    }

    /// <summary>The offset just after the colon that ends <paramref name="key"/>.</summary>
    private static int AfterColon(YamlSourceMap map, SourceNode key)
    {
        var colon = map.Text.IndexOf(':', key.End);
        return colon < 0 ? key.End : colon + 1;
    }

    /// <summary>A comment written after an empty value on the line from <paramref name="from"/> (with its spaces), or empty.</summary>
    private static string TrailingComment(YamlSourceMap map, int from)
    {
        var rest = map.Text[from..map.LineEnd(from)];
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? string.Empty : "  " + rest[hash..].TrimEnd();
    }

    /// <summary>Where a key and its value end (an empty value ends at its key).</summary>
    private static int PairEnd(SourceNode key, SourceNode value) => value.IsEmpty ? key.End : Math.Max(key.End, value.End);

    /// <summary>Whether only spaces stand before <paramref name="index"/> on its line.</summary>
    private static bool StartsLine(YamlSourceMap map, int index) => map.Text.AsSpan(map.LineStart(index), index - map.LineStart(index)).Trim(' ').IsEmpty;

    /// <summary>The offset of the dash that starts a block list item.</summary>
    private static int Dash(YamlSourceMap map, SourceNode item)
    {
        var p = item.Start - 1;
        while (p >= 0 && char.IsWhiteSpace(map.Text[p]))
        {
            p--;
        }

        if (p < 0 || map.Text[p] != '-')
        {
            throw new SourceEditException("Dieser Listeneintrag ist im Quelltext anders geschrieben als erwartet; bitte dort ändern.");
        }

        return p;
    }

    /// <summary>Whether a node stands inside a flow collection (<c>[…]</c> or <c>{…}</c>), where plain values may not hold commas or brackets.</summary>
    private static bool InFlow(YamlSourceMap map, SourceNode node)
    {
        var p = node.Start - 1;
        while (p >= 0 && map.Text[p] == ' ')
        {
            p--;
        }

        return p >= 0 && map.Text[p] is '[' or ',' or '{';
    }

    private static string Splice(string text, int from, int to, string insert) =>
        string.Concat(text.AsSpan(0, from), insert, text.AsSpan(to));

    internal static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
