using Antrag.Layout;
using Antrag.Export.Pdf;

namespace Antrag.Export;

/// <summary>Paints laid-out pages into a PDF/A-2b file with embedded subset fonts and the document's metadata; the same input gives the same bytes.</summary>
public static class PdfExporter
{
    /// <summary>Writes one document as PDF/A-2b into a byte array.</summary>
    public static byte[] Export(LaidOutDocument doc) => PdfDocumentWriter.Write([doc], doc.Info, []);

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

        var bookmarks = new List<PdfDocumentWriter.Bookmark>();
        var page = 0;
        foreach (var part in parts)
        {
            bookmarks.Add(new PdfDocumentWriter.Bookmark(part.Bookmark, page));
            page += part.Document.Pages.Count;
        }

        return PdfDocumentWriter.Write(parts.Select(p => p.Document).ToList(), info ?? PdfPart.CombinedInfo(parts), bookmarks);
    }
}
