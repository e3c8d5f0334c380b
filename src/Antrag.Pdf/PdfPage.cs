namespace Antrag.Pdf;

/// <summary>
/// One page being written, from <see cref="PdfDocumentWriter.BeginPage"/> to <see cref="PdfDocumentWriter.EndPage"/>: its
/// content stream, drawn with glyph runs (kerning and justification as TJ adjustments against the embedded widths), stroked
/// lines and image forms. Coordinates are in points from the page's top left corner, y pointing down; PDF's own y axis
/// points up, which the page turns around. In a tagged file every drawing stands inside a marked-content sequence: the
/// content of a structure element (<see cref="BeginContent"/>) or an artifact (<see cref="BeginArtifact"/>).
/// </summary>
public sealed class PdfPage
{
    private readonly PdfBuffer output = new(16384);
    private bool inText;
    private string? currentFont;
    private float currentSize;
    private PdfColor? fill;
    private PdfColor? stroke;
    private float lineWidth = -1;
    private bool marked;

    internal PdfPage(PdfDocumentWriter writer, int number, int contents, float width, float height)
    {
        Writer = writer;
        Number = number;
        Contents = contents;
        Width = width;
        Height = height;
    }

    /// <summary>The page's width in points.</summary>
    public float Width { get; }

    /// <summary>The page's height in points.</summary>
    public float Height { get; }

    /// <summary>The writer the page belongs to.</summary>
    internal PdfDocumentWriter Writer { get; }

    /// <summary>The page object's number.</summary>
    internal int Number { get; }

    /// <summary>The number of the page's content stream.</summary>
    internal int Contents { get; }

    /// <summary>The fonts the page uses: object number → resource name.</summary>
    internal SortedDictionary<int, string> Fonts { get; } = [];

    /// <summary>The image forms the page uses: object number → resource name.</summary>
    internal SortedDictionary<int, string> Forms { get; } = [];

    /// <summary>Whether <see cref="PdfDocumentWriter.EndPage"/> has written the page.</summary>
    internal bool Ended { get; set; }

    /// <summary>The structure element of each marked-content identifier on the page (the index is the MCID).</summary>
    internal List<PdfStructureElement> Marked { get; } = [];

    /// <summary>Whether a marked-content sequence is open (begun and not yet ended).</summary>
    internal bool InMarkedContent => marked;

    /// <summary>
    /// Begins content of <paramref name="element"/>, an element of the writer's structure tree: what is drawn until
    /// <see cref="EndMarkedContent"/> is read as part of it. <paramref name="actualText"/>, if given, is what this piece
    /// stands for in the text (e.g. a whole word for its first half before a hyphen, "" for its second half). Sequences do
    /// not nest.
    /// </summary>
    public void BeginContent(PdfStructureElement element, string? actualText = null)
    {
        ArgumentNullException.ThrowIfNull(element);
        ThrowIfEnded();
        if (!Writer.Tagged || element.Root != Writer.Structure)
        {
            throw new InvalidOperationException("the element is not part of the structure tree the writer was started with");
        }

        BeginMarked();
        var mcid = Marked.Count;
        Marked.Add(element);
        element.Content.Add((Number, mcid));
        output.Append('/').Append(element.Type).Append(" <</MCID ").Integer(mcid);
        if (actualText is not null)
        {
            output.Append(" /ActualText ").Append(PdfSyntax.Text(actualText));
        }

        output.Append(">> BDC\n");
    }

    /// <summary>Begins an artifact: what is drawn until <see cref="EndMarkedContent"/> is no part of the text a reader reads.</summary>
    public void BeginArtifact(PdfArtifact artifact)
    {
        ThrowIfEnded();
        BeginMarked();
        output.Append("/Artifact <</Type /").Append(PdfSyntax.NameChars(artifact.Type));
        if (artifact.Subtype is not null)
        {
            output.Append(" /Subtype /").Append(PdfSyntax.NameChars(artifact.Subtype));
        }

        output.Append(">> BDC\n");
    }

    /// <summary>Ends the marked-content sequence begun last.</summary>
    public void EndMarkedContent()
    {
        ThrowIfEnded();
        if (!marked)
        {
            throw new InvalidOperationException("no marked-content sequence is open");
        }

        EndText();
        output.Append("EMC\n");
        marked = false;
    }

    /// <summary>
    /// Draws a run of <paramref name="glyphs"/> of <paramref name="font"/> at <paramref name="size"/> points: glyph i at
    /// (<paramref name="xs"/>[i], <paramref name="ys"/>[i]) from the origin (<paramref name="x"/>, <paramref name="baseline"/>),
    /// ys down, the whole run turned by <paramref name="rotation"/> degrees clockwise about the origin. Glyph 0 (.notdef)
    /// is left out, as PDF/A forbids showing it.
    /// </summary>
    public void Text(PdfFontProgram font, float size, PdfColor color, float x, float baseline, float rotation, ReadOnlySpan<ushort> glyphs, ReadOnlySpan<float> xs, ReadOnlySpan<float> ys)
    {
        ThrowIfEnded();
        ThrowIfUnmarked();
        var name = Writer.Use(font, Fonts);
        var first = glyphs.IndexOfAnyExcept((ushort)0);
        if (first < 0)
        {
            return;
        }

        if (!inText)
        {
            output.Append("BT\n");
            inText = true;
        }

        if (name != currentFont || size != currentSize)
        {
            output.Append('/').Append(name).Append(' ').Number(size).Append("Tf\n");
            currentFont = name;
            currentSize = size;
        }

        if (fill != color)
        {
            Color(color).Append("rg\n");
            fill = color;
        }

        var angle = -rotation * Math.PI / 180;
        var (cos, sin) = rotation == 0 ? (1.0, 0.0) : (Math.Cos(angle), Math.Sin(angle));
        var widths = font.Widths;
        var scale = size / 1000f;
        var i = first;
        while (i < glyphs.Length)
        {
            // A segment: glyphs on the baseline from one text matrix; a glyph moved off the baseline starts its own.
            var dy = ys[i];
            var tx = x + (xs[i] * cos) + (dy * sin);
            var ty = Height - (baseline + (dy * cos) - (xs[i] * sin));
            output.Number(cos, 6).Number(sin, 6).Number(-sin, 6).Number(cos, 6).Number(tx).Number(ty).Append("Tm\n[<");
            var pen = xs[i];
            var j = i;
            for (; j < glyphs.Length; j++)
            {
                var glyph = glyphs[j];
                if (glyph == 0)
                {
                    continue;
                }

                if (j > i && ys[j] != dy)
                {
                    break;
                }

                var adjust = (xs[j] - pen) / scale;
                if (Math.Abs(adjust) >= 0.005)
                {
                    output.Append("> ").Number(-adjust).Append('<');
                }

                output.Hex4(glyph);
                pen = xs[j] + (glyph < widths.Length ? widths[glyph] : 0) * scale;
            }

            output.Append(">] TJ\n");
            i = j;
            while (i < glyphs.Length && glyphs[i] == 0)
            {
                i++;
            }
        }
    }

    /// <summary>Strokes a straight line from (<paramref name="x1"/>, <paramref name="y1"/>) to (<paramref name="x2"/>, <paramref name="y2"/>).</summary>
    public void Line(float x1, float y1, float x2, float y2, float thickness, PdfColor color)
    {
        ThrowIfEnded();
        ThrowIfUnmarked();
        EndText();
        if (stroke != color)
        {
            Color(color).Append("RG\n");
            stroke = color;
        }

        if (lineWidth != thickness)
        {
            output.Number(thickness).Append("w\n");
            lineWidth = thickness;
        }

        output.Number(x1).Number(Height - y1).Append("m ").Number(x2).Number(Height - y2).Append("l S\n");
    }

    /// <summary>
    /// Fills an outline by the nonzero winding rule: <paramref name="verbs"/> 0 = move (one point), 1 = line (one point),
    /// 2 = cubic curve (three points), 3 = close; <paramref name="points"/> as x, y pairs from the page's top left corner.
    /// </summary>
    public void Fill(ReadOnlySpan<byte> verbs, ReadOnlySpan<float> points, PdfColor color)
    {
        ThrowIfEnded();
        ThrowIfUnmarked();
        EndText();
        if (fill != color)
        {
            Color(color).Append("rg\n");
            fill = color;
        }

        var p = 0;
        foreach (var verb in verbs)
        {
            var (count, op) = verb switch
            {
                0 => (1, "m\n"),
                1 => (1, "l\n"),
                2 => (3, "c\n"),
                3 => (0, "h\n"),
                _ => throw new ArgumentException("unknown path verb " + verb, nameof(verbs)),
            };
            for (var k = 0; k < count; k++, p += 2)
            {
                output.Number(points[p]).Number(Height - points[p + 1]);
            }

            output.Append(op);
        }

        output.Append("f\n");
    }

    /// <summary>Draws <paramref name="form"/> into the rectangle with its top left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Form(PdfForm form, float x, float y, float width, float height)
    {
        ThrowIfEnded();
        ThrowIfUnmarked();
        var name = Writer.Use(form, Forms);
        EndText();

        // The form's point (u, v) lies at (u, BoxHeight − v) from the image's top left corner, v measured down.
        var sx = width / form.Width;
        var sy = height / form.Height;
        output.Append("q ").Number(sx).Append("0 0 ").Number(sy).Number(x).Number(Height - y - (form.BoxHeight * sy)).Append("cm /").Append(name).Append(" Do Q\n");
    }

    /// <summary>The content stream as written so far, text closed.</summary>
    internal ReadOnlySpan<byte> Finish()
    {
        EndText();
        return output.Written;
    }

    private PdfBuffer Color(PdfColor c) => output.Number(c.R / 255.0).Number(c.G / 255.0).Number(c.B / 255.0);

    private void EndText()
    {
        if (inText)
        {
            output.Append("ET\n");
            inText = false;
        }
    }

    private void BeginMarked()
    {
        if (marked)
        {
            throw new InvalidOperationException("a marked-content sequence is open already; end it first");
        }

        // A sequence holds whole text objects: BT … ET never crosses BDC … EMC.
        EndText();
        marked = true;
    }

    /// <summary>In a tagged file nothing is drawn outside a marked-content sequence (PDF/UA: content is tagged or an artifact).</summary>
    private void ThrowIfUnmarked()
    {
        if (Writer.Tagged && !marked)
        {
            throw new InvalidOperationException("in a tagged file, draw inside BeginContent or BeginArtifact");
        }
    }

    private void ThrowIfEnded()
    {
        if (Ended)
        {
            throw new InvalidOperationException("the page has been written; begin a new one");
        }
    }
}
