using Antrag.Layout;
using SkiaSharp;

namespace Antrag.Export;

/// <summary>Paints laid-out pages into a PDF/A-2b file with embedded subset fonts and the document's metadata; the same input gives the same bytes.</summary>
public static class PdfExporter
{
    /// <summary>Writes one document as PDF/A-2b into a byte array.</summary>
    public static byte[] Export(LaidOutDocument doc) => Write([doc], doc.Info, []);

    /// <summary>
    /// Writes several documents into one PDF/A-2b file, one after another, with a bookmark per document on its first page.
    /// Each document keeps its own page numbers ("Seite x von y"). <paramref name="info"/> defaults to <see cref="PdfPart.CombinedInfo"/>.
    /// </summary>
    public static byte[] ExportCombined(IReadOnlyList<PdfPart> parts, DocumentInfo? info = null)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("at least one document is needed", nameof(parts));
        }

        var bookmarks = new List<PdfFinisher.Bookmark>();
        var page = 0;
        foreach (var part in parts)
        {
            bookmarks.Add(new PdfFinisher.Bookmark(part.Bookmark, page));
            page += part.Document.Pages.Count;
        }

        return Write(parts.Select(p => p.Document).ToList(), info ?? PdfPart.CombinedInfo(parts), bookmarks);
    }

    private static byte[] Write(IReadOnlyList<LaidOutDocument> docs, DocumentInfo info, IReadOnlyList<PdfFinisher.Bookmark> bookmarks)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Author = info.Author,
            Subject = info.Subject,
            Keywords = info.Keywords,
            Creator = info.Creator,
            Producer = info.Creator,
            Creation = info.Created ?? default,
            Modified = info.Created ?? default,
            RasterDpi = 300,
            EncodingQuality = 101,
            PdfA = true,
        };

        // Every painter (with its fonts and pictures) stays alive until the document is closed.
        var painters = new List<FramePainter>();
        try
        {
            using var pdf = SKDocument.CreatePdf(stream, metadata);
            foreach (var doc in docs)
            {
                var painter = new FramePainter(doc.Fonts);
                painters.Add(painter);
                foreach (var page in doc.Pages)
                {
                    var canvas = pdf.BeginPage(page.Width, page.Height);
                    painter.Paint(canvas, page);
                    pdf.EndPage();
                }
            }

            pdf.Close();
        }
        finally
        {
            foreach (var painter in painters)
            {
                painter.Dispose();
            }
        }

        return PdfFinisher.Finish(stream.ToArray(), info.Created is not null, bookmarks);
    }
}
