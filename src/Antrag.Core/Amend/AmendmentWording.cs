using System.Globalization;
using System.Text;
using Antrag.Text;

namespace Antrag.Amend;

/// <summary>
/// Words the changes between two versions of a motion's numbered text in the customary form of an Änderungsantrag, against
/// the line numbers of the base: "In Zeile 12 wird „…“ ersetzt durch „…“.", "Nach Zeile 20 wird eingefügt: „…“",
/// "Zeilen 31 bis 33 werden gestrichen."; or, as whole new versions, "Ziffer 2 erhält folgende Fassung: „…“".
/// </summary>
/// <remarks>
/// Paragraphs (list items, headings) are matched first, a renumbered point counting as unchanged; a paragraph that changed
/// is compared word by word. Changes that touch, or are separated by one unchanged word of up to
/// <see cref="JoinableWordLength"/> characters, are stated as one; a quoted text that occurs twice in the lines named is
/// extended by the unchanged words next to it until it is unique there.
/// </remarks>
public static class AmendmentWording
{
    /// <summary>An unchanged word this short (und, der, mit, …) between two changes joins them into one.</summary>
    public const int JoinableWordLength = 3;

    /// <summary>Two versions of a paragraph at least this similar (shared words) count as one paragraph changed, not one removed and one added.</summary>
    private const double PairingSimilarity = 0.4;

    private enum Step
    {
        Same,
        Changed,
        Deleted,
        Inserted,
    }

    /// <summary>The changes from <paramref name="old"/> to <paramref name="new"/>, in the order of the base; <paramref name="fassung"/> states changed paragraphs as whole new versions.</summary>
    public static IReadOnlyList<StatedChange> Changes(IReadOnlyList<NumberedParagraph> old, IReadOnlyList<NumberedParagraph> @new, bool fassung = false)
    {
        var steps = Align(old, @new);
        var pointsUnique = old.Where(p => p.Point is not null).GroupBy(p => p.Point).All(g => g.Count() == 1);
        var changes = new List<StatedChange>();
        NumberedParagraph? before = null;
        var i = 0;
        while (i < steps.Count)
        {
            var (step, o, n) = steps[i];
            switch (step)
            {
                case Step.Same:
                    before = old[o];
                    i++;
                    break;

                case Step.Changed:
                    changes.AddRange(fassung ? [Fassung(old[o], old[o], [@new[n]], pointsUnique)] : Words(old[o], @new[n]));
                    before = old[o];
                    i++;
                    break;

                default:
                    var deleted = new List<NumberedParagraph>();
                    while (i < steps.Count && steps[i].Step == Step.Deleted)
                    {
                        deleted.Add(old[steps[i++].Old]);
                    }

                    var inserted = new List<NumberedParagraph>();
                    while (i < steps.Count && steps[i].Step == Step.Inserted)
                    {
                        inserted.Add(@new[steps[i++].New]);
                    }

                    if (deleted.Count > 0 && inserted.Count > 0)
                    {
                        changes.Add(Fassung(deleted[0], deleted[^1], inserted, fassung && pointsUnique));
                    }
                    else if (deleted.Count > 0)
                    {
                        changes.Add(Deletion(deleted, fassung && pointsUnique));
                    }
                    else
                    {
                        changes.Add(Insertion(before, old.Count > 0 ? old[0] : null, inserted, fassung && pointsUnique));
                    }

                    if (deleted.Count > 0)
                    {
                        before = deleted[^1];
                    }

                    break;
            }
        }

        return changes;
    }

    /// <summary>Matches the paragraphs of both versions: equal ones first, then, between them, the most similar pairs in order.</summary>
    private static List<(Step Step, int Old, int New)> Align(IReadOnlyList<NumberedParagraph> old, IReadOnlyList<NumberedParagraph> @new)
    {
        var steps = new List<(Step, int, int)>();
        var parts = SequenceDiff.Diff(old.Select(p => p.Key).ToList(), @new.Select(p => p.Key).ToList(), StringComparer.Ordinal);
        var p = 0;
        while (p < parts.Count)
        {
            if (parts[p].Kind == DiffKind.Equal)
            {
                steps.AddRange(parts[p].Items.Select((_, k) => (Step.Same, parts[p].OldStart + k, parts[p].NewStart + k)));
                p++;
                continue;
            }

            var deleted = new List<int>();
            var inserted = new List<int>();
            for (; p < parts.Count && parts[p].Kind != DiffKind.Equal; p++)
            {
                var target = parts[p].Kind == DiffKind.Deleted ? deleted : inserted;
                var start = parts[p].Kind == DiffKind.Deleted ? parts[p].OldStart : parts[p].NewStart;
                target.AddRange(Enumerable.Range(start, parts[p].Items.Count));
            }

            steps.AddRange(Pair(deleted.Select(i => old[i]).ToList(), inserted.Select(j => @new[j]).ToList())
                .Select(s => (s.Step, s.Old < 0 ? -1 : deleted[s.Old], s.New < 0 ? -1 : inserted[s.New])));
        }

        return steps;
    }

    /// <summary>Pairs removed with added paragraphs in order, maximising the words they share; unpaired ones stay removed or added.</summary>
    private static List<(Step Step, int Old, int New)> Pair(List<NumberedParagraph> deleted, List<NumberedParagraph> inserted)
    {
        int k = deleted.Count, m = inserted.Count;
        var similarity = new double[k, m];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < m; j++)
            {
                similarity[i, j] = Similarity(deleted[i], inserted[j]);
            }
        }

        // best[i, j]: the highest total similarity of pairs among deleted[i..] and inserted[j..].
        var best = new double[k + 1, m + 1];
        for (var i = k - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                var pair = similarity[i, j] >= PairingSimilarity ? similarity[i, j] + best[i + 1, j + 1] : double.NegativeInfinity;
                best[i, j] = Math.Max(pair, Math.Max(best[i + 1, j], best[i, j + 1]));
            }
        }

        var steps = new List<(Step, int, int)>();
        int a = 0, b = 0;
        while (a < k || b < m)
        {
            if (a < k && b < m && similarity[a, b] >= PairingSimilarity && best[a, b] == similarity[a, b] + best[a + 1, b + 1])
            {
                steps.Add((Step.Changed, a++, b++));
            }
            else if (a < k && (b == m || best[a, b] == best[a + 1, b]))
            {
                steps.Add((Step.Deleted, a++, -1));
            }
            else
            {
                steps.Add((Step.Inserted, -1, b++));
            }
        }

        return steps;
    }

    /// <summary>The share of words two paragraphs have in common (in order), from 0 to 1.</summary>
    private static double Similarity(NumberedParagraph a, NumberedParagraph b)
    {
        if (a.Words.Count + b.Words.Count == 0)
        {
            return 1;
        }

        var common = SequenceDiff.Diff(a.Words.Select(w => w.Text).ToList(), b.Words.Select(w => w.Text).ToList(), StringComparer.Ordinal)
            .Where(p => p.Kind == DiffKind.Equal).Sum(p => p.Items.Count);
        return 2.0 * common / (a.Words.Count + b.Words.Count);
    }

    /// <summary>A paragraph changed in place, stated word by word.</summary>
    private static IEnumerable<StatedChange> Words(NumberedParagraph old, NumberedParagraph @new)
    {
        var o = old.Words;
        var n = @new.Words;
        var parts = SequenceDiff.Diff(o.Select(w => w.Text).ToList(), n.Select(w => w.Text).ToList(), StringComparer.Ordinal);

        // Where each unchanged old word stands in the new version (-1: changed), to extend a quote by context.
        var partner = Enumerable.Repeat(-1, o.Count).ToArray();
        foreach (var part in parts.Where(p => p.Kind == DiffKind.Equal))
        {
            for (var k = 0; k < part.Items.Count; k++)
            {
                partner[part.OldStart + k] = part.NewStart + k;
            }
        }

        foreach (var (os, oe, ns, ne) in Hunks(parts))
        {
            yield return Hunk(o, n, partner, os, oe, ns, ne);
        }
    }

    /// <summary>The changed stretches (old start, old end, new start, new end), joined where they touch or one short word stands between.</summary>
    private static List<(int Os, int Oe, int Ns, int Ne)> Hunks(IReadOnlyList<DiffPart<string>> parts)
    {
        var hunks = new List<(int, int, int, int)>();
        (int Os, int Oe, int Ns, int Ne)? open = null;
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            var oldEnd = part.OldStart + (part.Kind == DiffKind.Inserted ? 0 : part.Items.Count);
            var newEnd = part.NewStart + (part.Kind == DiffKind.Deleted ? 0 : part.Items.Count);
            if (part.Kind != DiffKind.Equal)
            {
                open = open is { } h ? (h.Os, oldEnd, h.Ns, newEnd) : (part.OldStart, oldEnd, part.NewStart, newEnd);
            }
            else if (open is { } current)
            {
                // One short unchanged word with a change on either side: one change ("„A und B“ ersetzt durch „X und Y“").
                if (part.Items.Count == 1 && part.Items[0].Length <= JoinableWordLength && p + 1 < parts.Count)
                {
                    open = (current.Os, oldEnd, current.Ns, newEnd);
                    continue;
                }

                hunks.Add(current);
                open = null;
            }
        }

        if (open is { } last)
        {
            hunks.Add(last);
        }

        return hunks;
    }

    private static StatedChange Hunk(IReadOnlyList<Word> o, IReadOnlyList<Word> n, int[] partner, int os, int oe, int ns, int ne)
    {
        if (oe == os)
        {
            return InsertionInLine(o, n, partner, os, ns, ne);
        }

        // Extend by unchanged neighbours until the quoted old text occurs once in the lines named.
        var extended = false;
        while (Occurrences(o, os, oe) > 1)
        {
            if (oe < o.Count && partner[oe] == ne)
            {
                oe++;
                ne++;
            }
            else if (os > 0 && partner[os - 1] == ns - 1)
            {
                os--;
                ns--;
            }
            else
            {
                break;
            }

            extended = true;
        }

        var where = InLines(o[os].Line, o[oe - 1].Line);
        var text = ne == ns && !extended
            ? $"{where} wird {Quote(o, os, oe)} gestrichen."
            : $"{where} wird {Quote(o, os, oe)} ersetzt durch {Quote(n, ns, ne)}.";
        return new StatedChange(o[os].Line, o[oe - 1].Line, text);
    }

    /// <summary>New words inside a paragraph: after the unchanged word before them, or before the first word of the paragraph.</summary>
    private static StatedChange InsertionInLine(IReadOnlyList<Word> o, IReadOnlyList<Word> n, int[] partner, int at, int ns, int ne)
    {
        var added = Quote(n, ns, ne);
        if (at > 0)
        {
            var start = at - 1;
            while (Occurrences(o, start, at) > 1 && start > 0 && partner[start - 1] >= 0)
            {
                start--;
            }

            return new StatedChange(o[start].Line, o[at - 1].Line, $"{InLines(o[start].Line, o[at - 1].Line)} wird nach {Quote(o, start, at)} eingefügt: {added}");
        }

        var end = 1;
        while (Occurrences(o, 0, end) > 1 && end < o.Count && partner[end] >= 0)
        {
            end++;
        }

        return new StatedChange(o[0].Line, o[end - 1].Line, $"{InLines(o[0].Line, o[end - 1].Line)} wird vor {Quote(o, 0, end)} eingefügt: {added}");
    }

    /// <summary>How often the words <paramref name="start"/>..<paramref name="end"/> occur among the words on the lines they stand on.</summary>
    private static int Occurrences(IReadOnlyList<Word> words, int start, int end)
    {
        int first = words[start].Line, last = words[end - 1].Line, length = end - start, count = 0;
        for (var s = 0; s + length <= words.Count; s++)
        {
            if (words[s].Line >= first && words[s + length - 1].Line <= last
                && Enumerable.Range(0, length).All(k => string.Equals(words[s + k].Text, words[start + k].Text, StringComparison.Ordinal)))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whole paragraphs removed: "Zeilen 31 bis 33 werden gestrichen." or "Ziffer 4 wird gestrichen.".</summary>
    private static StatedChange Deletion(List<NumberedParagraph> deleted, bool byPoint)
    {
        var (first, last) = (deleted[0].FirstLine, deleted[^1].LastLine);
        if (byPoint && deleted.All(p => p.Point is not null))
        {
            var points = deleted.Select(p => p.Point!.Value).ToList();
            return new StatedChange(first, last, points.Count == 1 ? $"Ziffer {points[0]} wird gestrichen." : $"{Points(points)} werden gestrichen.");
        }

        return new StatedChange(first, last, first == last ? $"Zeile {first} wird gestrichen." : $"Zeilen {first} bis {last} werden gestrichen.");
    }

    /// <summary>Whole paragraphs added after <paramref name="before"/> (or before <paramref name="first"/> when they open the text).</summary>
    private static StatedChange Insertion(NumberedParagraph? before, NumberedParagraph? first, List<NumberedParagraph> inserted, bool byPoint)
    {
        var line = before?.LastLine ?? first?.FirstLine ?? 1;
        var where = before is null ? $"Vor Zeile {line}"
            : byPoint && before.Point is { } p ? $"Nach Ziffer {p}"
            : $"Nach Zeile {line}";
        if (inserted.Count == 1 && inserted[0].Point is { } point)
        {
            return new StatedChange(line, line, $"{where} wird als neue Ziffer {point} eingefügt: {Quote(inserted[0].Words, 0, inserted[0].Words.Count)}");
        }

        return new StatedChange(line, line, $"{where} wird eingefügt:{Quotes(inserted)}");
    }

    /// <summary>Paragraphs replaced by new ones, or one paragraph in its new version: "Ziffer 2 erhält folgende Fassung: „…“".</summary>
    private static StatedChange Fassung(NumberedParagraph first, NumberedParagraph last, List<NumberedParagraph> replacement, bool byPoint)
    {
        var (from, to) = (first.FirstLine, last.LastLine);
        var place = byPoint && first == last && first.Point is { } p && replacement.Count == 1 ? $"Ziffer {p} erhält"
            : from == to ? $"Zeile {from} erhält"
            : $"Zeilen {from} bis {to} erhalten";
        return new StatedChange(from, to, $"{place} folgende Fassung:{Quotes(replacement)}");
    }

    /// <summary>" „text“" for one paragraph, or each on a line of its own (list items with their number).</summary>
    private static string Quotes(List<NumberedParagraph> paragraphs) =>
        paragraphs.Count == 1
            ? " " + Quote(paragraphs[0].Words, 0, paragraphs[0].Words.Count)
            : string.Concat(paragraphs.Select(q => "\n\n" + Quote(q.Words, 0, q.Words.Count, q.Point is { } n ? n.ToString(CultureInfo.InvariantCulture) + ". " : null)));

    /// <summary>"Ziffern 3 und 4", "Ziffern 3 bis 5", "Ziffern 2, 4 und 7".</summary>
    private static string Points(List<int> points)
    {
        var consecutive = points.Zip(points.Skip(1)).All(x => x.Second == x.First + 1);
        return points.Count > 2 && consecutive
            ? $"Ziffern {points[0]} bis {points[^1]}"
            : "Ziffern " + string.Join(", ", points.Take(points.Count - 1)) + " und " + points[^1];
    }

    private static string InLines(int first, int last) => first == last ? $"In Zeile {first}" : $"In Zeilen {first} bis {last}";

    /// <summary>The words in German quotation marks; quotation marks inside become single ones (‚…‘).</summary>
    private static string Quote(IReadOnlyList<Word> words, int start, int end, string? prefix = null)
    {
        var sb = new StringBuilder("„").Append(prefix);
        for (var k = start; k < end; k++)
        {
            sb.Append(words[k].Text.Replace('„', '‚').Replace('“', '‘').Replace('\u00A0', ' ').Replace('\u202F', ' '));
            if (k < end - 1 && words[k].SpaceAfter)
            {
                sb.Append(' ');
            }
        }

        return sb.Append('“').ToString();
    }
}
