using System.Text;
using Antrag.Read;
using Antrag.Read.Keys;

namespace Antrag.Edit;

/// <summary>
/// Makes a form's edits in a motion's source text (YAML, or Markdown with front matter) so that only the edited value changes:
/// comments, key order, quoting and indentation of everything else stay as the user wrote them. Also outlines a source for
/// the form: its values as written and the lines of each field.
/// </summary>
public static class MotionSourceEditor
{
    /// <summary>Applies <paramref name="edits"/> in order to the text of the file named <paramref name="fileName"/>; throws <see cref="SourceEditException"/> when one cannot be made.</summary>
    public static string Apply(string text, string fileName, IReadOnlyList<SourceEdit> edits, DocumentDeclaration? declaration = null)
    {
        declaration ??= MotionKeys.Declaration;
        var bom = text.StartsWith('\uFEFF');
        var crlf = text.Contains("\r\n", StringComparison.Ordinal);
        var body = YamlLoaderText(text);
        var markdown = IsMarkdown(fileName);
        foreach (var edit in edits)
        {
            var path = SourcePath.Parse(edit.Path) ?? throw new SourceEditException($"„{edit.Path}“ ist kein Feld eines Antrags.");
            body = markdown ? Markdown(body, path, edit, declaration) : Yaml(body, path, edit, declaration.Keys);
        }

        if (crlf)
        {
            body = body.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        return bom ? "\uFEFF" + body : body;
    }

    /// <summary>The values and field lines of a motion's source; null when it cannot be read as YAML (or has no front matter).</summary>
    public static MotionSourceOutline? Outline(string text, string fileName)
    {
        var yaml = YamlLoaderText(text);
        Func<int, int> lineOf = line => line;
        if (IsMarkdown(fileName))
        {
            var context = new ReadContext(fileName);
            if (FrontMatter.ToYaml(yaml, context) is not { } converted || context.HasErrors)
            {
                return null;
            }

            yaml = converted;
            lineOf = context.LineMap ?? lineOf;
        }

        if (YamlSourceMap.Parse(yaml) is not { Root: { Kind: SourceNodeKind.Mapping } root } map)
        {
            return null;
        }

        var fields = new List<FieldRange>();
        var values = Pairs(map, root, string.Empty, fields, lineOf);
        return new MotionSourceOutline(values, fields);
    }

    /// <summary>Whether the file is a Markdown motion (by its name).</summary>
    public static bool IsMarkdown(string fileName) => fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static string YamlLoaderText(string text) => YamlLoader.Normalize(text);

    private static List<KeyValuePair<string, object?>> Pairs(YamlSourceMap map, SourceNode mapping, string prefix, List<FieldRange> fields, Func<int, int> lineOf)
    {
        var result = new List<KeyValuePair<string, object?>>();
        foreach (var (key, value) in mapping.Pairs)
        {
            if (key.Kind != SourceNodeKind.Scalar || result.Exists(p => p.Key == key.Value))
            {
                continue;
            }

            var path = prefix + key.Value;
            fields.Add(new FieldRange(path, lineOf(map.LineOf(key.Start)), lineOf(map.LineOf(value.IsEmpty ? key.End : Math.Max(key.End, value.End)))));
            result.Add(new(key.Value, Value(map, value, path, fields, lineOf)));
        }

        return result;
    }

    private static object? Value(YamlSourceMap map, SourceNode node, string path, List<FieldRange> fields, Func<int, int> lineOf)
    {
        switch (node.Kind)
        {
            case SourceNodeKind.Scalar:
                return node.IsEmpty ? string.Empty : node.Value;
            case SourceNodeKind.Mapping:
                return Pairs(map, node, path + ".", fields, lineOf);
            case SourceNodeKind.Sequence:
                var items = new List<object?>();
                for (var i = 0; i < node.Items.Count; i++)
                {
                    var item = node.Items[i];
                    var itemPath = path + "[" + YamlTextEditor.Number(i) + "]";
                    fields.Add(new FieldRange(itemPath, lineOf(map.LineOf(item.Start)), lineOf(map.LineOf(Math.Max(item.Start, item.End)))));
                    items.Add(Value(map, item, itemPath, fields, lineOf));
                }

                return items;
            default:
                return null;
        }
    }

    private static string Yaml(string text, SourcePath path, SourceEdit edit, IReadOnlyList<KeyDeclaration> keys) => edit.Kind switch
    {
        SourceEditKind.Set => YamlTextEditor.Set(text, path, edit.Text ?? string.Empty, keys),
        SourceEditKind.Add => YamlTextEditor.Add(text, path, edit.Text, edit.Entry, keys),
        SourceEditKind.Remove => YamlTextEditor.Remove(text, path),
        _ => YamlTextEditor.Move(text, path, edit.Delta),
    };

    /// <summary>An edit of a Markdown motion: in its front matter, or of a <c>## </c> section for the long texts.</summary>
    private static string Markdown(string text, SourcePath path, SourceEdit edit, DocumentDeclaration declaration)
    {
        var parts = MarkdownMotionText.Parse(text)
            ?? throw new SourceEditException("Der Kopf der Markdown-Datei (zwischen zwei Zeilen mit ---) ist nicht vollständig; bitte im Quelltext beheben.");
        var front = text[parts.FrontStart..parts.FrontEnd];
        var inFront = YamlSourceMap.Parse(front)?.Root.Get(path.Top) is not null;
        if (inFront || FrontMatter.SectionKey(path.Top) != path.Top)
        {
            return text[..parts.FrontStart] + Yaml(front, path, edit, declaration.Keys) + text[parts.FrontEnd..];
        }

        if (path.Steps.Count == 1 && edit.Kind is SourceEditKind.Set or SourceEditKind.Remove)
        {
            var value = edit.Kind == SourceEditKind.Set ? (edit.Text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n') : string.Empty;
            return WriteSection(text, parts, path.Top, value, declaration);
        }

        if (path.Top != "fragen")
        {
            throw new SourceEditException($"{path} lässt sich in einer Markdown-Datei nur im Quelltext ändern.");
        }

        // The questions of a '## Fragen' section: the list is changed as a whole and written again as a numbered list.
        var questions = Outline(text, "x.md")?.Values.FirstOrDefault(p => p.Key == "fragen").Value as IReadOnlyList<object?> ?? [];
        var list = questions.Select(q => (q as string ?? string.Empty).Trim()).ToList();
        var index = path.Steps.Count > 1 ? path.Steps[1].Index : -1;
        switch (edit.Kind)
        {
            case SourceEditKind.Set when index >= 0 && index < list.Count:
                list[index] = (edit.Text ?? string.Empty).Trim();
                break;
            case SourceEditKind.Add:
                list.Add((edit.Text ?? string.Empty).Trim());
                break;
            case SourceEditKind.Remove when index >= 0 && index < list.Count:
                list.RemoveAt(index);
                break;
            case SourceEditKind.Move when index >= 0 && index + Math.Sign(edit.Delta) is var other && other >= 0 && other < list.Count && index < list.Count:
                (list[index], list[other]) = (list[other], list[index]);
                break;
            default:
                throw new SourceEditException($"Die Frage {path} gibt es nicht (mehr).");
        }

        var numbered = new StringBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            var lines = list[i].Split('\n');
            numbered.Append(i == 0 ? string.Empty : "\n").Append(YamlTextEditor.Number(i + 1)).Append(". ").Append(lines[0]);
            foreach (var more in lines.Skip(1))
            {
                numbered.Append("\n   ").Append(more.Trim());
            }
        }

        return WriteSection(text, parts, "fragen", numbered.ToString(), declaration);
    }

    /// <summary>Writes the section of <paramref name="key"/> with <paramref name="value"/> as its body (a new section in declared order); an empty value removes it.</summary>
    private static string WriteSection(string text, MarkdownMotionText parts, string key, string value, DocumentDeclaration declaration)
    {
        var section = parts.Section(key);
        if (section is not null)
        {
            var last = section.End >= text.Length;
            return value.Length == 0
                ? text[..section.HeadingStart] + text[section.End..]
                : text[..section.BodyStart] + "\n" + value + "\n" + (last ? string.Empty : "\n") + text[section.End..];
        }

        if (value.Length == 0)
        {
            return text;
        }

        var order = declaration.Keys.Select(k => k.Name).ToList();
        var rank = order.IndexOf(key);
        var later = parts.Sections.FirstOrDefault(s => s.Key is { } k && order.IndexOf(k) > rank);
        var heading = "## " + FrontMatter.SectionTitle(key) + "\n\n" + value + "\n";
        if (later is not null)
        {
            return text[..later.HeadingStart] + heading + "\n" + text[later.HeadingStart..];
        }

        var head = text.EndsWith("\n\n", StringComparison.Ordinal) ? text : text.EndsWith('\n') ? text + "\n" : text + "\n\n";
        return head + heading;
    }
}
