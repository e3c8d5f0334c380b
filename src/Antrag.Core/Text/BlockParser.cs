using System.Text;
using System.Text.RegularExpressions;

namespace Antrag.Text;

/// <summary>Parses the light Markdown of a body: headings, paragraphs (a newline is a line break), lists and pipe tables.</summary>
public static partial class BlockParser
{
    /// <summary>Parses body text into blocks in reading order.</summary>
    public static IReadOnlyList<Block> Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var blocks = new List<Block>();
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                i++;
                continue;
            }

            var heading = HeadingPattern().Match(line);
            if (heading.Success)
            {
                blocks.Add(new HeadingBlock(heading.Groups[1].Length, InlineParser.Parse(heading.Groups[2].Value.Trim())));
                i++;
                continue;
            }

            if (IsTableRow(line) && i + 1 < lines.Length && TableRulePattern().IsMatch(lines[i + 1]))
            {
                var header = SplitRow(line);
                var rows = new List<IReadOnlyList<IReadOnlyList<TextRun>>>();
                i += 2;
                while (i < lines.Length && IsTableRow(lines[i]))
                {
                    rows.Add(SplitRow(lines[i]));
                    i++;
                }

                blocks.Add(new TableBlock(header, rows));
                continue;
            }

            if (ListItem(line) is { } first)
            {
                var items = new List<string>();
                var current = new StringBuilder(first.Text);
                while (++i < lines.Length)
                {
                    var next = lines[i];
                    if (string.IsNullOrWhiteSpace(next))
                    {
                        var following = NextNonBlank(lines, i);
                        if (following >= 0 && ListItem(lines[following]) is { } f && f.Ordered == first.Ordered)
                        {
                            i = following - 1;
                            continue;
                        }

                        break;
                    }

                    if (ListItem(next) is { } item && item.Ordered == first.Ordered)
                    {
                        items.Add(current.ToString());
                        current.Clear().Append(item.Text);
                    }
                    else if (HeadingPattern().IsMatch(next) || ListItem(next) is not null)
                    {
                        break;
                    }
                    else
                    {
                        current.Append('\n').Append(next.Trim());
                    }
                }

                items.Add(current.ToString());
                blocks.Add(new ListBlock(first.Ordered, first.Number, items.Select(InlineParser.Parse).ToList()));
                continue;
            }

            var paragraph = new List<string>();
            while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]) && !HeadingPattern().IsMatch(lines[i])
                   && (paragraph.Count == 0 || ListItem(lines[i]) is null))
            {
                paragraph.Add(lines[i].Trim());
                i++;
            }

            blocks.Add(new ParagraphBlock(InlineParser.Parse(string.Join("\n", paragraph))));
        }

        return blocks;
    }

    private static int NextNonBlank(string[] lines, int from)
    {
        for (var j = from; j < lines.Length; j++)
        {
            if (!string.IsNullOrWhiteSpace(lines[j]))
            {
                return j;
            }
        }

        return -1;
    }

    private sealed record ListItemStart(bool Ordered, int Number, string Text);

    private static ListItemStart? ListItem(string line)
    {
        var ordered = OrderedItemPattern().Match(line);
        if (ordered.Success && int.TryParse(ordered.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return new ListItemStart(true, n, ordered.Groups[2].Value.Trim());
        }

        var bullet = BulletItemPattern().Match(line);
        return bullet.Success ? new ListItemStart(false, 1, bullet.Groups[1].Value.Trim()) : null;
    }

    private static bool IsTableRow(string line) => line.TrimStart().StartsWith('|');

    private static IReadOnlyList<IReadOnlyList<TextRun>> SplitRow(string line)
    {
        var s = line.Trim();
        if (s.StartsWith('|'))
        {
            s = s[1..];
        }

        if (s.EndsWith('|'))
        {
            s = s[..^1];
        }

        return s.Split('|').Select(cell => InlineParser.Parse(cell.Trim())).ToList();
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex HeadingPattern();

    // The runs of spaces are atomic ((?>…)): a line of a million spaces was split between neighbouring \s* in every way
    // (quadratic); none of them can give back a space that a later part of the pattern needs.
    [GeneratedRegex(@"^(?>\s*)\|?(?>\s*):?-{3,}:?(?>\s*)(\|(?>\s*):?-{3,}:?(?>\s*))*\|?(?>\s*)$")]
    private static partial Regex TableRulePattern();

    [GeneratedRegex(@"^\s{0,3}(\d{1,3})[.)]\s+(.*)$")]
    private static partial Regex OrderedItemPattern();

    [GeneratedRegex(@"^\s{0,3}[-*•]\s+(.*)$")]
    private static partial Regex BulletItemPattern();
}
