using System.Text;
using Antrag.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics;

namespace Antrag.Tests.Conservation;

/// <summary>
/// The text-conservation invariant: every word of the letterhead document the template produced appears in the PDF's
/// text as often as in the document, and the words of each block in their order. The PDF is read back with PdfPig by
/// marked content: artifacts (running head, page label, line numbers, watermark, rules) are left out, and a sequence with
/// /ActualText counts as its ActualText (the first piece of a hyphenated word carries the whole word, the rest an empty one),
/// so "Stadtver-" + "waltung" read as "Stadtverwaltung". A word is a run of letters and digits.
/// </summary>
public static class TextConservation
{
    /// <summary>A named block of the letterhead document and its words in order.</summary>
    public sealed record ExpectedBlock(string Name, IReadOnlyList<string> Words);

    /// <summary>What the check found: the words counted, and the differences (none when the invariant holds).</summary>
    /// <param name="Words">How many words the document has.</param>
    /// <param name="Problems">Words missing, extra or out of order.</param>
    /// <param name="Split">Words broken across lines without a hyphen or /ActualText (read as two; joined here, not a loss, but a reader copies them apart).</param>
    public sealed record Finding(int Words, IReadOnlyList<string> Problems, IReadOnlyList<string> Split);

    /// <summary>Checks <paramref name="pdf"/> against <paramref name="doc"/>; <paramref name="returnAddress"/>: the page form prints the return address (DIN 5008 only).</summary>
    public static Finding Check(LetterheadDocument doc, byte[] pdf, bool returnAddress)
    {
        var blocks = Blocks(doc).Where(b => returnAddress || b.Name != ReturnAddress).Where(b => b.Words.Count > 0).ToList();
        var expectedCounts = Count(blocks.SelectMany(b => b.Words));
        var (read, split) = JoinSplitWords(PdfWords(pdf), expectedCounts);
        var problems = new List<string>();
        var readCounts = Count(read);
        foreach (var (word, n) in expectedCounts)
        {
            var got = readCounts.GetValueOrDefault(word);
            if (got != n)
            {
                problems.Add($"'{word}': {n} times in the text ({string.Join(", ", blocks.Where(b => b.Words.Contains(word)).Select(b => b.Name).Distinct())}), {got} times in the PDF");
            }
        }

        foreach (var (word, n) in readCounts.Where(r => !expectedCounts.ContainsKey(r.Key)))
        {
            problems.Add($"'{word}': {n} times in the PDF, not in the text");
        }

        foreach (var block in blocks)
        {
            if (Subsequence(block.Words, read) is { } at)
            {
                problems.Add($"{block.Name}: word {at + 1} ('{block.Words[at]}') is not found in order in the PDF");
            }
        }

        return new Finding(blocks.Sum(b => b.Words.Count), problems, split);
    }

    /// <summary>
    /// Joins two neighbours of <paramref name="read"/> that are no words of the document but together are one (a word broken
    /// at a line's end without a hyphen, such as an overlong e-mail address); returns the words and the joined ones.
    /// </summary>
    private static (List<string> Words, List<string> Split) JoinSplitWords(List<string> read, Dictionary<string, int> expected)
    {
        var words = new List<string>(read.Count);
        var split = new List<string>();
        for (var i = 0; i < read.Count; i++)
        {
            var joined = new System.Text.StringBuilder(read[i]);
            var j = i;
            while (!expected.ContainsKey(joined.ToString()) && j + 1 < read.Count && !expected.ContainsKey(read[j + 1])
                && expected.Keys.Any(k => k.StartsWith(joined.ToString() + read[j + 1], StringComparison.Ordinal)))
            {
                joined.Append(read[++j]);
            }

            if (j > i && expected.ContainsKey(joined.ToString()))
            {
                split.Add(joined.ToString());
                words.Add(joined.ToString());
                i = j;
            }
            else
            {
                words.Add(read[i]);
            }
        }

        return (words, split);
    }

    /// <summary>The index of the first word of <paramref name="words"/> that does not follow the one before it in <paramref name="read"/>, or null.</summary>
    private static int? Subsequence(IReadOnlyList<string> words, IReadOnlyList<string> read)
    {
        // Anchored at each occurrence of the first word: a block's words follow one another closely.
        for (var start = 0; start < read.Count; start++)
        {
            if (read[start] != words[0])
            {
                continue;
            }

            var i = 1;
            for (var r = start + 1; r < read.Count && i < words.Count; r++)
            {
                if (read[r] == words[i])
                {
                    i++;
                }
            }

            if (i == words.Count)
            {
                return null;
            }
        }

        // Report how far the best attempt came.
        var best = 0;
        for (var start = 0; start < read.Count; start++)
        {
            var i = 0;
            for (var r = start; r < read.Count && i < words.Count; r++)
            {
                if (read[r] == words[i])
                {
                    i++;
                }
            }

            best = Math.Max(best, i);
        }

        return best;
    }

    private static Dictionary<string, int> Count(IEnumerable<string> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }

        return counts;
    }

    /// <summary>The blocks of <paramref name="doc"/> that must be printed (not the running head, page label or watermark: page furniture).</summary>
    public static IEnumerable<ExpectedBlock> Blocks(LetterheadDocument doc)
    {
        yield return new("title", Words(doc.Title));
        yield return new("marker", Words(doc.Marker));
        yield return new("information block", Words(doc.Info.SelectMany(l => l.Append(Space))));
        yield return new(ReturnAddress, Words(doc.Sender));
        yield return new("recipient", Words(doc.Recipient.SelectMany(l => l.Append(Space))));
        yield return new("contact block", Words(doc.Contact.SelectMany(g => g.SelectMany(l => l.Append(Space)))));
        var n = 0;
        foreach (var block in doc.Body)
        {
            n++;
            yield return new($"body block {n} ({block.GetType().Name})", Words(BlockRuns(block)));
        }
    }

    private static readonly TextRun Space = new(" ");

    private const string ReturnAddress = "return address";

    private static IEnumerable<TextRun> BlockRuns(Block block) => block switch
    {
        HeadingBlock h => h.Runs,
        ParagraphBlock p => p.Runs,
        ListBlock l => l.Items.SelectMany((item, i) => item.Prepend(new TextRun(" " + l.Style.Marker(l.Start + i) + " ")).Append(Space)),
        QuoteBlock q => q.Blocks.SelectMany(b => BlockRuns(b).Append(Space)),
        FootnoteBlock f => f.Runs.Prepend(new TextRun(f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ")),
        TableBlock t => t.Header.Concat(t.Rows.SelectMany(r => r)).SelectMany(c => c.Append(Space)),
        SignatureBlock s => s.Dateline.Append(Space).Concat(s.Closing).Append(Space).Concat(s.Intro).Append(Space)
            .Concat(s.Groups.SelectMany(g => g.Label.Append(Space).Concat(g.Signers.SelectMany(e => e.Lines.SelectMany(l => l.Append(Space)))))),
        SynopsisBlock s => s.Rows.SelectMany(r => r.Old.Append(Space).Concat(r.New).Append(Space)),
        _ => throw new InvalidOperationException("unknown block " + block.GetType().Name),
    };

    /// <summary>The words (runs of letters and digits) of <paramref name="runs"/>.</summary>
    public static List<string> Words(IEnumerable<TextRun> runs) => Words(string.Concat(runs.Select(r => r.Text)));

    /// <summary>The words (runs of letters and digits) of <paramref name="text"/>; a soft hyphen is no word boundary.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                current.Append(c);
            }
            else if (c != '\u00AD' && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>The words of the PDF's content (artifacts left out; /ActualText in place of the glyphs it covers), page by page in painting order.</summary>
    public static List<string> PdfWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            Letter? last = null;
            foreach (var element in page.GetMarkedContents())
            {
                Append(element, text, ref last);
            }

            text.Append(' ');
        }

        return Words(text.ToString());
    }

    private static void Append(MarkedContentElement element, StringBuilder text, ref Letter? last)
    {
        if (element.IsArtifact)
        {
            return;
        }

        if (element.ActualText is { } actual)
        {
            text.Append(' ').Append(actual).Append(' ');
            last = null;
            return;
        }

        foreach (var child in element.Children)
        {
            Append(child, text, ref last);
        }

        if (element.Children.Count > 0)
        {
            return;
        }

        foreach (var letter in element.Letters)
        {
            if (last is not null && (Math.Abs(last.StartBaseLine.Y - letter.StartBaseLine.Y) > 0.5
                || letter.StartBaseLine.X - last.EndBaseLine.X > last.PointSize * 0.15
                || letter.StartBaseLine.X < last.StartBaseLine.X - 0.5))
            {
                text.Append(' ');
            }

            text.Append(letter.Value);
            last = letter;
        }
    }
}
