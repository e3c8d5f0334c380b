using Antrag.Layout;
using SkiaSharp;

namespace Antrag.Export;

/// <summary>Paints laid-out pages into PNG images, one per page, from the same frames as the PDF.</summary>
public static class PngExporter
{
    /// <summary>The default resolution of PNG pages.</summary>
    public const int DefaultDpi = 110;

    /// <summary>Returns one encoded PNG per page at <paramref name="dpi"/>.</summary>
    public static IReadOnlyList<byte[]> Export(LaidOutDocument doc, int dpi = DefaultDpi)
    {
        var scale = dpi / 72f;
        var result = new List<byte[]>();
        using var painter = new FramePainter(doc.Fonts);
        foreach (var page in doc.Pages)
        {
            var info = new SKImageInfo((int)Math.Round(page.Width * scale), (int)Math.Round(page.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
            using var surface = SKSurface.Create(info);
            var canvas = surface.Canvas;
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            painter.Paint(canvas, page);
            canvas.Flush();
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            result.Add(data.ToArray());
        }

        return result;
    }
}
