using Antrag.Diagnostics;

namespace Antrag.Text;

/// <summary>Parses letterhead text — sections opened by <c>::: name</c> lines — into a <see cref="LetterheadDocument"/>.</summary>
public static class LetterheadParser
{
    /// <summary>The section names a template may use, in the order they usually appear.</summary>
    public static readonly IReadOnlyList<string> SectionNames =
        ["titel", "vermerk", "info", "absender", "absenderblock", "empfaenger", "kopfzeile", "seitenzahl", "kontakt", "wasserzeichen", "inhalt", "ortdatum", "gruss", "gez", "unterschriften", "synopse"];

    /// <summary>The word after a section's name that a section may carry: <c>::: inhalt nummeriert</c>, <c>::: unterschriften handschriftlich</c>.</summary>
    private static readonly IReadOnlyDictionary<string, string> Modifiers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["inhalt"] = "nummeriert",
        ["unterschriften"] = "handschriftlich",
    };

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
                var words = line[3..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var name = words.Length > 0 ? words[0] : string.Empty;
                var modified = words.Length > 1;
                if (!SectionNames.Contains(name) || words.Skip(1).Any(w => !Modifiers.TryGetValue(name, out var modifier) || w != modifier))
                {
                    diagnostics.Error(DiagnosticCodes.UnknownTemplateSection, 
                        SourceSpan.InFile(templatePath),
                        $"the template produced an unknown section '{line}'",
                        "sections are: " + string.Join(", ", SectionNames));
                    current = null;
                    continue;
                }

                current = [];
                sections.Add((modified ? name + " " + Modifiers[name] : name, current));
                continue;
            }

            current?.Add(line);
        }

        var doc = new LetterheadDocument();
        var body = new List<Block>();
        IReadOnlyList<TextRun> closing = [];
        IReadOnlyList<TextRun> intro = [];
        IReadOnlyList<TextRun> dateline = [];
        foreach (var (name, lines) in sections)
        {
            var content = string.Join("\n", lines).Trim('\n');
            doc = name switch
            {
                "titel" => doc with { Title = InlineParser.Parse(content.Trim()) },
                "vermerk" => doc with { Marker = InlineParser.Parse(content.Trim()) },
                "info" => doc with { Info = content.Split('\n').Select(l => InlineParser.Parse(l.Trim())).ToList() },
                "kopfzeile" => doc with { RunningHead = InlineParser.Parse(content.Trim()) },
                "absender" => doc with { Sender = InlineParser.Parse(content.Trim()) },
                "absenderblock" => doc with { SenderBlock = Lines(content) },
                "empfaenger" => doc with { Recipient = Lines(content) },
                "seitenzahl" => doc with { PageLabel = content.Trim() },
                "wasserzeichen" => doc with { Watermark = content.Trim().Length > 0 ? new Watermark(content.Trim()) : null },
                "kontakt" => doc with { Contact = Paragraphs(content).Select(p => (IReadOnlyList<IReadOnlyList<TextRun>>)p.Select(InlineParser.Parse).ToList()).ToList() },
                _ => doc,
            };

            if (name == "inhalt")
            {
                body.AddRange(BlockParser.Parse(content, body.OfType<FootnoteBlock>().Count()));
            }
            else if (name == "inhalt nummeriert")
            {
                body.AddRange(BlockParser.Parse(content, body.OfType<FootnoteBlock>().Count()).Select(b => b with { Numbered = true }));
            }
            else if (name == "synopse")
            {
                body.Add(new SynopsisBlock(SynopsisRows(content)));
            }
            else if (name == "ortdatum")
            {
                dateline = InlineParser.Parse(content.Trim());
            }
            else if (name == "gruss")
            {
                closing = InlineParser.Parse(content.Trim());
            }
            else if (name == "gez")
            {
                intro = InlineParser.Parse(content.Trim());
            }
            else if (name.StartsWith("unterschriften", StringComparison.Ordinal))
            {
                body.Add(new SignatureBlock(closing, intro, SignerGroups(content)) { Dateline = dateline, Handwritten = name != "unterschriften" });
                closing = [];
                intro = [];
                dateline = [];
            }
        }

        if (closing.Count > 0 || intro.Count > 0 || dateline.Count > 0)
        {
            body.Add(new SignatureBlock(closing, intro, []) { Dateline = dateline });
        }

        return doc with { Body = body };
    }

    /// <summary>The non-empty lines of a section, each parsed (an address, a sender).</summary>
    private static List<IReadOnlyList<TextRun>> Lines(string content) =>
        content.Split('\n').Where(l => l.Trim().Length > 0).Select(l => InlineParser.Parse(l.Trim())).ToList();

    /// <summary>Synopsis rows: paragraphs of an <c>alt: …</c> and a <c>neu: …</c> line (either may be left empty).</summary>
    private static List<SynopsisRow> SynopsisRows(string content) =>
        Paragraphs(content).Select(p => new SynopsisRow(
            InlineParser.Parse(p.FirstOrDefault(l => l.StartsWith("alt:", StringComparison.Ordinal))?[4..].Trim() ?? string.Empty),
            InlineParser.Parse(p.FirstOrDefault(l => l.StartsWith("neu:", StringComparison.Ordinal))?[4..].Trim() ?? string.Empty)))
            .ToList();

    /// <summary>The path of an image line <c>![alt](path)</c> (how a signer's paragraph names its signature image), or null.</summary>
    internal static string? ImagePath(string line)
    {
        var open = line.IndexOf("](", StringComparison.Ordinal);
        return line.StartsWith("![", StringComparison.Ordinal) && line.EndsWith(')') && open >= 0 ? line[(open + 2)..^1] : null;
    }

    /// <summary>Signer paragraphs, grouped under <c>## label</c> paragraphs; a signer may start with <c>![…](image path)</c>.</summary>
    private static List<SignerGroup> SignerGroups(string content)
    {
        var groups = new List<SignerGroup>();
        IReadOnlyList<TextRun> label = [];
        var signers = new List<SignerEntry>();
        foreach (var paragraph in Paragraphs(content))
        {
            if (paragraph[0].StartsWith("## ", StringComparison.Ordinal))
            {
                if (signers.Count > 0 || label.Count > 0)
                {
                    groups.Add(new SignerGroup(label, signers));
                }

                label = InlineParser.Parse(paragraph[0][3..].Trim());
                signers = [];
                continue;
            }

            var image = ImagePath(paragraph[0]);
            var lines = image is null ? paragraph : paragraph.Skip(1).ToList();

            signers.Add(new SignerEntry(image, lines.Select(InlineParser.Parse).ToList()));
        }

        if (signers.Count > 0 || label.Count > 0)
        {
            groups.Add(new SignerGroup(label, signers));
        }

        return groups;
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
