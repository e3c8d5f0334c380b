using Antrag.Fonts;
using Antrag.Text;

namespace Antrag.Layout;

/// <summary>Turns broken text lines into rows of positioned text items.</summary>
public sealed class TextSetter(FontSet fonts)
{
    /// <summary>Where a line's baseline sits below the top of its row.</summary>
    public float BaselineOffset(TextStyle style)
    {
        var face = fonts[FontStyle.Regular];
        var ascent = face.Ascent(style.Size);
        var descent = face.Descent(style.Size);
        return ((style.Leading - (ascent + descent)) / 2f) + ascent;
    }

    /// <summary>The items of one line whose left edge is <paramref name="x"/> and row top is <paramref name="top"/>.</summary>
    public IEnumerable<FrameItem> Items(TextLine line, float x, float top, TextStyle style)
    {
        var baseline = top + BaselineOffset(style);
        foreach (var s in line.Segments)
        {
            yield return new TextItem(x + s.X, baseline, s.Style, style.Size, style.Color, s.Text, s.Run);

            // Decorations are drawn as lines, so they survive a black-and-white printer and can be read back.
            var thickness = style.Size * 0.06f;
            if (s.Decoration.HasFlag(Decoration.Underline))
            {
                var y = baseline + (style.Size * 0.15f);
                yield return new LineItem(x + s.X, y, x + s.X + s.Run.Width, y, thickness, style.Color);
            }

            if (s.Decoration.HasFlag(Decoration.Strike))
            {
                var y = baseline - (style.Size * 0.28f);
                yield return new LineItem(x + s.X, y, x + s.X + s.Run.Width, y, thickness, style.Color);
            }
        }
    }

    /// <summary>One row per line, left-aligned at <paramref name="x"/>; numbered rows carry a <see cref="LineNumberAnchor"/>.</summary>
    public List<Row> Rows(IEnumerable<TextLine> lines, float x, TextStyle style, bool numbered = false) =>
        lines.Select((l, i) =>
        {
            var items = Items(l, x, 0, style).ToList();
            if (numbered)
            {
                items.Add(new LineNumberAnchor(0, BaselineOffset(style), Text(l)) { StartsParagraph = i == 0, Hyphenated = l.Hyphenated });
            }

            return new Row(style.Leading, items);
        }).ToList();

    /// <summary>The text of a line; a justified line sets each word apart (its spaces are gaps), so a gap counts as a space.</summary>
    public static string Text(TextLine line)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < line.Segments.Count; i++)
        {
            var s = line.Segments[i];
            if (i > 0)
            {
                var before = line.Segments[i - 1];
                if (s.X > before.X + before.Run.Width + 0.01f && !before.Text.EndsWith(' ') && !s.Text.StartsWith(' '))
                {
                    sb.Append(' ');
                }
            }

            sb.Append(s.Text);
        }

        return sb.ToString();
    }
}
