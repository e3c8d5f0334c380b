using System.Text;
using Antrag.Fonts;
using Antrag.Text;

namespace Antrag.Layout;

/// <summary>Breaks styled runs into lines no wider than a measure (greedy, at spaces; '\n' forces a break).</summary>
public sealed class LineBreaker(FontSet fonts)
{
    private readonly record struct Piece(string Text, FontStyle Style, bool IsSpace, bool IsBreak);

    /// <summary>Breaks <paramref name="runs"/> into lines of at most <paramref name="maxWidth"/> points.</summary>
    public IReadOnlyList<TextLine> Break(IReadOnlyList<TextRun> runs, float maxWidth, TextStyle style)
    {
        var words = SplitWords(runs, style);
        var lines = new List<TextLine>();
        var line = new List<Piece>();
        var width = 0f;
        List<Piece>? pendingSpace = null;

        foreach (var word in words)
        {
            if (word.Count == 1 && word[0].IsBreak)
            {
                lines.Add(Build(line, style));
                line = [];
                width = 0;
                pendingSpace = null;
                continue;
            }

            if (word.All(p => p.IsSpace))
            {
                if (line.Count > 0)
                {
                    pendingSpace = word;
                }

                continue;
            }

            var wordWidth = Measure(word, style);
            var spaceWidth = pendingSpace is null ? 0 : Measure(pendingSpace, style);
            if (line.Count > 0 && width + spaceWidth + wordWidth > maxWidth + 0.01f)
            {
                lines.Add(Build(line, style));
                line = [];
                width = 0;
                pendingSpace = null;
                spaceWidth = 0;
            }

            if (line.Count == 0 && wordWidth > maxWidth)
            {
                // A word longer than the whole line: cut it where it must be cut.
                foreach (var chunk in CutLongWord(word, maxWidth, style))
                {
                    if (line.Count > 0)
                    {
                        lines.Add(Build(line, style));
                    }

                    line = [.. chunk];
                    width = Measure(chunk, style);
                }

                continue;
            }

            if (pendingSpace is not null)
            {
                line.AddRange(pendingSpace);
                width += spaceWidth;
                pendingSpace = null;
            }

            line.AddRange(word);
            width += wordWidth;
        }

        if (line.Count > 0 || lines.Count == 0)
        {
            lines.Add(Build(line, style));
        }

        return lines;
    }

    private static FontStyle StyleOf(TextRun run, TextStyle style) => (run.Bold || style.Bold, run.Italic) switch
    {
        (true, true) => FontStyle.BoldItalic,
        (true, false) => FontStyle.Bold,
        (false, true) => FontStyle.Italic,
        _ => FontStyle.Regular,
    };

    /// <summary>Splits runs into words (lists of pieces, possibly in several styles), space groups and breaks.</summary>
    private static List<List<Piece>> SplitWords(IReadOnlyList<TextRun> runs, TextStyle style)
    {
        var words = new List<List<Piece>>();
        List<Piece>? current = null;
        bool? currentIsSpace = null;
        foreach (var run in runs)
        {
            var fontStyle = StyleOf(run, style);
            var sb = new StringBuilder();
            bool? sbIsSpace = null;
            foreach (var c in run.Text)
            {
                if (c == '\n')
                {
                    FlushPiece();
                    current = null;
                    currentIsSpace = null;
                    words.Add([new Piece("\n", fontStyle, false, true)]);
                    continue;
                }

                var isSpace = c is ' ' or '\t';
                if (sbIsSpace is not null && sbIsSpace != isSpace)
                {
                    FlushPiece();
                }

                sbIsSpace = isSpace;
                sb.Append(isSpace ? ' ' : c);
            }

            FlushPiece();

            void FlushPiece()
            {
                if (sb.Length == 0)
                {
                    return;
                }

                var piece = new Piece(sb.ToString(), fontStyle, sbIsSpace == true, false);
                sb.Clear();
                if (current is null || currentIsSpace != piece.IsSpace)
                {
                    current = [];
                    currentIsSpace = piece.IsSpace;
                    words.Add(current);
                }

                current.Add(piece);
                sbIsSpace = null;
            }
        }

        return words;
    }

    private float Measure(IReadOnlyList<Piece> pieces, TextStyle style)
    {
        var w = 0f;
        foreach (var p in pieces)
        {
            w += fonts[p.Style].Measure(p.Text, style.Size);
        }

        return w;
    }

    private IEnumerable<List<Piece>> CutLongWord(List<Piece> word, float maxWidth, TextStyle style)
    {
        var chunk = new List<Piece>();
        var chunkWidth = 0f;
        foreach (var piece in word)
        {
            var sb = new StringBuilder();
            foreach (var c in piece.Text)
            {
                var cw = fonts[piece.Style].Measure(c.ToString(), style.Size);
                if (chunkWidth + cw > maxWidth && (chunk.Count > 0 || sb.Length > 0))
                {
                    if (sb.Length > 0)
                    {
                        chunk.Add(piece with { Text = sb.ToString() });
                        sb.Clear();
                    }

                    yield return chunk;
                    chunk = [];
                    chunkWidth = 0;
                }

                sb.Append(c);
                chunkWidth += cw;
            }

            if (sb.Length > 0)
            {
                chunk.Add(piece with { Text = sb.ToString() });
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private TextLine Build(List<Piece> pieces, TextStyle style)
    {
        while (pieces.Count > 0 && pieces[^1].IsSpace)
        {
            pieces.RemoveAt(pieces.Count - 1);
        }

        var segments = new List<LineSegment>();
        var x = 0f;
        var i = 0;
        while (i < pieces.Count)
        {
            var fontStyle = pieces[i].Style;
            var sb = new StringBuilder();
            while (i < pieces.Count && pieces[i].Style == fontStyle)
            {
                sb.Append(pieces[i].Text);
                i++;
            }

            var text = sb.ToString();
            var run = fonts[fontStyle].Shape(text, style.Size);
            segments.Add(new LineSegment(x, text, fontStyle, run));
            x += run.Width;
        }

        return new TextLine(segments, x);
    }
}
