using Antrag.Fonts;
using Antrag.Layout;
using SkiaSharp;

namespace Antrag.Export;

/// <summary>Paints the items of a page frame onto a Skia canvas, for the PNG exporter (the PDF writer places the same items itself).</summary>
public sealed class FramePainter : IDisposable
{
    private readonly FontSet fonts;
    private readonly Dictionary<(FontStyle, float), SKFont> skFonts = [];
    private readonly Dictionary<ImageData, SKImage?> bitmaps = [];

    private readonly bool subpixel;

    /// <summary>How images are sampled when scaled (also for the PDF's image forms).</summary>
    internal static SKSamplingOptions Sampling { get; } = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <summary>A painter for <paramref name="fonts"/>; <paramref name="subpixel"/> false places glyphs on whole pixels (for small previews).</summary>
    public FramePainter(FontSet fonts, bool subpixel = true)
    {
        this.fonts = fonts;
        this.subpixel = subpixel;
    }

    /// <summary>Paints every item of <paramref name="page"/> in order.</summary>
    public void Paint(SKCanvas canvas, PageFrame page)
    {
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case TextItem t:
                    PaintText(canvas, t);
                    break;
                case LineItem l:
                    using (var paint = new SKPaint { IsStroke = true, StrokeWidth = l.Thickness, Color = ToSk(l.Color), IsAntialias = true })
                    {
                        canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, paint);
                    }

                    break;
                case ImageItem i:
                    PaintImage(canvas, i);
                    break;
                case ShapeItem shape:
                    PaintShape(canvas, shape);
                    break;
            }
        }
    }

    private static SKColor ToSk(Color c) => new(c.R, c.G, c.B);

    private SKFont Font(FontStyle style, float size)
    {
        if (!skFonts.TryGetValue((style, size), out var font))
        {
            font = new SKFont(fonts[style].Typeface, size)
            {
                Subpixel = subpixel,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
                LinearMetrics = true,
            };
            skFonts[(style, size)] = font;
        }

        return font;
    }

    private static void PaintShape(SKCanvas canvas, ShapeItem shape)
    {
        using var builder = new SKPathBuilder { FillType = SKPathFillType.Winding };
        var p = 0;
        foreach (var verb in shape.Verbs)
        {
            var pt = shape.Points;
            switch (verb)
            {
                case ShapeItem.Move:
                    builder.MoveTo(pt[p], pt[p + 1]);
                    p += 2;
                    break;
                case ShapeItem.Line:
                    builder.LineTo(pt[p], pt[p + 1]);
                    p += 2;
                    break;
                case ShapeItem.Cubic:
                    builder.CubicTo(pt[p], pt[p + 1], pt[p + 2], pt[p + 3], pt[p + 4], pt[p + 5]);
                    p += 6;
                    break;
                case ShapeItem.Close:
                    builder.Close();
                    break;
            }
        }

        using var path = builder.Detach();
        using var paint = new SKPaint { Color = ToSk(shape.Color), IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawPath(path, paint);
    }

    private void PaintText(SKCanvas canvas, TextItem t)
    {
        // Glyph 0 (.notdef) stands for a character the font lacks (reported as a warning); it is left out, as PDF/A forbids showing it.
        var glyphs = new List<ushort>(t.Run.Glyphs.Length);
        var positions = new List<SKPoint>(t.Run.Glyphs.Length);
        for (var i = 0; i < t.Run.Glyphs.Length; i++)
        {
            if (t.Run.Glyphs[i] != 0)
            {
                glyphs.Add(t.Run.Glyphs[i]);
                positions.Add(new SKPoint(t.X + t.Run.X[i], t.Baseline + t.Run.Y[i]));
            }
        }

        if (glyphs.Count == 0)
        {
            return;
        }

        if (t.Rotation != 0)
        {
            canvas.Save();
            canvas.RotateDegrees(t.Rotation, t.X, t.Baseline);
        }

        using var builder = new SKTextBlobBuilder();
        builder.AddPositionedRun(glyphs.ToArray(), Font(t.Style, t.Size), positions.ToArray());
        using var blob = builder.Build();
        using var paint = new SKPaint { Color = ToSk(t.Color), IsAntialias = true };
        if (blob is not null)
        {
            canvas.DrawText(blob, 0, 0, paint);
        }

        if (t.Rotation != 0)
        {
            canvas.Restore();
        }
    }

    /// <summary>Draws an SVG picture scaled to fill <paramref name="rect"/> (also used to draw images for the PDF).</summary>
    internal static void DrawPicture(SKCanvas canvas, SKPicture picture, SKRect rect)
    {
        var bounds = picture.CullRect;
        canvas.Save();
        canvas.Translate(rect.Left, rect.Top);
        canvas.Scale(rect.Width / bounds.Width, rect.Height / bounds.Height);
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        canvas.Restore();
    }

    private void PaintImage(SKCanvas canvas, ImageItem item)
    {
        var rect = new SKRect(item.X, item.Y, item.X + item.Width, item.Y + item.Height);
        if (item.Image.IsSvg)
        {
            if (ImageLoader.SvgPicture(item.Image) is { } picture)
            {
                DrawPicture(canvas, picture, rect);
            }

            return;
        }

        if (!bitmaps.TryGetValue(item.Image, out var image))
        {
            image = SKImage.FromEncodedData(item.Image.Bytes);
            bitmaps[item.Image] = image;
        }

        if (image is not null)
        {
            canvas.DrawImage(image, rect, Sampling);
        }
    }

    public void Dispose()
    {
        foreach (var f in skFonts.Values)
        {
            f.Dispose();
        }

        foreach (var i in bitmaps.Values)
        {
            i?.Dispose();
        }

    }
}
