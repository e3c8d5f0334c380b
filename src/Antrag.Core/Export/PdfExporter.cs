using Antrag.Fonts;
using Antrag.Layout;
using Antrag.Pdf;

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

        var bookmarks = new List<PdfBookmark>();
        var page = 0;
        foreach (var part in parts)
        {
            bookmarks.Add(new PdfBookmark(part.Bookmark, page));
            page += part.Document.Pages.Count;
        }

        return Write(parts.Select(p => p.Document).ToList(), info ?? PdfPart.CombinedInfo(parts), bookmarks);
    }

    /// <summary>The frames of <paramref name="documents"/>, page by page, in the byte layer's terms.</summary>
    private static byte[] Write(IReadOnlyList<LaidOutDocument> documents, DocumentInfo info, IReadOnlyList<PdfBookmark> bookmarks)
    {
        var writer = new PdfDocumentWriter();
        foreach (var document in documents)
        {
            var programs = new PdfFontProgram?[Enum.GetValues<FontStyle>().Length];
            foreach (var frame in document.Pages)
            {
                var page = writer.BeginPage(frame.Width, frame.Height);
                foreach (var item in frame.Items)
                {
                    switch (item)
                    {
                        case TextItem t:
                            var program = programs[(int)t.Style] ??= Program(document.Fonts[t.Style]);
                            page.Text(program, t.Size, ToPdf(t.Color), t.X, t.Baseline, t.Rotation, t.Run.Glyphs, t.Run.X, t.Run.Y);
                            break;
                        case LineItem l:
                            page.Line(l.X1, l.Y1, l.X2, l.Y2, l.Thickness, ToPdf(l.Color));
                            break;
                        case ImageItem i when PdfImageForms.For(i.Image, i.Width, i.Height) is { } form:
                            page.Form(form, i.X, i.Y, i.Width, i.Height);
                            break;
                    }
                }

                writer.EndPage(page);
            }
        }

        return writer.Finish(new PdfInfo(info.Title, info.Author, info.Subject, info.Keywords, info.Created, info.Creator), bookmarks);
    }

    /// <summary>The PDF program of <paramref name="face"/>'s subset, described (once per subset) by what HarfBuzz reads from it.</summary>
    private static PdfFontProgram Program(FontFace face) => PdfFontProgram.For(face.FontFile, () =>
    {
        var advances = new int[face.Typeface.GlyphCount];
        for (var g = 0; g < advances.Length; g++)
        {
            advances[g] = face.Advance((uint)g);
        }

        var glyphs = Array.ConvertAll(face.CodePoints, cp => (int)face.Glyph(cp));
        return new PdfFontSource(face.FontFile, face.FamilyName, face.UnitsPerEm, advances, face.CodePoints, glyphs);
    });

    private static PdfColor ToPdf(Color c) => new(c.R, c.G, c.B);
}
