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

    /// <summary>
    /// The items of one line whose left edge is <paramref name="x"/> and row top is <paramref name="top"/>; with
    /// <paramref name="tags"/> (one per segment), the text is content of the tags' nodes and decorations are rules.
    /// </summary>
    public IEnumerable<FrameItem> Items(TextLine line, float x, float top, TextStyle style, IReadOnlyList<SegmentTag>? tags = null)
    {
        var baseline = top + BaselineOffset(style);
        var rule = tags is null ? default : ContentTag.ArtifactOf(ArtifactKind.Rule);
        for (var i = 0; i < line.Segments.Count; i++)
        {
            var s = line.Segments[i];
            var item = new TextItem(x + s.X, baseline, s.Style, style.Size, style.Color, s.Text, s.Run);
            yield return tags is null ? item : item with { Tag = ContentTag.Of(tags[i].Node), Parts = tags[i].Parts };

            // Decorations are drawn as lines, so they survive a black-and-white printer and can be read back.
            var thickness = style.Size * 0.06f;
            if (s.Decoration.HasFlag(Decoration.Underline))
            {
                var y = baseline + (style.Size * 0.15f);
                yield return new LineItem(x + s.X, y, x + s.X + s.Run.Width, y, thickness, style.Color) { Tag = rule };
            }

            if (s.Decoration.HasFlag(Decoration.Strike))
            {
                var y = baseline - (style.Size * 0.28f);
                yield return new LineItem(x + s.X, y, x + s.X + s.Run.Width, y, thickness, style.Color) { Tag = rule };
            }
        }
    }

    /// <summary>
    /// The items of <paramref name="lines"/> stacked from <paramref name="top"/> at <paramref name="x"/>, content of <paramref name="node"/> (see <see cref="TextTagging"/>);
    /// each line moved right by <paramref name="indent"/> of it, if given (a line flush right or centred in a cell).
    /// </summary>
    public List<FrameItem> Items(IReadOnlyList<TextLine> lines, float x, float top, TextStyle style, StructureNode node, bool announceChanges = false, Func<TextLine, float>? indent = null)
    {
        var tags = TextTagging.For(lines, node, announceChanges);
        var items = new List<FrameItem>();
        for (var i = 0; i < lines.Count; i++)
        {
            items.AddRange(Items(lines[i], x + (indent?.Invoke(lines[i]) ?? 0), top + (i * style.Leading), style, tags[i]));
        }

        return items;
    }

    /// <summary>
    /// One row per line, left-aligned at <paramref name="x"/>; numbered rows carry a <see cref="LineNumberAnchor"/>. With
    /// <paramref name="node"/>, the text is content of it (see <see cref="TextTagging"/>).
    /// </summary>
    public List<Row> Rows(IEnumerable<TextLine> lines, float x, TextStyle style, bool numbered = false, StructureNode? node = null)
    {
        var list = lines as IReadOnlyList<TextLine> ?? lines.ToList();
        var tags = node is null ? null : TextTagging.For(list, node);
        return list.Select((l, i) =>
        {
            var items = Items(l, x, 0, style, tags?[i]).ToList();
            if (numbered)
            {
                items.Add(new LineNumberAnchor(0, BaselineOffset(style), Text(l)) { StartsParagraph = i == 0, Hyphenated = l.Hyphenated });
            }

            return new Row(style.Leading, items);
        }).ToList();
    }

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
