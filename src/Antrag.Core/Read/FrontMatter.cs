using Antrag.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Antrag.Read;

/// <summary>
/// The second input format: a Markdown file whose YAML front matter (between <c>---</c> lines) holds the keys and
/// whose <c>## </c> sections hold the long texts. It is turned into the equivalent YAML, with a line map so that
/// every diagnostic still points into the .md file.
/// </summary>
internal static partial class FrontMatter
{
    /// <summary>Section headings (folded: lower case, umlauts as ae/oe/ue) and the key each one fills.</summary>
    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["beschlussentwurf"] = "beschlussentwurf",
        ["beschlussvorschlag"] = "beschlussentwurf",
        ["begruendung"] = "begruendung",
        ["vorbemerkung"] = "vorbemerkung",
        ["fragen"] = "fragen",
        ["begruendung der dringlichkeit"] = "dringlichkeit",
        ["dringlichkeit"] = "dringlichkeit",
    };

    /// <summary>Keys of site generators (Hugo, Jekyll, Eleventy, …) that mean a key of antrag's.</summary>
    private static readonly Dictionary<string, string> ForeignKeys = new(StringComparer.Ordinal)
    {
        ["title"] = "betreff",
        ["date"] = "datum",
        ["draft"] = "entwurf",
    };

    /// <summary>Keys of site generators that antrag has no use for; they are left out with a note.</summary>
    private static readonly HashSet<string> IgnoredKeys = new(StringComparer.Ordinal)
    {
        "layout", "summary", "description", "tags", "categories", "author", "authors", "slug", "weight", "lastmod", "aliases",
        "type", "permalink", "url", "image", "images", "toc", "keywords", "series", "publishdate", "expirydate", "menu", "sitemap",
    };

    /// <summary>The YAML equivalent of a front-matter Markdown motion; null (with an error) when there is no front matter.</summary>
    public static string? ToYaml(string markdown, ReadContext context)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            context.Error(DiagnosticCodes.FrontMatter, context.FileStart, "a Markdown motion must start with a '---' line and its keys (front matter)", "write '---', then 'datum: …', 'betreff: …' and so on, then '---', then the texts as '## Beschlussentwurf' and '## Begründung' sections");
            return null;
        }

        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (end < 0)
        {
            context.Error(DiagnosticCodes.FrontMatter, context.FileStart, "the front matter is not closed by a '---' line", "add a line with '---' after the last key");
            return null;
        }

        var yaml = new StringBuilder();
        var map = new List<int>();
        var ignoring = false;
        for (var i = 1; i < end; i++)
        {
            yaml.Append(Translate(lines[i], i + 1, context, ref ignoring)).Append('\n');
            map.Add(i + 1);
        }

        var frontKeys = lines[1..end].Select(l => TopKey().Match(l)).Where(m => m.Success)
            .Select(m => ForeignKeys.GetValueOrDefault(m.Groups[1].Value) ?? m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        var i2 = end + 1;
        while (i2 < lines.Length)
        {
            var heading = Heading().Match(lines[i2]);
            if (!heading.Success)
            {
                if (lines[i2].Trim().Length > 0)
                {
                    // Reported once for the stretch of text; the rest of the file is still read, so every other problem shows too.
                    context.Error(DiagnosticCodes.TextOutsideSection, new(context.DisplayPath, i2 + 1, 1), "text outside a section", "start the text with a heading such as '## Beschlussentwurf' or '## Begründung'");
                    while (i2 < lines.Length && !Heading().IsMatch(lines[i2]))
                    {
                        i2++;
                    }

                    continue;
                }

                i2++;
                continue;
            }

            var title = Title(heading.Groups[1].Value).Trim();
            var headingLine = i2 + 1;
            var body = new List<string>();
            i2++;
            while (i2 < lines.Length && !Heading().IsMatch(lines[i2]))
            {
                body.Add(lines[i2]);
                i2++;
            }

            // Blank lines at the start removed at once (one at a time, a million of them took minutes).
            var blank = body.FindIndex(l => l.Trim().Length > 0);
            body.RemoveRange(0, blank < 0 ? body.Count : blank);

            while (body.Count > 0 && body[^1].Trim().Length == 0)
            {
                body.RemoveAt(body.Count - 1);
            }

            var folded = KeySuggester.Fold(title).ToLowerInvariant();
            if (!Sections.TryGetValue(folded, out var key))
            {
                var suggestion = KeySuggester.Suggest(title, Sections.Keys);
                context.Error(DiagnosticCodes.UnknownSection, 
                    new(context.DisplayPath, headingLine, 1),
                    suggestion is null ? $"unknown section '## {Shown.Text(title)}'" : $"unknown section '## {Shown.Text(title)}' (did you mean '## {Display(suggestion)}'?)",
                    "sections: Beschlussentwurf (or Beschlussvorschlag), Begründung, Vorbemerkung, Fragen, Begründung der Dringlichkeit");
                continue;
            }

            if (frontKeys.Contains(key) || !seen.Add(key))
            {
                context.Error(DiagnosticCodes.GivenTwice, new(context.DisplayPath, headingLine, 1), $"'{key}' is given twice: in the front matter or another section, and as '## {Shown.Text(title)}'", "keep one of them");
                continue;
            }

            if (key == "fragen")
            {
                yaml.Append("fragen:\n");
                map.Add(headingLine);
                foreach (var (question, line) in Questions(body, headingLine + 1))
                {
                    yaml.Append("  - |\n");
                    map.Add(line);
                    foreach (var q in question.Split('\n'))
                    {
                        yaml.Append("    ").Append(q).Append('\n');
                        map.Add(line);
                    }
                }

                continue;
            }

            yaml.Append(key).Append(": |\n");
            map.Add(headingLine);
            for (var k = 0; k < body.Count; k++)
            {
                yaml.Append(body[k].Length == 0 ? string.Empty : "  " + body[k]).Append('\n');
                map.Add(headingLine + 1 + k);
            }
        }

        context.LineMap = line => line >= 1 && line <= map.Count ? map[line - 1] : line;
        return yaml.ToString();
    }

    /// <summary>
    /// One line of the front matter as antrag reads it: a site generator's key that means one of antrag's renamed (a date
    /// with a time cut to the day), one antrag has no use for blanked out with its indented lines, with a note.
    /// </summary>
    private static string Translate(string line, int lineNumber, ReadContext context, ref bool ignoring)
    {
        var key = TopKey().Match(line);
        if (!key.Success)
        {
            return ignoring && (line.Length == 0 || char.IsWhiteSpace(line[0]) || line[0] == '-') ? string.Empty : Stop(line, ref ignoring);
        }

        ignoring = false;
        var name = key.Groups[1].Value;
        if (IgnoredKeys.Contains(name))
        {
            ignoring = true;
            context.Note(DiagnosticCodes.ForeignKey, new(context.DisplayPath, lineNumber, 1, lineNumber, 1 + name.Length), $"'{name}' is a key of a website generator; antrag leaves it out", "nothing to do; remove it if the file is only a motion");
            return string.Empty;
        }

        if (!ForeignKeys.TryGetValue(name, out var ours))
        {
            return line;
        }

        var value = line[key.Length..].Trim().Trim('"', '\'');
        if (ours == "datum" && IsoDateTime().Match(value) is { Success: true } iso)
        {
            return $"datum: \"{iso.Groups[3].Value}.{iso.Groups[2].Value}.{iso.Groups[1].Value}\"";
        }

        return ours + line[name.Length..];
    }

    private static string Stop(string line, ref bool ignoring)
    {
        ignoring = false;
        return line;
    }

    /// <summary>The key a section with the heading <paramref name="title"/> fills, or null (used by the editor of sources).</summary>
    internal static string? SectionKey(string title) => Sections.TryGetValue(KeySuggester.Fold(title.Trim()).ToLowerInvariant(), out var key) ? key : null;

    /// <summary>The title of a section heading line (<c>## Begründung</c>), or null when the line is none.</summary>
    internal static string? HeadingTitle(string line) => Heading().Match(line) is { Success: true } m ? Title(m.Groups[1].Value).Trim() : null;

    /// <summary>The heading a new section for <paramref name="key"/> is written with.</summary>
    internal static string SectionTitle(string key) => key == "dringlichkeit" ? "Begründung der Dringlichkeit" : Display(key);

    /// <summary>
    /// The title of a heading whose text after '## ' is <paramref name="rest"/>: without closing '#' and the spaces around them
    /// (as the pattern <c>(.+?)\s*#*\s*$</c> took it, which tried every split of a long run of spaces: quadratic).
    /// </summary>
    private static string Title(string rest)
    {
        var end = rest.Length;
        while (end > 0 && char.IsWhiteSpace(rest[end - 1]))
        {
            end--;
        }

        while (end > 0 && rest[end - 1] == '#')
        {
            end--;
        }

        while (end > 0 && char.IsWhiteSpace(rest[end - 1]))
        {
            end--;
        }

        return rest[..Math.Max(end, 1)];
    }

    private static string Display(string folded) => folded switch
    {
        "begruendung" => "Begründung",
        "begruendung der dringlichkeit" => "Begründung der Dringlichkeit",
        _ => char.ToUpperInvariant(folded[0]) + folded[1..],
    };

    /// <summary>The items of a numbered or bulleted list; lines that do not start an item continue the one before.</summary>
    private static IEnumerable<(string Text, int Line)> Questions(List<string> body, int firstLine)
    {
        var current = new List<string>();
        var line = firstLine;
        for (var k = 0; k < body.Count; k++)
        {
            var item = ListItem().Match(body[k]);
            if (item.Success)
            {
                if (current.Count > 0)
                {
                    yield return (string.Join("\n", current), line);
                }

                current = [item.Groups[1].Value.Trim()];
                line = firstLine + k;
            }
            else if (body[k].Trim().Length > 0)
            {
                current.Add(body[k].Trim());
            }
        }

        if (current.Count > 0)
        {
            yield return (string.Join("\n", current), line);
        }
    }

    /// <summary>A heading line: '##', spaces, and the rest, from which <see cref="Title"/> takes the title.</summary>
    [GeneratedRegex(@"^##\s+(.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^([a-z_]+)\s*:")]
    private static partial Regex TopKey();

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})([Tt ].*)?$")]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"^\s{0,3}(?:\d{1,3}[.)]|[-*•])\s+(.*)$")]
    private static partial Regex ListItem();
}
