using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdHeading = Markdig.Syntax.HeadingBlock;
using MdList = Markdig.Syntax.ListBlock;
using MdParagraph = Markdig.Syntax.ParagraphBlock;
using MdQuote = Markdig.Syntax.QuoteBlock;

namespace Antrag.Text;

/// <summary>
/// Reads a text block by the CommonMark rules (docs/markdown.md): paragraphs (a single line break is a space, a backslash
/// or two spaces at the end of a line break the line), headings, lists in the style written, quotations, pipe tables and
/// footnotes (set as endnotes after the text). What cannot be printed (HTML, images, rules) is left out; <see cref="MarkdownCheck"/>
/// warns about it at its place in the motion.
/// </summary>
public static partial class BlockParser
{
    /// <summary>Parses body text into blocks in reading order; footnotes are numbered from <paramref name="footnotesBefore"/> + 1.</summary>
    public static IReadOnlyList<Block> Parse(string text, int footnotesBefore = 0)
    {
        var definitions = FootnoteDefinitions.Extract(text.Replace("\r\n", "\n"));
        var reader = new Reader(definitions, footnotesBefore);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(ListStartRule.Apply(definitions.Rest), MarkdownRules.Pipeline);
        }
        catch (ArgumentException)
        {
            // Nested beyond Markdig's depth limit by indentation alone (ListStartRule caps the markers of one line):
            // the text is set as plain paragraphs; MarkdownCheck warns.
            return Plain(definitions.Rest);
        }

        var blocks = new List<Block>();
        reader.Container(document, blocks, 0);
        blocks.AddRange(reader.Footnotes());
        return blocks;
    }

    /// <summary>The paragraphs of <paramref name="text"/> (blank lines between), lines joined, no other Markdown.</summary>
    private static List<Block> Plain(string text) =>
        text.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0)
            .Select(p => (Block)new ParagraphBlock([new TextRun(string.Join(' ', p.Split('\n').Select(l => l.Trim())))])).ToList();

    /// <summary>The text of a paragraph's inlines as written, a soft line break as a space and a hard one as '\n'.</summary>
    internal static string RawText(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        for (var node = inline?.FirstChild; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case LineBreakInline { IsHard: true }:
                    sb.Append('\n');
                    break;
                case LineBreakInline:
                    var backslashes = 0;
                    while (backslashes < sb.Length && sb[sb.Length - 1 - backslashes] == '\\')
                    {
                        backslashes++;
                    }

                    if (backslashes % 2 == 1)
                    {
                        sb.Length--;
                        sb.Append('\n');
                    }
                    else
                    {
                        sb.Append(' ');
                    }

                    break;
                case ContainerInline container:
                    sb.Append(RawText(container));
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Walks Markdig's blocks; numbers footnotes in the order they are first referred to.</summary>
    private sealed class Reader(FootnoteDefinitions definitions, int footnotesBefore)
    {
        private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
        private readonly List<string> order = [];

        public void Container(IEnumerable<Markdig.Syntax.Block> children, List<Block> blocks, int level)
        {
            foreach (var child in children)
            {
                switch (child)
                {
                    case MdHeading h:
                        blocks.Add(new HeadingBlock(h.Level, Runs(RawText(h.Inline))));
                        break;
                    case MdParagraph p:
                        blocks.Add(new ParagraphBlock(Runs(RawText(p.Inline))));
                        break;
                    case MdQuote q:
                        var inner = new List<Block>();
                        Container(q, inner, level);
                        if (inner.Count > 0)
                        {
                            blocks.Add(new QuoteBlock(inner));
                        }

                        break;
                    case MdList l:
                        List(l, blocks, level);
                        break;
                    case Table t:
                        blocks.Add(Table(t));
                        break;
                    case FencedCodeBlock code:
                        // Printed as plain lines (MarkdownCheck warns: the text has no code font).
                        var lines = code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString());
                        blocks.Add(new ParagraphBlock([new TextRun(string.Join('\n', lines))]));
                        break;
                    case ContainerBlock other:
                        Container(other, blocks, level);
                        break;
                }
            }
        }

        private void List(MdList list, List<Block> blocks, int level)
        {
            var style = Style(list);
            var start = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 1;
            var items = new List<IReadOnlyList<TextRun>>();
            var number = start;
            foreach (var item in list.OfType<ListItemBlock>())
            {
                var text = new List<string>();
                var after = new List<Block>();
                foreach (var child in item)
                {
                    if (child is MdParagraph or MdHeading && after.Count == 0)
                    {
                        text.Add(RawText(((LeafBlock)child).Inline));
                    }
                    else if (child is MdList nested)
                    {
                        List(nested, after, level + 1);
                    }
                    else
                    {
                        Container([child], after, level + 1);
                    }
                }

                items.Add(Runs(string.Join('\n', text)));
                number++;
                if (after.Count > 0)
                {
                    blocks.Add(Part(list.IsOrdered, start, items, style, level));
                    blocks.AddRange(after);
                    start = number;
                    items = [];
                }
            }

            if (items.Count > 0)
            {
                blocks.Add(Part(list.IsOrdered, start, items, style, level));
            }
        }

        private static ListBlock Part(bool ordered, int start, List<IReadOnlyList<TextRun>> items, ListStyle style, int level) =>
            new(ordered, start, items) { Style = style, Level = level };

        private static ListStyle Style(MdList list)
        {
            if (!list.IsOrdered)
            {
                return ListStyle.Bullet;
            }

            var numbering = list.BulletType switch
            {
                'a' => ListNumbering.LowerAlpha,
                'A' => ListNumbering.UpperAlpha,
                'i' => ListNumbering.LowerRoman,
                'I' => ListNumbering.UpperRoman,
                _ => ListNumbering.Decimal,
            };
            return list.OrderedDelimiter == ParenthesizedListItemParser.Delimiter
                ? new ListStyle(numbering, "(", ")")
                : new ListStyle(numbering, string.Empty, list.OrderedDelimiter.ToString());
        }

        private TableBlock Table(Table table)
        {
            // Markdig gives a row ending in '|' an empty last cell; it is dropped down to the header's number of cells.
            List<string> Texts(TableRow row, int keep)
            {
                var texts = row.OfType<TableCell>().Select(c => string.Join('\n', c.OfType<LeafBlock>().Select(l => RawText(l.Inline)).Where(t => t.Length > 0))).ToList();
                while (texts.Count > keep && texts[^1].Trim().Length == 0)
                {
                    texts.RemoveAt(texts.Count - 1);
                }

                return texts;
            }

            var rows = table.OfType<TableRow>().ToList();
            var header = rows.FirstOrDefault(r => r.IsHeader);
            var headerTexts = header is null ? [] : Texts(header, 1);
            return new TableBlock(
                headerTexts.Select(Runs).ToList(),
                rows.Where(r => r != header).Select(r => (IReadOnlyList<IReadOnlyList<TextRun>>)Texts(r, Math.Max(1, headerTexts.Count)).Select(Runs).ToList()).ToList())
            {
                Alignments = table.ColumnDefinitions.Select(d => d.Alignment switch
                {
                    TableColumnAlign.Right => ColumnAlignment.Right,
                    TableColumnAlign.Center => ColumnAlignment.Center,
                    _ => ColumnAlignment.Left,
                }).ToList(),
            };
        }

        /// <summary>The styled runs of a paragraph's text: footnote references, links, images and HTML resolved, then emphasis.</summary>
        public IReadOnlyList<TextRun> Runs(string text) => InlineParser.Parse(Printable(text, Reference));

        private string Reference(string label)
        {
            if (!definitions.Texts.ContainsKey(label))
            {
                return string.Empty;
            }

            if (!numbers.TryGetValue(label, out var n))
            {
                n = footnotesBefore + numbers.Count + 1;
                numbers[label] = n;
                order.Add(label);
            }

            return Superscript(n);
        }

        /// <summary>The endnotes: the footnotes referred to, in the order of their numbers (a footnote's own references are numbered after).</summary>
        public IEnumerable<Block> Footnotes()
        {
            for (var i = 0; i < order.Count; i++)
            {
                var text = definitions.Texts[order[i]].Text;
                var paragraphs = text.Split("\n\n").Select(p => Printable(p.Replace('\n', ' '), Reference));
                yield return new FootnoteBlock(numbers[order[i]], InlineParser.Parse(string.Join('\n', paragraphs)));
            }
        }
    }

    /// <summary>The number in superscript digits (¹²³…).</summary>
    internal static string Superscript(int n)
    {
        const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        return string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => digits[c - '0']));
    }

    /// <summary>
    /// <paramref name="text"/> with footnote references replaced by <paramref name="reference"/>'s answer, links printed as
    /// "text (address)", autolinks as their address, images and HTML tags left out. Each pattern is tried once per position
    /// and cannot run past the next bracket, so the whole is linear.
    /// </summary>
    internal static string Printable(string text, Func<string, string> reference)
    {
        if (text.IndexOfAny(['[', '<']) < 0)
        {
            return text;
        }

        return InlinePattern().Replace(text, m =>
        {
            if (m.Index > 0 && text[m.Index - 1] == '\\')
            {
                return m.Value;
            }

            if (m.Groups["footnote"].Success)
            {
                return reference(m.Groups["footnote"].Value);
            }

            if (m.Groups["image"].Success || m.Groups["tag"].Success)
            {
                return string.Empty;
            }

            if (m.Groups["autolink"].Success)
            {
                return m.Groups["autolink"].Value;
            }

            var label = m.Groups["label"].Value;
            var url = m.Groups["url"].Value;
            return label == url || url.Length == 0 ? label : $"{label} ({url})";
        });
    }

    [GeneratedRegex(@"\[\^(?<footnote>[^\]\[\s]{1,100})\]|(?<image>!\[[^\]\[]*\]\([^()\s]*\))|\[(?<label>[^\]\[]*)\]\((?<url>[^()\s]*)\)|<(?<autolink>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)>|(?<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--[^<>]*-->)")]
    internal static partial Regex InlinePattern();
}
