using Antrag.Layout;
using Antrag.Pdf.Png;
using SkiaSharp;

namespace Antrag.Export;

/// <summary>Paints laid-out pages into PNG images, one per page, from the same frames as the PDF.</summary>
public static class PngExporter
{
    /// <summary>The default resolution of PNG pages.</summary>
    public const int DefaultDpi = 110;

    /// <summary>Returns one encoded PNG per page at <paramref name="dpi"/>, marked as sRGB and with its resolution (pHYs).</summary>
    public static IReadOnlyList<byte[]> Export(LaidOutDocument doc, int dpi = DefaultDpi)
    {
        using var painter = new FramePainter(doc.Fonts);
        return doc.Pages.Select(page => Paint(painter, page, dpi)).ToList();
    }

    /// <summary>
    /// Page <paramref name="index"/> as a quickly encoded PNG (see <see cref="PngEncoder"/>): for previews such as the index's
    /// thumbnails, where speed matters more than the last byte. Glyphs stand on whole pixels (at preview sizes no one sees
    /// the difference, and Skia can reuse its glyph images), and the image is opaque, without an alpha channel.
    /// </summary>
    public static byte[] ExportPreview(LaidOutDocument doc, int index, int dpi)
    {
        using var painter = new FramePainter(doc.Fonts, subpixel: false);
        return Paint(painter, doc.Pages[index], dpi, preview: true);
    }

    private static byte[] Paint(FramePainter painter, PageFrame page, int dpi, bool preview = false)
    {
        var scale = dpi / 72f;
        var alpha = preview ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo((int)Math.Round(page.Width * scale), (int)Math.Round(page.Height * scale), SKColorType.Rgba8888, alpha);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        painter.Paint(canvas, page);
        canvas.Flush();
        if (preview)
        {
            using var pixmap = surface.PeekPixels();
            return PngEncoder.Encode(pixmap.GetPixelSpan(), pixmap.Width, pixmap.Height, pixmap.RowBytes, dpi);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return PngEncoder.WithColorAndResolution(data.ToArray(), dpi);
    }
}
