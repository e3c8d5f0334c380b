using Antrag.Layout;
using SkiaSharp;

namespace Antrag.Export;

/// <summary>Paints laid-out pages into a PDF with embedded subset fonts and the document's metadata.</summary>
public static class PdfExporter
{
    /// <summary>Writes the PDF into a byte array; the same document gives the same bytes.</summary>
    public static byte[] Export(LaidOutDocument doc)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = doc.Info.Title,
            Author = doc.Info.Author,
            Subject = doc.Info.Subject,
            Keywords = doc.Info.Keywords,
            Creator = doc.Info.Creator,
            Producer = doc.Info.Creator,
            Creation = doc.Info.Created ?? default,
            Modified = doc.Info.Created ?? default,
            RasterDpi = 300,
            EncodingQuality = 101,
            PdfA = false,
        };

        using (var pdf = SKDocument.CreatePdf(stream, metadata))
        using (var painter = new FramePainter(doc.Fonts))
        {
            foreach (var page in doc.Pages)
            {
                var canvas = pdf.BeginPage(page.Width, page.Height);
                painter.Paint(canvas, page);
                pdf.EndPage();
            }

            pdf.Close();
        }

        return stream.ToArray();
    }
}
