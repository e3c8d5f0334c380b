using System.Text;
using Antrag.Text;

namespace Antrag.Layout;

/// <summary>
/// Which structure node each segment of a paragraph's lines is content of: the paragraph's own node; a span for each
/// stretch of struck or underlined text (in a synopsis announced as "gestrichen: …" and "eingefügt: …"); and a span for
/// each word hyphenated at a line's end, whose first half stands for the whole word and whose second half for nothing,
/// so readers, search and copy get the word, not its halves; the same for a word a line ends in without an added hyphen
/// (after a hard hyphen, or after "@", "/" or "." of an address), whose first half keeps its hyphen ("Fahrrad-Infrastruktur"). Spans are added to their parent in reading order.
/// </summary>
public static class TextTagging
{
    /// <summary>The tags of every segment of <paramref name="lines"/>, content of <paramref name="node"/>.</summary>
    /// <param name="lines">The lines of one paragraph (or cell), in order.</param>
    /// <param name="node">The paragraph's node; spans are added to it.</param>
    /// <param name="announceChanges">Struck and underlined text are deletions and insertions (a synopsis): say so in the span's Alt.</param>
    public static SegmentTag[][] For(IReadOnlyList<TextLine> lines, StructureNode node, bool announceChanges = false)
    {
        var words = HyphenatedWords(lines).ToLookup(w => (w.Line, w.Segment));
        var tags = new SegmentTag[lines.Count][];
        var spans = new List<(StructureNode Span, StringBuilder Text)>();
        StructureNode? span = null;
        StringBuilder? spanText = null;
        var decoration = Decoration.None;
        var wordNodes = new Dictionary<int, StructureNode>();
        for (var i = 0; i < lines.Count; i++)
        {
            var segments = lines[i].Segments;
            tags[i] = new SegmentTag[segments.Count];
            for (var j = 0; j < segments.Count; j++)
            {
                var s = segments[j];
                var d = s.Decoration;
                if (d == Decoration.None && j > 0 && j == segments.Count - 1 && lines[i].Hyphenated && s.Text == "-")
                {
                    // The hyphen a break added to a decorated word belongs to the word's decoration.
                    d = segments[j - 1].Decoration;
                }

                StructureNode owner;
                if (d == Decoration.None)
                {
                    span = null;
                    owner = node;
                }
                else
                {
                    if (span is null || d != decoration)
                    {
                        span = node.Add(new StructureNode(StructureRole.Span) { Decoration = d });
                        spanText = new StringBuilder();
                        spans.Add((span, spanText));
                        decoration = d;
                    }
                    else if (j == 0)
                    {
                        // The span goes on from the line before: a space between, unless a word was hyphenated.
                        if (lines[i - 1].Hyphenated && spanText!.Length > 0 && spanText[^1] == '-')
                        {
                            spanText.Length--;
                        }
                        else if (!lines[i - 1].JoinsNext)
                        {
                            spanText!.Append(' ');
                        }
                    }
                    else if (Gap(segments, j))
                    {
                        spanText!.Append(' ');
                    }

                    spanText!.Append(s.Text);
                    owner = span;
                }

                var parts = new List<TextPart>();
                foreach (var (word, start, length, first, text) in words[(i, j)].Select(w => (w.Word, w.Start, w.Length, w.First, w.Text)))
                {
                    if (!wordNodes.TryGetValue(word, out var wordNode))
                    {
                        wordNode = owner.Add(new StructureNode(StructureRole.Span) { ActualText = text });
                        wordNodes[word] = wordNode;
                    }

                    parts.Add(new TextPart(start, length, wordNode, first ? wordNode.ActualText : string.Empty));
                }

                tags[i][j] = new SegmentTag(owner, parts);
            }
        }

        if (announceChanges)
        {
            foreach (var (node2, text) in spans)
            {
                var said = node2.Decoration.HasFlag(Decoration.Strike) ? "gestrichen: " : "eingefügt: ";
                node2.Alt = said + string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return tags;
    }

    /// <summary>Whether <paramref name="c"/> belongs to a word: letters, digits, hyphens and apostrophes (not spaces, quotes or punctuation).</summary>
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019' or '\u00AD';

    /// <summary>Whether segment <paramref name="j"/> stands apart from the one before it (a justified line's word gap).</summary>
    private static bool Gap(IReadOnlyList<LineSegment> segments, int j) =>
        j > 0 && segments[j].X > segments[j - 1].X + segments[j - 1].Run.Width + 0.01f;

    /// <summary>
    /// The pieces of each word hyphenated at a line's end: its first half (back to a space, an opening quote or bracket, or
    /// a word gap; the added hyphen included) and the rest at the start of the next line (up to a space or a gap, closing
    /// punctuation included; a word broken twice takes the whole middle line), by line, segment and characters, with the
    /// whole word as it reads: "Stadtverwaltung." for "Stadtver-" and "waltung.".
    /// </summary>
    private static List<(int Word, int Line, int Segment, int Start, int Length, bool First, string Text)> HyphenatedWords(IReadOnlyList<TextLine> lines)
    {
        var pieces = new List<(int Word, int Line, int Segment, int Start, int Length, bool First, string Text)>();
        var i = 0;
        while (i + 1 < lines.Count)
        {
            var line = lines[i].Segments;
            if (!(lines[i].Hyphenated || lines[i].JoinsNext) || line.Count == 0 || lines[i + 1].Segments.Count == 0)
            {
                i++;
                continue;
            }

            var found = new List<(int Line, int Segment, int Start, int Length)>();
            for (var j = line.Count - 1; j >= 0; j--)
            {
                var t = line[j].Text;
                var stop = t.Length - 1;
                while (stop >= 0 && (IsWordChar(t[stop]) || (lines[i].JoinsNext && t[stop] is '@' or '/' or '.' or ':' or '_' or '~' or '%' or '&' or '=' or '?' or '#' or '+')))
                {
                    stop--;
                }

                found.Insert(0, (i, j, stop + 1, t.Length - stop - 1));
                if (stop >= 0 || Gap(line, j))
                {
                    break;
                }
            }

            // The rest of the word, over as many lines as it takes.
            var k = i + 1;
            while (true)
            {
                var next = lines[k].Segments;
                var ended = false;
                for (var j = 0; j < next.Count && !ended; j++)
                {
                    var t = next[j].Text;
                    // Up to the next space: punctuation after the word goes with it, so that copied text keeps it on the word's line.
                    var stop = t.IndexOf(' ');
                    stop = stop < 0 ? t.Length : stop;

                    found.Add((k, j, 0, stop));
                    ended = stop < t.Length || (j + 1 < next.Count && Gap(next, j + 1));
                }

                if (ended || !(lines[k].Hyphenated || lines[k].JoinsNext) || k + 1 >= lines.Count || lines[k + 1].Segments.Count == 0)
                {
                    break;
                }

                k++;
            }

            var word = new StringBuilder();
            foreach (var (l, j, start, length) in found)
            {
                var text = lines[l].Segments[j].Text.Substring(start, length);
                var last = j == lines[l].Segments.Count - 1 && start + length == lines[l].Segments[j].Text.Length;
                word.Append(last && lines[l].Hyphenated && l < k && text.EndsWith('-') ? text[..^1] : text);
            }

            // One string for all pieces of the word: a word running over many lines would otherwise be copied per line.
            var whole = word.ToString();
            var isFirst = true;
            foreach (var (l, j, start, length) in found.Where(p => p.Length > 0))
            {
                pieces.Add((i, l, j, start, length, isFirst, whole));
                isFirst = false;
            }

            i = k;
        }

        return pieces;
    }
}
