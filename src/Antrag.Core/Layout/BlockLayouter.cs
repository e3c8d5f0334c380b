using System.Globalization;
using Antrag.Fonts;
using Antrag.Text;

namespace Antrag.Layout;

/// <summary>Measures body blocks at a column width: each block becomes rows plus its rules for page breaks.</summary>
/// <remarks>
/// Each block also gets its node of the document's logical structure (<see cref="BlockLayout.Structure"/>): heading,
/// paragraph, list with labels and bodies, table with header and data cells, signatures with their figures; the items
/// point into it, rules are artifacts.
/// </remarks>
public sealed class BlockLayouter(
    FontSet fonts,
    Typography type,
    IReadOnlyDictionary<string, ImageData> images,
    BreakOptions? bodyOptions = null,
    bool numberAllText = false,
    Func<HeadingBlock, StructureRole>? headingRole = null)
{
    private bool Numbered(Block block) => numberAllText || block.Numbered;

    private readonly BreakOptions body = bodyOptions ?? BreakOptions.Plain;

    /// <summary>How table cells break: hyphenated like the body text, but ragged right.</summary>
    private BreakOptions CellOptions => body with { Justify = false };

    /// <summary>Height of a signature image above the signer's name, in points.</summary>
    private const float SignatureImageHeight = 34f;

    /// <summary>The room left above each typed name for a handwritten signature: 15 mm, about three lines.</summary>
    public static readonly float HandwrittenRoom = Units.Mm(15);

    private readonly ParagraphBreaker breaker = new(fonts);
    private readonly TextSetter setter = new(fonts);

    /// <summary>Lays out <paramref name="block"/> in a column <paramref name="width"/> points wide.</summary>
    public BlockLayout Layout(Block block, float width) => block switch
    {
        HeadingBlock h => Heading(h, width),
        ParagraphBlock p => Paragraph(p, width),
        ListBlock l => List(l, width),
        TableBlock t => Table(t, width),
        QuoteBlock q => Quote(q, width),
        FootnoteBlock f => Footnote(f, width),
        SignatureBlock s => Signatures(s, width),
        SynopsisBlock s => Synopsis(s, width),
        _ => throw new NotSupportedException(block.GetType().Name),
    };

    private static string Describe(string kind, IEnumerable<TextRun> runs)
    {
        var text = InlineParser.PlainText(runs).Replace('\n', ' ');
        return $"{kind} '{(text.Length > 40 ? text[..40] + "…" : text)}'";
    }

    private BlockLayout Heading(HeadingBlock h, float width)
    {
        // Level 1–2: the document's sections (accent colour); level 3 and below: sub-headings inside a text (black).
        var style = h.Level <= 2 ? type.Heading : type.Heading with { Color = Color.Black };
        var node = new StructureNode(headingRole?.Invoke(h) ?? HeadingRole(h.Level));
        return new(Describe("heading", h.Runs), setter.Rows(breaker.Break(h.Runs, width, style), 0, style, Numbered(h), node))
        {
            Structure = node,
            SpaceBefore = type.HeadingSpaceBefore,
            SpaceAfter = type.HeadingSpaceAfter,
            SpaceAfterOnly = true,
            KeepWithNext = true,
            MinRowsAtFoot = 1,
            MinRowsAtHead = 1,
            KeepTogether = true,
        };
    }

    /// <summary>The role of a heading of <paramref name="level"/> in the body, below the title (H1): H2 to H6.</summary>
    public static StructureRole HeadingRole(int level) => StructureRole.H1 + Math.Clamp(level, 2, 6) - 1;

    private BlockLayout Paragraph(ParagraphBlock p, float width)
    {
        var node = new StructureNode(StructureRole.P);
        var rows = setter.Rows(breaker.Break(p.Runs, width, type.Body, body), 0, type.Body, Numbered(p), node);
        return new(Describe("paragraph", p.Runs), rows)
        {
            Structure = node,
            SpaceBefore = type.ParagraphSpace,
            SpaceAfter = type.ParagraphSpace,
            KeepWithNext = LeadsIn(p, rows.Count),
        };
    }

    /// <summary>
    /// Whether a paragraph leads into what follows and must stand on a page with its first lines, like a heading: a salutation
    /// ("Sehr geehrter Herr Oberbürgermeister,") or a short paragraph that ends in a colon ("Der Rat möge beschließen:"); at most two lines.
    /// </summary>
    private static bool LeadsIn(ParagraphBlock p, int lines) =>
        lines <= 2 && InlineParser.PlainText(p.Runs).TrimEnd() is { Length: > 0 } text && text[^1] is ',' or ':';

    private BlockLayout List(ListBlock l, float width)
    {
        var style = type.Body;
        var markers = Enumerable.Range(0, l.Items.Count).Select(i => l.Style.Marker(l.Start + i)).ToList();
        var left = type.ListIndent * l.Level;
        var column = MarkerColumn(markers.Distinct(), style);
        var rows = new List<Row>();
        var list = new StructureNode(StructureRole.L) { Ordered = l.Ordered };
        for (var i = 0; i < l.Items.Count; i++)
        {
            var item = list.Add(StructureRole.LI);
            var gap = i == 0 ? 0 : type.ListItemSpace;
            // Each item is a part of its own: a page breaks between items freely, inside one only with two lines each side.
            rows.AddRange(Hanging(markers[i], l.Items[i], left, column, width, style, gap, Numbered(l), item.Add(StructureRole.Lbl), item.Add(StructureRole.LBody)).Select(r => r with { Unit = i }));
        }

        return new BlockLayout(Describe("list", l.Items[0]), rows)
        {
            Structure = list,
            SpaceBefore = type.ParagraphSpace,
            SpaceAfter = type.ParagraphSpace,
        };
    }

    /// <summary>The width of the column the markers hang in: the list indent, or wider for wide markers such as "(iii)" or "VIII.".</summary>
    private float MarkerColumn(IEnumerable<string> markers, TextStyle style) =>
        Math.Max(type.ListIndent, markers.Max(m => breaker.Break([new TextRun(m)], float.MaxValue, style)[0].Width) + 3f);

    /// <summary>
    /// The rows of a text that hangs right of <paramref name="marker"/>: the marker at <paramref name="left"/>, the text
    /// <paramref name="column"/> further right; the first row moved down by <paramref name="gap"/>.
    /// </summary>
    private List<Row> Hanging(string marker, IReadOnlyList<TextRun> runs, float left, float column, float width, TextStyle style, float gap, bool numbered, StructureNode label, StructureNode content)
    {
        var lines = breaker.Break(runs, width - left - column, style, body);
        var itemRows = setter.Rows(lines, left + column, style, numbered, content);
        var markerLine = breaker.Break([new TextRun(marker)], float.MaxValue, style)[0];
        var first = itemRows[0];
        var markerItems = setter.Items(markerLine, left, 0, style).As(label);
        // The marker belongs to the item's first line, also in the text of its line-number anchor.
        var firstItems = markerItems.Concat(first.Items)
            .Select(it => it is LineNumberAnchor a ? a with { Text = marker + " " + a.Text, Marker = marker } : it)
            .Select(it => it.Offset(0, gap));
        itemRows[0] = new Row(first.Height + gap, firstItems.ToList());
        return itemRows;
    }

    /// <summary>A quotation: its blocks laid out narrower and moved right by the quote indent, with their spacing kept.</summary>
    private BlockLayout Quote(QuoteBlock q, float width)
    {
        var rows = new List<Row>();
        var quote = new StructureNode(StructureRole.BlockQuote);
        var previousAfter = 0f;
        foreach (var inner in q.Blocks)
        {
            var laid = Layout(Numbered(q) ? inner with { Numbered = true } : inner, width - type.QuoteIndent);
            if (laid.Structure is not null)
            {
                quote.Add(laid.Structure);
            }

            var gap = rows.Count == 0 ? 0 : Math.Max(previousAfter, laid.SpaceBefore);
            for (var r = 0; r < laid.Rows.Count; r++)
            {
                var row = laid.Rows[r];
                var dy = r == 0 ? gap : 0;
                rows.Add(new Row(row.Height + dy, row.Items.Select(it => it.Offset(type.QuoteIndent, dy)).ToList()) { Origin = row.Origin });
            }

            previousAfter = laid.SpaceAfter;
        }

        return new BlockLayout("quote", rows)
        {
            Structure = quote,
            SpaceBefore = type.ParagraphSpace,
            SpaceAfter = type.ParagraphSpace,
        };
    }

    /// <summary>An endnote: its number hanging left of its text, in the smaller type of tables.</summary>
    private BlockLayout Footnote(FootnoteBlock f, float width)
    {
        var marker = f.Number.ToString(CultureInfo.InvariantCulture);
        var note = new StructureNode(StructureRole.Note);
        var text = note.Add(StructureRole.P);
        var rows = Hanging(marker, f.Runs.Count == 0 ? [new TextRun(string.Empty)] : f.Runs, 0, type.ListIndent, width, type.Table, 0, Numbered(f), text, text);
        return new BlockLayout(Describe("footnote", f.Runs), rows)
        {
            Structure = note,
            SpaceBefore = type.ListItemSpace,
            SpaceAfter = type.ListItemSpace,
        };
    }

    private BlockLayout Table(TableBlock t, float width)
    {
        var style = type.Table;
        var columns = Math.Max(t.Header.Count, t.Rows.Count == 0 ? 1 : t.Rows.Max(r => r.Count));
        var widths = ColumnWidths(columns, width);
        const float padY = 3f;
        const float padX = 4f;
        // One header in the structure (THead), however often the paginator repeats its row on later pages (as artifacts).
        var table = new StructureNode(StructureRole.Table);
        var rows = new List<Row> { TableRow(t.Header, t.Alignments, widths, style.WithBold(), padX, padY, rule: 0.8f, ruleColor: type.Accent, table.Add(StructureRole.THead).Add(StructureRole.TR), StructureRole.TH) };
        var tbody = table.Add(StructureRole.TBody);
        for (var r = 0; r < t.Rows.Count; r++)
        {
            rows.Add(TableRow(t.Rows[r], t.Alignments, widths, style, padX, padY, rule: 0.4f, ruleColor: Color.Grey, tbody.Add(StructureRole.TR), StructureRole.TD));
        }

        return new BlockLayout(Describe("table", t.Header.SelectMany(c => c)), rows)
        {
            Structure = table,
            SpaceBefore = type.ParagraphSpace,
            SpaceAfter = SpaceBelowTable(style, padY),
            // Two body rows at least at a foot (below the header) and at a head: a table of fewer than four does not break.
            HeaderRows = 1,
            MinRowsAtFoot = 2,
            MinRowsAtHead = 2,
        };
    }

    /// <summary>
    /// The space below a table's last rule, so that the white below it looks like the white above it: above, the text line's
    /// room below its baseline, the paragraph space, the cell's top padding and the room above the header's letters; below,
    /// this space and the room above the next line's letters (capitals stand about 0.7 of the size above the baseline).
    /// </summary>
    private float SpaceBelowTable(TextStyle cells, float padY)
    {
        const float capitals = 0.7f;
        var above = (type.Body.Leading - setter.BaselineOffset(type.Body)) + type.ParagraphSpace + padY + setter.BaselineOffset(cells) - (capitals * cells.Size);
        return above - (setter.BaselineOffset(type.Body) - (capitals * type.Body.Size));
    }

    private static float[] ColumnWidths(int columns, float width)
    {
        if (columns == 3)
        {
            return [width * 0.5f, width * 0.25f, width * 0.25f];
        }

        return Enumerable.Repeat(width / columns, columns).ToArray();
    }

    /// <summary>A row of cells (each its own node of <paramref name="cellRole"/> in <paramref name="row"/>; header cells head their column), each line placed as its column is aligned, and its rule.</summary>
    private Row TableRow(IReadOnlyList<IReadOnlyList<TextRun>> cells, IReadOnlyList<ColumnAlignment> alignments, float[] widths, TextStyle style, float padX, float padY, float rule, Color ruleColor, StructureNode row, StructureRole cellRole)
    {
        var items = new List<FrameItem>();
        var x = 0f;
        var height = 0f;
        IReadOnlyList<TextRun> tallest = [];
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = c < cells.Count ? cells[c] : [];
            var measure = widths[c] - (2 * padX);
            var lines = breaker.Break(cell, measure, style, CellOptions);
            var align = c < alignments.Count ? alignments[c] : ColumnAlignment.Left;
            Func<TextLine, float>? indent = align switch
            {
                ColumnAlignment.Right => l => Math.Max(0, measure - l.Width),
                ColumnAlignment.Center => l => Math.Max(0, (measure - l.Width) / 2),
                _ => null,
            };
            items.AddRange(setter.Items(lines, x + padX, padY, style, row.Add(cellRole), indent: indent));
            var y = padY + (lines.Count * style.Leading);
            if (y + padY > height)
            {
                (height, tallest) = (y + padY, cell);
            }

            x += widths[c];
        }

        items.Add(new LineItem(0, height, widths.Sum(), height, rule, ruleColor).As(ArtifactKind.Rule));
        return new Row(height, items) { Origin = InlineParser.PlainText(tallest) };
    }

    /// <summary>Two columns, old and new version; one row per pair of paragraphs, never split inside a row.</summary>
    private BlockLayout Synopsis(SynopsisBlock s, float width)
    {
        var gutter = Units.Mm(6);
        var column = (width - gutter) / 2;
        var style = type.Body with { Size = 10f, Leading = 13f };
        // The first row heads the columns ("Bisherige Fassung", "Neue Fassung"): one THead, repeated by the paginator on
        // every page the synopsis continues on, as a table's header is.
        var table = new StructureNode(StructureRole.Table);
        var head = table.Add(StructureRole.THead);
        var body = s.Rows.Count > 1 ? table.Add(StructureRole.TBody) : head;
        var rows = s.Rows.Select((r, i) => SynopsisRow(r.Old, r.New, column, gutter, i == 0 ? style.WithBold() : style, rule: i == 0, (i == 0 ? head : body).Add(StructureRole.TR), i == 0 ? StructureRole.TH : StructureRole.TD)).ToList();
        return new BlockLayout(Describe("synopsis", s.Rows.Count > 0 ? s.Rows[0].Old : []), rows)
        {
            Structure = table,
            SpaceBefore = type.ParagraphSpace,
            SpaceAfter = type.ParagraphSpace,
            // A row is a pair of whole paragraphs, often tall: one at a foot and one at a head are enough.
            HeaderRows = rows.Count > 1 ? 1 : 0,
            MinRowsAtFoot = 1,
            MinRowsAtHead = 1,
        };
    }

    /// <summary>A row of the old and the new version, each a cell of <paramref name="cellRole"/> in <paramref name="row"/>; struck and underlined text announced as deleted and inserted.</summary>
    private Row SynopsisRow(IReadOnlyList<TextRun> left, IReadOnlyList<TextRun> right, float column, float gutter, TextStyle style, bool rule, StructureNode row, StructureRole cellRole)
    {
        var items = new List<FrameItem>();
        var height = 0f;
        IReadOnlyList<TextRun> tallest = [];
        foreach (var (runs, x) in new[] { (left, 0f), (right, column + gutter) })
        {
            var cell = row.Add(cellRole);
            var y = 0f;
            if (runs.Count > 0)
            {
                var lines = breaker.Break(runs, column, style);
                items.AddRange(setter.Items(lines, x, 0, style, cell, announceChanges: true));
                y = lines.Count * style.Leading;
            }

            if (y > height)
            {
                (height, tallest) = (y, runs);
            }
        }

        if (rule)
        {
            items.Add(new LineItem(0, height + 2f, (2 * column) + gutter, height + 2f, 0.6f, type.Accent).As(ArtifactKind.Rule));
            height += 4f;
        }

        return new Row(height + 5f, items) { Origin = InlineParser.PlainText(tallest) };
    }

    private BlockLayout Signatures(SignatureBlock s, float width)
    {
        var style = type.Body;
        var rows = new List<Row>();
        var section = new StructureNode(StructureRole.Sect);
        if (s.Dateline.Count > 0)
        {
            rows.AddRange(setter.Rows(breaker.Break(s.Dateline, width, style), 0, style, node: section.Add(StructureRole.P)));
            rows.Add(new Row(style.Leading * 0.5f, []));
        }

        if (s.Closing.Count > 0)
        {
            rows.AddRange(setter.Rows(breaker.Break(s.Closing, width, style), 0, style, node: section.Add(StructureRole.P)));
            rows.Add(new Row(style.Leading * 0.5f, []));
        }

        if (s.Intro.Count > 0)
        {
            rows.AddRange(setter.Rows(breaker.Break(s.Intro, width, style), 0, style, node: section.Add(StructureRole.P)));
        }

        const int perRow = 3;
        var mostInARow = s.Groups.Count == 0 ? 1 : s.Groups.Max(g => Math.Min(perRow, Math.Max(1, g.Signers.Count)));
        var columnWidth = width / mostInARow;
        foreach (var group in s.Groups)
        {
            // A labelled group (a faction of a joint motion) is a division of its own: its label, then its signers.
            var parent = group.Label.Count > 0 ? section.Add(StructureRole.Div) : section;
            if (group.Label.Count > 0)
            {
                var labelStyle = type.Table.WithBold();
                var labelRows = setter.Rows(breaker.Break(group.Label, width, labelStyle), 0, labelStyle, node: parent.Add(StructureRole.P));
                labelRows[0] = new Row(labelRows[0].Height + 6f, labelRows[0].Items.Select(i => i.Offset(0, 6f)).ToList());
                rows.AddRange(labelRows);
            }

            for (var start = 0; start < group.Signers.Count; start += perRow)
            {
                var items = new List<FrameItem>();
                var height = 0f;
                var origin = string.Empty;
                var hasImage = group.Signers.Skip(start).Take(perRow).Any(e => e.ImagePath is not null);
                for (var k = start; k < Math.Min(start + perRow, group.Signers.Count); k++)
                {
                    var entry = group.Signers[k];
                    var signer = parent.Add(StructureRole.Div);
                    var x = (k - start) * columnWidth;
                    var y = 6f;
                    if (hasImage)
                    {
                        if (entry.ImagePath is not null && images.TryGetValue(entry.ImagePath, out var image))
                        {
                            var w = Math.Min(columnWidth - 12f, SignatureImageHeight * image.IntrinsicWidth / image.IntrinsicHeight);
                            var h = w * image.IntrinsicHeight / image.IntrinsicWidth;
                            var signerName = entry.Lines.Count > 0 ? InlineParser.PlainText(entry.Lines[0]).Trim() : string.Empty;
                            var figure = signer.Add(new StructureNode(StructureRole.Figure) { Alt = signerName.Length > 0 ? "Unterschrift von " + signerName : "Unterschrift" });
                            items.Add(new ImageItem(x, y + SignatureImageHeight - h, w, h, image).As(figure));
                        }

                        y += SignatureImageHeight + 2f;
                    }
                    else if (s.Handwritten)
                    {
                        // Room to sign by hand above the typed name.
                        y += HandwrittenRoom;
                    }

                    // The origin of a row too tall for a page: the longest line (name or function) of its tallest signer.
                    var longest = string.Empty;
                    var longestHeight = 0f;
                    for (var li = 0; li < entry.Lines.Count; li++)
                    {
                        // The name, then the role: a paragraph each.
                        var lineStyle = li == 0 ? style : type.SignerRole;
                        var lines = breaker.Break(entry.Lines[li], columnWidth - 8f, lineStyle, BreakOptions.NameField);
                        items.AddRange(setter.Items(lines, x, y, lineStyle, signer.Add(StructureRole.P)));
                        var lineHeight = lines.Count * lineStyle.Leading;
                        y += lineHeight;
                        if (lineHeight > longestHeight)
                        {
                            (longestHeight, longest) = (lineHeight, InlineParser.PlainText(entry.Lines[li]));
                        }
                    }

                    if (y > height)
                    {
                        (height, origin) = (y, longest);
                    }
                }

                rows.Add(new Row(height + 4f, items) { Origin = origin });
            }
        }

        var name = s.Intro.Count > 0 ? s.Intro : s.Closing.Count > 0 ? s.Closing : s.Dateline;
        return new BlockLayout(Describe("signatures", name), rows)
        {
            Structure = section,
            SpaceBefore = 2 * type.ParagraphSpace,
            SpaceAfter = type.ParagraphSpace,
            KeepTogether = true,
            KeepWithPrevious = true,
            TallRow = LayoutProblemKind.Signer,
        };
    }
}
