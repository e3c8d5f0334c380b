using System.Runtime.InteropServices;
using System.Text;
using Antrag.Fonts;
using Antrag.Text;

namespace Antrag.Layout;

/// <summary>
/// Breaks a paragraph as a whole (total fit, after Knuth and Plass): among all ways to break it, it picks the one
/// with the least total badness, where a line's badness grows with its unused space (ragged right) or with the
/// stretching of its spaces (justified), and hyphens cost extra, more so on consecutive lines or the last full line.
/// No line is ever wider than the measure, except a single unbreakable piece wider than the measure itself.
/// </summary>
public sealed class ParagraphBreaker(FontSet fonts)
{
    private const double HyphenPenalty = 2500;
    private const double ConsecutiveHyphenPenalty = 3000;
    private const double LastLineHyphenPenalty = 5000;
    private const double Overfull = 1e12;
    private const char SoftHyphen = '\u00AD';

    /// <summary>What may stand around a name: quotes, brackets and punctuation.</summary>
    private const string Punctuation = "„“‚‘\"'()[],.;:!?";

    private enum Kind
    {
        Box,
        Glue,
        Hyphen,
        Explicit,
        Forced,
    }

    [ThreadStatic]
    private static Scratch? scratch;

    private sealed record Element(Kind Kind, string Text, FontStyle Style, float Width)
    {
        public Decoration Decoration { get; init; }
    }

    /// <summary>Breaks short text (titles, cells, names) ragged right without hyphenation.</summary>
    public IReadOnlyList<TextLine> Break(IReadOnlyList<TextRun> runs, float maxWidth, TextStyle style) =>
        Break(runs, maxWidth, style, BreakOptions.Plain);

    /// <summary>Breaks <paramref name="runs"/> into lines of at most <paramref name="maxWidth"/> points.</summary>
    public IReadOnlyList<TextLine> Break(IReadOnlyList<TextRun> runs, float maxWidth, TextStyle style, BreakOptions options)
    {
        var elements = Elements(runs, style, options, maxWidth);
        var breaks = Choose(elements, maxWidth, options);
        var lines = new List<TextLine>();
        var start = 0;
        for (var k = 0; k < breaks.Count; k++)
        {
            var end = breaks[k];
            var last = k == breaks.Count - 1 || elements[end].Kind == Kind.Forced;
            lines.Add(Build(elements, start, end, style, maxWidth, options.Justify && !last));
            start = end + 1;
            while (start < elements.Count && elements[start].Kind == Kind.Glue)
            {
                start++;
            }
        }

        return lines.Count == 0 ? [new TextLine([], 0)] : lines;
    }

    private static FontStyle StyleOf(TextRun run, TextStyle style) => (run.Bold || style.Bold, run.Italic) switch
    {
        (true, true) => FontStyle.BoldItalic,
        (true, false) => FontStyle.Bold,
        (false, true) => FontStyle.Italic,
        _ => FontStyle.Regular,
    };

    /// <summary>
    /// The face that sets the character at <paramref name="at"/> of <paramref name="text"/>: the fallback face for a
    /// character the family lacks; the second half of a surrogate pair, a combining mark, a variation selector or a joiner
    /// stays in the face of the character before it (<paramref name="previous"/>), so a cluster is shaped in one face.
    /// </summary>
    private FontStyle FaceOf(string text, int at, FontStyle style, FontStyle previous)
    {
        var c = text[at];
        if (char.IsLowSurrogate(c) && at > 0 && char.IsHighSurrogate(text[at - 1]))
        {
            return previous;
        }

        var codePoint = char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1])
            ? char.ConvertToUtf32(c, text[at + 1])
            : c;
        if (at > 0 && previous == FontStyle.Fallback && Rune.TryCreate(codePoint, out var rune)
            && (Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
                || UnicodeNames.IsDefaultIgnorable(codePoint)))
        {
            return previous;
        }

        return fonts.FaceFor(style, codePoint);
    }

    /// <summary>Boxes (word parts), glue (spaces) and penalties (hyphenation points, forced breaks), ending in a forced break.</summary>
    private List<Element> Elements(IReadOnlyList<TextRun> runs, TextStyle style, BreakOptions options, float maxWidth)
    {
        // About one element per three characters (words, their hyphenation points, spaces): grown once or never.
        var length = 0;
        foreach (var run in runs)
        {
            length += run.Text.Length;
        }

        var elements = new List<Element>((length / 3) + 4);
        var word = new List<(char C, FontStyle S, Decoration D)>();
        var space = new List<(char C, FontStyle S, Decoration D)>();
        var previousWord = string.Empty;

        foreach (var run in runs)
        {
            var runStyle = StyleOf(run, style);
            var fontStyle = runStyle;
            for (var at = 0; at < run.Text.Length; at++)
            {
                var c = run.Text[at];
                if (fonts.UsesFallback)
                {
                    fontStyle = FaceOf(run.Text, at, runStyle, fontStyle);
                }

                if (c == '\n')
                {
                    FlushWord();
                    space.Clear();
                    elements.Add(new Element(Kind.Forced, string.Empty, fontStyle, 0));
                }
                else if (c is ' ' or '\t')
                {
                    FlushWord();
                    space.Add((' ', fontStyle, run.Decoration));
                }
                else
                {
                    if (word.Count == 0)
                    {
                        FlushSpace(keep: char.IsUpper(c) && IsTitle(previousWord));
                    }

                    word.Add((c, fontStyle, run.Decoration));
                }
            }
        }

        FlushWord();
        if (elements.Count == 0 || elements[^1].Kind != Kind.Forced)
        {
            elements.Add(new Element(Kind.Forced, string.Empty, FontStyle.Regular, 0));
        }

        return elements;

        // A space that must not break (after an academic title, before the name) is a box of its own, not glue.
        void FlushSpace(bool keep = false)
        {
            if (space.Count == 0)
            {
                return;
            }

            if (elements.Count > 0 && elements[^1].Kind is Kind.Box)
            {
                var s = space[0].S;
                var d = space[0].D & LastDecoration();
                elements.Add(new Element(keep ? Kind.Box : Kind.Glue, " ", s, fonts[s].Measure(" ", style.Size)) { Decoration = d });
            }

            space.Clear();
        }

        // A space is decorated only if the word before it is (so an underline runs across the spaces of an insertion).
        Decoration LastDecoration() => elements.Count > 0 && elements[^1].Kind == Kind.Box ? elements[^1].Decoration : Decoration.None;

        void FlushWord()
        {
            if (word.Count == 0)
            {
                return;
            }

            FlushSpace();

            // Soft hyphens the writer put in (U+00AD) are never drawn; they are the word's only hyphenation points.
            List<int>? soft = null;
            var letters = 0;
            foreach (var w in word)
            {
                if (w.C == SoftHyphen)
                {
                    (soft ??= []).Add(letters);
                }
                else
                {
                    letters++;
                }
            }

            if (soft is not null)
            {
                word.RemoveAll(w => w.C == SoftHyphen);
                if (word.Count == 0)
                {
                    return;
                }
            }

            var chars = new char[word.Count];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = word[i].C;
            }

            var text = new string(chars);
            var cuts = new List<int>();
            if (soft is not null)
            {
                cuts.AddRange(soft.Where(p => p > 0 && p < text.Length));
            }

            // An address (mail, web) gets no hyphen, neither a soft one nor one of the hyphenator's.
            var address = IsAddress(text);
            if (address)
            {
                cuts.Clear();
            }

            var bold = word.TrueForAll(w => w.S is FontStyle.Bold or FontStyle.BoldItalic);
            var name = IsName(text, previousWord, options);
            previousWord = text;
            if (options.Hyphenate is not null && !bold && soft is null && !address && !name)
            {
                foreach (var p in options.Hyphenate(text))
                {
                    if (p > 0 && p < text.Length)
                    {
                        cuts.Add(p);
                    }
                }
            }

            // A hyphen, dash or slash inside a word is a place to break, without adding a hyphen; not the hyphen of a double
            // name, nor any hyphen in a name field. An address breaks only after "@", "/" and ".".
            List<int>? explicitCuts = null;
            for (var i = 1; i < text.Length - 1; i++)
            {
                var breaks = address
                    ? text[i] is '@' or '/' or '.' && char.IsLetterOrDigit(text[i + 1])
                    : (text[i] is '/' || (text[i] is '-' or '–' && options.BreakAtHyphens && !name))
                        && char.IsLetter(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
                if (breaks)
                {
                    (explicitCuts ??= []).Add(i + 1);
                    cuts.Add(i + 1);
                }
            }

            // Ascending, each once.
            if (cuts.Count > 1)
            {
                cuts.Sort();
                var kept = 1;
                for (var i = 1; i < cuts.Count; i++)
                {
                    if (cuts[i] != cuts[kept - 1])
                    {
                        cuts[kept++] = cuts[i];
                    }
                }

                cuts.RemoveRange(kept, cuts.Count - kept);
            }

            cuts.Add(text.Length);
            var from = 0;
            var nextExplicit = 0;
            foreach (var cut in cuts)
            {
                AddBoxes(chars, from, cut);
                if (cut < text.Length)
                {
                    // Both lists ascend: the explicit cuts are walked along (a search in the list for every cut was quadratic
                    // in a word of 500 KB joined by hyphens).
                    while (explicitCuts is not null && nextExplicit < explicitCuts.Count && explicitCuts[nextExplicit] < cut)
                    {
                        nextExplicit++;
                    }

                    // A hyphen after a character of the fallback face is the family's (the fallback font has none of its own).
                    var before = word[cut - 1].S is FontStyle.Fallback ? FontStyle.Regular : word[cut - 1].S;
                    elements.Add(explicitCuts is not null && nextExplicit < explicitCuts.Count && explicitCuts[nextExplicit] == cut
                        ? new Element(Kind.Explicit, string.Empty, before, 0)
                        : new Element(Kind.Hyphen, "-", before, fonts[before].Measure("-", style.Size)));
                }

                from = cut;
            }

            word.Clear();
        }

        // One box per style change; a box wider than the measure is cut where it must be (no hyphen).
        void AddBoxes(char[] chars, int from, int to)
        {
            var i = from;
            while (i < to)
            {
                var s = word[i].S;
                var dec = word[i].D;
                var first = i;
                while (i < to && word[i].S == s && word[i].D == dec)
                {
                    i++;
                }

                var text = new string(chars, first, i - first);
                var width = fonts[s].Measure(text, style.Size);
                if (width <= maxWidth)
                {
                    elements.Add(new Element(Kind.Box, text, s, width) { Decoration = dec });
                    continue;
                }

                var chunk = new StringBuilder();
                foreach (var c in text)
                {
                    if (chunk.Length > 0 && fonts[s].Measure(chunk.ToString() + c, style.Size) > maxWidth)
                    {
                        // A line must not end in a hyphen it does not break at (it would read as a hyphenated word): carry it over.
                        var carried = chunk.Length > 1 && chunk[^1] is '-' or '–' ? chunk[^1] : '\0';
                        if (carried != '\0')
                        {
                            chunk.Length--;
                        }

                        elements.Add(new Element(Kind.Box, chunk.ToString(), s, fonts[s].Measure(chunk.ToString(), style.Size)) { Decoration = dec });
                        elements.Add(new Element(Kind.Explicit, string.Empty, s, 0));
                        chunk.Clear();
                        if (carried != '\0')
                        {
                            chunk.Append(carried);
                        }
                    }

                    chunk.Append(c);
                }

                elements.Add(new Element(Kind.Box, chunk.ToString(), s, fonts[s].Measure(chunk.ToString(), style.Size)) { Decoration = dec });
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> is a mail or web address: it has an "@" or starts with "www." or a scheme.</summary>
    private static bool IsAddress(string word)
    {
        var start = 0;
        while (start < word.Length && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }

        var w = word.AsSpan(start);
        return w.Contains('@') || w.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || w.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a hyphenated name, never broken at its hyphens nor hyphenated: one the document
    /// knows (<see cref="BreakOptions.Names"/>), or capitalised parts after "Frau", "Herr", "Herrn", "Dr." or "Prof."
    /// ("Frau Reuschel-Schwitalla"). Capitalised parts alone do not make a name: German nouns are capitalised too
    /// ("Fahrrad-Infrastruktur" may break at its hyphen).
    /// </summary>
    /// <summary>Whether <paramref name="word"/> is an academic title that stays on the line of the name after it ("Dr. Anna Muster", "Prof. Dr. Muster").</summary>
    private static bool IsTitle(string word) => word is "Dr." or "Prof." or "Dr.-Ing." or "Dipl.-Ing." or "PD" or "Dres.";

    private static bool IsName(string word, string previous, BreakOptions options)
    {
        if (!word.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        var core = word.AsSpan().Trim(Punctuation);
        if (options.Names.Count > 0 && options.Names.Contains(core.ToString()))
        {
            return true;
        }

        if (previous is not ("Frau" or "Herr" or "Herrn" or "Dr." or "Prof."))
        {
            return false;
        }

        foreach (var part in core.Split('-'))
        {
            if (!Capitalised(core[part]))
            {
                return false;
            }
        }

        return true;

        static bool Capitalised(ReadOnlySpan<char> part)
        {
            if (part.Length < 2 || !char.IsUpper(part[0]))
            {
                return false;
            }

            foreach (var c in part[1..])
            {
                if (!char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The indices of the elements where lines end, chosen to minimise the paragraph's total demerits.</summary>
    private static List<int> Choose(List<Element> elements, float maxWidth, BreakOptions options)
    {
        var n = elements.Count;
        var work = scratch ??= new Scratch();
        work.Reset(n);
        var (kinds, widths, prefix, glues, lineStart) = (work.Kinds, work.Widths, work.Prefix, work.Glues, work.LineStart);
        var (best, from, bestStart, boxes, boxesEnd) = (work.Best, work.From, work.BestStart, work.Boxes, work.BoxesEnd);
        var candidates = work.Candidates;
        candidates.Add(-1);
        for (var i = 0; i < n; i++)
        {
            kinds[i] = elements[i].Kind;
            widths[i] = elements[i].Width;
            prefix[i + 1] = prefix[i] + (kinds[i] is Kind.Box or Kind.Glue ? widths[i] : 0);
            glues[i + 1] = glues[i] + (kinds[i] == Kind.Glue ? 1 : 0);
        }

        // lineStart[b + 1]: where a line starts after a break at element b (b = -1: the paragraph's start), the glue
        // that follows the break skipped.
        lineStart[n] = n;
        for (var b = n - 2; b >= -1; b--)
        {
            lineStart[b + 1] = kinds[b + 1] == Kind.Glue ? lineStart[b + 2] : b + 1;
        }

        // best[b], from[b]: the least demerits of the paragraph up to a break at b, and the break before it on that way.
        // bestStart[a + 1]: the least demerits of the paragraph up to a break at a (a = -1: nothing before).
        // boxes[a + 1]: the width of the boxes after a and before boxesEnd[a + 1], summed in order as b advances (the same
        // additions in the same order as summing them afresh for every line, so the same bits, without the quadratic cost).

        for (var b = 0; b < n; b++)
        {
            var kind = kinds[b];
            if (kind is not (Kind.Glue or Kind.Hyphen or Kind.Explicit or Kind.Forced))
            {
                continue;
            }

            var isLast = kind == Kind.Forced;
            var hyphen = kind == Kind.Hyphen;
            var added = hyphen ? widths[b] : 0;
            var beforeLastLine = hyphen && NextIsLast(kinds, n, b);
            var stretched = options.Justify && !isLast;
            foreach (var a in CollectionsMarshal.AsSpan(candidates))
            {
                var start = lineStart[a + 1];
                if (start > b)
                {
                    continue;
                }

                var width = prefix[b] - prefix[start] + added;
                double demerits;
                if (width > maxWidth + 0.01)
                {
                    // Only a line of a single box may overflow (it was cut to fit already); anything else is forbidden.
                    demerits = Overfull * (1 + width - maxWidth);
                }
                else
                {
                    if (stretched)
                    {
                        var sum = boxes[a + 1];
                        for (var i = Math.Max(boxesEnd[a + 1], a + 1); i < b; i++)
                        {
                            if (kinds[i] == Kind.Box)
                            {
                                sum += widths[i];
                            }
                        }

                        boxes[a + 1] = sum;
                        boxesEnd[a + 1] = b;
                    }

                    demerits = Demerits(width, glues[b] - glues[start], boxes[a + 1], maxWidth, isLast, options);
                    if (hyphen)
                    {
                        demerits += HyphenPenalty;
                        if (a >= 0 && kinds[a] == Kind.Hyphen)
                        {
                            demerits += ConsecutiveHyphenPenalty;
                        }

                        if (beforeLastLine)
                        {
                            demerits += LastLineHyphenPenalty;
                        }
                    }
                }

                var cost = bestStart[a + 1] + demerits;
                if (cost < best[b])
                {
                    best[b] = cost;
                    from[b] = a;
                }
            }

            if (isLast)
            {
                // A forced break ends every open line: later lines start here.
                candidates.Clear();
            }

            if (!double.IsPositiveInfinity(best[b]))
            {
                candidates.Add(b);
                bestStart[b + 1] = best[b];
            }

            // Drop starts from which even the shortest line to here is already too wide.
            var kept = 0;
            for (var k = 0; k < candidates.Count; k++)
            {
                var a = candidates[k];
                if (a == b || prefix[b] - prefix[lineStart[a + 1]] <= maxWidth * 1.5)
                {
                    candidates[kept++] = a;
                }
            }

            candidates.RemoveRange(kept, candidates.Count - kept);
        }

        var result = new List<int>();
        for (var b = n - 1; b >= 0; b = from[b])
        {
            result.Add(b);
        }

        result.Reverse();
        return result;
    }

    /// <summary>
    /// The arrays of <see cref="Choose"/>, kept by each thread between paragraphs (allocating them for every paragraph
    /// made a tenth of layout's garbage); <see cref="Reset"/> sets them as new ones would be.
    /// </summary>
    private sealed class Scratch
    {
        public Kind[] Kinds { get; private set; } = [];

        public float[] Widths { get; private set; } = [];

        public double[] Prefix { get; private set; } = [];

        public int[] Glues { get; private set; } = [];

        public int[] LineStart { get; private set; } = [];

        public double[] Best { get; private set; } = [];

        public int[] From { get; private set; } = [];

        public double[] BestStart { get; private set; } = [];

        public double[] Boxes { get; private set; } = [];

        public int[] BoxesEnd { get; private set; } = [];

        public List<int> Candidates { get; } = [];

        /// <summary>Room for <paramref name="n"/> elements; zeros where a new array has them, infinity in <see cref="Best"/>.</summary>
        public void Reset(int n)
        {
            if (Kinds.Length < n + 1)
            {
                var size = Math.Max(n + 1, 2 * Kinds.Length);
                (Kinds, Widths, Prefix, Glues, LineStart) = (new Kind[size], new float[size], new double[size], new int[size], new int[size]);
                (Best, From, BestStart, Boxes, BoxesEnd) = (new double[size], new int[size], new double[size], new double[size], new int[size]);
            }

            Array.Clear(Prefix, 0, n + 1);
            Array.Clear(Glues, 0, n + 1);
            Array.Fill(Best, double.PositiveInfinity, 0, n + 1);
            Array.Clear(From, 0, n + 1);
            Array.Clear(BestStart, 0, n + 1);
            Array.Clear(Boxes, 0, n + 1);
            Array.Clear(BoxesEnd, 0, n + 1);
            Candidates.Clear();
        }
    }

    /// <summary>
    /// The demerits of a line that fits, before penalties: <paramref name="width"/> is its natural width, of which its boxes
    /// measure <paramref name="boxes"/> (used only when justifying) and the rest is <paramref name="spaces"/> spaces.
    /// </summary>
    private static double Demerits(double width, int spaces, double boxes, float maxWidth, bool isLast, BreakOptions options)
    {
        var slack = maxWidth - width;
        double badness;
        if (isLast)
        {
            badness = 0;
        }
        else if (options.Justify)
        {
            var spaceWidth = spaces == 0 ? 0 : (width - boxes) / spaces;
            var ratio = spaces == 0 ? (slack > 0.5 ? 10 : 0) : slack / (spaces * Math.Max(1.0, spaceWidth));
            var stretch = ratio / Math.Max(0.1, options.MaxSpaceStretch - 1);
            badness = 100 * stretch * stretch * stretch;
        }
        else
        {
            var r = slack / (0.3 * maxWidth);
            badness = 100 * r * r;
        }

        var root = 1 + Math.Min(badness, 10000);
        return root * root;
    }

    /// <summary>Whether the line after break <paramref name="b"/> must be the paragraph's last (no break before its end).</summary>
    private static bool NextIsLast(Kind[] kinds, int n, int b)
    {
        for (var i = b + 1; i < n; i++)
        {
            if (kinds[i] is Kind.Glue or Kind.Hyphen or Kind.Explicit)
            {
                return false;
            }

            if (kinds[i] == Kind.Forced)
            {
                return true;
            }
        }

        return true;
    }

    private TextLine Build(List<Element> elements, int start, int end, TextStyle style, float maxWidth, bool justify)
    {
        var parts = new List<Element>();
        for (var i = start; i < end; i++)
        {
            if (elements[i].Kind is Kind.Box or Kind.Glue)
            {
                parts.Add(elements[i]);
            }
        }

        while (parts.Count > 0 && parts[^1].Kind == Kind.Glue)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        if (elements[end].Kind == Kind.Hyphen)
        {
            parts.Add(elements[end] with { Kind = Kind.Box });
        }

        var extra = 0f;
        if (justify)
        {
            var spaces = parts.Count(p => p.Kind == Kind.Glue);
            var natural = parts.Sum(p => p.Width);
            extra = spaces == 0 ? 0 : Math.Max(0, maxWidth - natural) / spaces;
        }

        var segments = new List<LineSegment>();
        var x = 0f;
        var i2 = 0;
        while (i2 < parts.Count)
        {
            // Ragged lines: one shaped segment per style (kerning across words kept). Justified: one per word.
            var fontStyle = parts[i2].Style;
            var decoration = parts[i2].Decoration;
            var sb = new StringBuilder();
            while (i2 < parts.Count && parts[i2].Style == fontStyle && parts[i2].Decoration == decoration && !(justify && parts[i2].Kind == Kind.Glue))
            {
                sb.Append(parts[i2].Text);
                i2++;
            }

            if (sb.Length > 0)
            {
                var text = sb.ToString();
                var run = fonts[fontStyle].Shape(text, style.Size);
                segments.Add(new LineSegment(x, text, fontStyle, run) { Decoration = decoration });
                x += run.Width;
            }

            if (justify && i2 < parts.Count && parts[i2].Kind == Kind.Glue)
            {
                x += parts[i2].Width + extra;
                i2++;
            }
        }

        return new TextLine(segments, x) { Hyphenated = elements[end].Kind == Kind.Hyphen, JoinsNext = elements[end].Kind == Kind.Explicit };
    }
}
