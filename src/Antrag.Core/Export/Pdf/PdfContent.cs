using Antrag.Fonts;
using Antrag.Layout;

namespace Antrag.Export.Pdf;

/// <summary>
/// Writes the content stream of one page frame: text as positioned glyph runs (kerning and justification as TJ
/// adjustments against the embedded widths), lines as stroked paths, images as form XObjects. PDF's y axis points up.
/// </summary>
internal sealed class PdfContent
{
    private readonly PdfBuffer output = new(16384);
    private readonly float pageHeight;
    private readonly Func<FontFace, (string Name, PdfFontProgram Program)> font;
    private readonly Func<ImageItem, (string Name, PdfForm Form)?> form;
    private bool inText;
    private string? currentFont;
    private float currentSize;
    private Color? fill;
    private Color? stroke;
    private float lineWidth = -1;

    private PdfContent(float pageHeight, Func<FontFace, (string, PdfFontProgram)> font, Func<ImageItem, (string, PdfForm)?> form)
    {
        this.pageHeight = pageHeight;
        this.font = font;
        this.form = form;
    }

    /// <summary>The content stream of <paramref name="page"/>; <paramref name="font"/> and <paramref name="form"/> name the resources it uses.</summary>
    public static byte[] Write(PageFrame page, FontSet fonts, Func<FontFace, (string Name, PdfFontProgram Program)> font, Func<ImageItem, (string Name, PdfForm Form)?> form)
    {
        var content = new PdfContent(page.Height, font, form);
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case TextItem t:
                    content.Text(t, fonts[t.Style]);
                    break;
                case LineItem l:
                    content.Line(l);
                    break;
                case ImageItem i:
                    content.Image(i);
                    break;
            }
        }

        content.EndText();
        return content.output.ToArray();
    }

    private void Text(TextItem t, FontFace face)
    {
        var run = t.Run;
        var (name, program) = font(face);
        var first = Array.FindIndex(run.Glyphs, g => g != 0);
        if (first < 0)
        {
            return;
        }

        if (!inText)
        {
            output.Append("BT\n");
            inText = true;
        }

        if (name != currentFont || t.Size != currentSize)
        {
            output.Append('/').Append(name).Append(' ').Number(t.Size).Append("Tf\n");
            currentFont = name;
            currentSize = t.Size;
        }

        if (fill != t.Color)
        {
            Color(t.Color).Append("rg\n");
            fill = t.Color;
        }

        var angle = -t.Rotation * Math.PI / 180;
        var (cos, sin) = t.Rotation == 0 ? (1.0, 0.0) : (Math.Cos(angle), Math.Sin(angle));

        // Glyph 0 (.notdef) stands for a character the font lacks (reported as a warning); it is left out, as PDF/A forbids showing it.
        var scale = t.Size / 1000f;
        var i = first;
        while (i < run.Glyphs.Length)
        {
            // A segment: glyphs on the baseline from one text matrix; a glyph moved off the baseline starts its own.
            var dy = run.Y[i];
            var x = t.X + (run.X[i] * cos) + (dy * sin);
            var y = pageHeight - (t.Baseline + (dy * cos) - (run.X[i] * sin));
            output.Number(cos, 6).Number(sin, 6).Number(-sin, 6).Number(cos, 6).Number(x).Number(y).Append("Tm\n[<");
            var pen = run.X[i];
            var j = i;
            for (; j < run.Glyphs.Length; j++)
            {
                var glyph = run.Glyphs[j];
                if (glyph == 0)
                {
                    continue;
                }

                if (j > i && run.Y[j] != dy)
                {
                    break;
                }

                var adjust = (run.X[j] - pen) / scale;
                if (Math.Abs(adjust) >= 0.005)
                {
                    output.Append("> ").Number(-adjust).Append('<');
                }

                output.Hex4(glyph);
                pen = run.X[j] + (glyph < program.Widths.Length ? program.Widths[glyph] : 0) * scale;
            }

            output.Append(">] TJ\n");
            i = j;
            while (i < run.Glyphs.Length && run.Glyphs[i] == 0)
            {
                i++;
            }
        }
    }

    private void Line(LineItem l)
    {
        EndText();
        if (stroke != l.Color)
        {
            Color(l.Color).Append("RG\n");
            stroke = l.Color;
        }

        if (lineWidth != l.Thickness)
        {
            output.Number(l.Thickness).Append("w\n");
            lineWidth = l.Thickness;
        }

        output.Number(l.X1).Number(pageHeight - l.Y1).Append("m ").Number(l.X2).Number(pageHeight - l.Y2).Append("l S\n");
    }

    private void Image(ImageItem item)
    {
        if (form(item) is not var (name, f))
        {
            return;
        }

        EndText();

        // The form's point (u, v) lies at (u, BoxHeight − v) from the image's top left corner, v measured down.
        var sx = item.Width / f.Width;
        var sy = item.Height / f.Height;
        output.Append("q ").Number(sx).Append("0 0 ").Number(sy).Number(item.X).Number(pageHeight - item.Y - (f.BoxHeight * sy)).Append("cm /").Append(name).Append(" Do Q\n");
    }

    private PdfBuffer Color(Color c) => output.Number(c.R / 255.0).Number(c.G / 255.0).Number(c.B / 255.0);

    private void EndText()
    {
        if (inText)
        {
            output.Append("ET\n");
            inText = false;
        }
    }
}
