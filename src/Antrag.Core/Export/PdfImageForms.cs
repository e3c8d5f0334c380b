using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Antrag.Layout;
using Antrag.Pdf;
using SkiaSharp;

namespace Antrag.Export;

/// <summary>
/// Images (the SVG logo, a PNG signature) as PDF forms: Skia draws each once, at the size it is shown, into a one-page PDF,
/// whose page becomes the form. Made once per image, size and run, so every document of a build reuses it.
/// </summary>
internal static class PdfImageForms
{
    private static readonly ConditionalWeakTable<byte[], ConcurrentDictionary<(float, float), PdfForm?>> Made = new();

    /// <summary>
    /// The form of <paramref name="image"/> shown at <paramref name="width"/> × <paramref name="height"/> points, or null if
    /// Skia cannot draw it. Drawn at that size, so whatever Skia rasterizes (SVG filters) has the resolution of the page.
    /// </summary>
    public static PdfForm? For(ImageData image, float width, float height) =>
        Made.GetValue(image.Bytes, _ => new()).GetOrAdd((width, height), key => Create(image, key.Item1, key.Item2));

    private static PdfForm? Create(ImageData image, float width, float height)
    {
        if (!(width > 0 && height > 0))
        {
            return null;
        }

        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata { RasterDpi = 300, EncodingQuality = 101, PdfA = true };
        var picture = image.IsSvg ? ImageLoader.SvgPicture(image) : null;
        using var bitmap = image.IsSvg ? null : SKImage.FromEncodedData(image.Bytes);
        if (picture is not { CullRect: { Width: > 0, Height: > 0 } } && bitmap is null)
        {
            return null;
        }

        using (var pdf = SKDocument.CreatePdf(stream, metadata))
        {
            var canvas = pdf.BeginPage(width, height);
            var rect = new SKRect(0, 0, width, height);
            if (picture is not null)
            {
                FramePainter.DrawPicture(canvas, picture, rect);
            }
            else
            {
                canvas.DrawImage(bitmap, rect, FramePainter.Sampling);
            }

            pdf.EndPage();
            pdf.Close();
        }

        return PdfForm.FromPage(stream.ToArray(), width, height);
    }
}
