using Antrag.Diagnostics;

namespace Antrag.Text;

/// <summary>Parses letterhead text — sections opened by <c>::: name</c> lines — into a <see cref="LetterheadDocument"/>.</summary>
public static class LetterheadParser
{
    /// <summary>The section names a template may use, in the order they usually appear.</summary>
    public static readonly IReadOnlyList<string> SectionNames =
        ["titel", "vermerk", "info", "kopfzeile", "seitenzahl", "kontakt", "inhalt", "unterschriften"];

    /// <summary>Parses <paramref name="text"/>; unknown sections are reported against <paramref name="templatePath"/>.</summary>
    public static LetterheadDocument Parse(string text, string templatePath, DiagnosticBag diagnostics)
    {
        var sections = new List<(string Name, List<string> Lines)>();
        List<string>? current = null;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith(":::", StringComparison.Ordinal))
            {
                var name = line[3..].Trim();
                if (!SectionNames.Contains(name))
                {
                    diagnostics.Error(
                        SourcePosition.InFile(templatePath),
                        $"the template produced an unknown section '::: {name}'",
                        "sections are: " + string.Join(", ", SectionNames));
                    current = null;
                    continue;
                }

                current = [];
                sections.Add((name, current));
                continue;
            }

            current?.Add(line);
        }

        var doc = new LetterheadDocument();
        var body = new List<Block>();
        foreach (var (name, lines) in sections)
        {
            var content = string.Join("\n", lines).Trim('\n');
            doc = name switch
            {
                "titel" => doc with { Title = InlineParser.Parse(content.Trim()) },
                "vermerk" => doc with { Marker = InlineParser.Parse(content.Trim()) },
                "info" => doc with { Info = content.Split('\n').Select(l => InlineParser.Parse(l.Trim())).ToList() },
                "kopfzeile" => doc with { RunningHead = InlineParser.Parse(content.Trim()) },
                "seitenzahl" => doc with { PageLabel = content.Trim() },
                "kontakt" => doc with { Contact = Paragraphs(content).Select(p => (IReadOnlyList<IReadOnlyList<TextRun>>)p.Select(InlineParser.Parse).ToList()).ToList() },
                _ => doc,
            };

            if (name == "inhalt")
            {
                body.AddRange(BlockParser.Parse(content));
            }
            else if (name == "unterschriften")
            {
                var paragraphs = Paragraphs(content);
                if (paragraphs.Count > 0)
                {
                    var intro = InlineParser.Parse(string.Join("\n", paragraphs[0]));
                    var signers = paragraphs.Skip(1)
                        .Select(p => (IReadOnlyList<IReadOnlyList<TextRun>>)p.Select(InlineParser.Parse).ToList())
                        .ToList();
                    body.Add(new SignatureBlock(intro, signers));
                }
            }
        }

        return doc with { Body = body };
    }

    private static List<List<string>> Paragraphs(string content)
    {
        var result = new List<List<string>>();
        var current = new List<string>();
        foreach (var line in content.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0)
                {
                    result.Add(current);
                    current = [];
                }

                continue;
            }

            current.Add(line.Trim());
        }

        if (current.Count > 0)
        {
            result.Add(current);
        }

        return result;
    }
}
