using Antrag.Fonts;
using Antrag.Layout;
using Antrag.Pdf;

namespace Antrag.Export;

/// <summary>Paints laid-out pages into a tagged PDF/A-2a and PDF/UA-1 file with embedded subset fonts and the document's metadata; the same input gives the same bytes.</summary>
public static class PdfExporter
{
    /// <summary>Writes one document as a tagged PDF (PDF/A-2a, PDF/UA-1) into a byte array; untagged (PDF/A-2b) if it has no logical structure.</summary>
    public static byte[] Export(LaidOutDocument doc) => Write([doc], doc.Info, []);

    /// <summary>
    /// Writes several documents into one PDF/A file (tagged, each document a Part), one after another, with a bookmark per document on its first page.
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

    /// <summary>
    /// The frames of <paramref name="documents"/>, page by page, in the byte layer's terms. When every document has its
    /// logical structure, the file is tagged: one Document (several documents each a Part of it), every item content of
    /// its node's element or an artifact.
    /// </summary>
    private static byte[] Write(IReadOnlyList<LaidOutDocument> documents, DocumentInfo info, IReadOnlyList<PdfBookmark> bookmarks)
    {
        var elements = new Dictionary<StructureNode, PdfStructureElement>(ReferenceEqualityComparer.Instance);
        PdfStructureElement? root = null;
        if (documents.All(d => d.Structure is not null))
        {
            root = documents.Count == 1
                ? PdfTagging.Elements(documents[0].Structure!, null, info.Language, elements)
                : new PdfStructureElement("Document");
            if (documents.Count > 1)
            {
                foreach (var document in documents)
                {
                    var part = PdfTagging.Elements(document.Structure!, "Part", info.Language, elements);
                    part.Language ??= document.Info.Language != info.Language ? document.Info.Language : null;
                    root.Add(part);
                }
            }
        }

        var writer = new PdfDocumentWriter(root);
        foreach (var document in documents)
        {
            var programs = new PdfFontProgram?[Enum.GetValues<FontStyle>().Length];
            foreach (var frame in document.Pages)
            {
                var page = writer.BeginPage(frame.Width, frame.Height);
                var marked = root is null ? null : new TaggedPage(page);
                foreach (var item in frame.Items)
                {
                    switch (item)
                    {
                        case TextItem t when Visible(t.Run.Glyphs):
                            var program = programs[(int)t.Style] ??= Program(document.Fonts[t.Style]);
                            if (marked is not null && t.Parts.Count > 0)
                            {
                                TextInParts(page, marked, program, t, elements);
                                break;
                            }

                            Mark(marked, item, elements);
                            page.Text(program, t.Size, ToPdf(t.Color), t.X, t.Baseline, t.Rotation, t.Run.Glyphs, t.Run.X, t.Run.Y);
                            break;
                        case LineItem l:
                            Mark(marked, item, elements);
                            page.Line(l.X1, l.Y1, l.X2, l.Y2, l.Thickness, ToPdf(l.Color));
                            break;
                        case ShapeItem shape:
                            Mark(marked, item, elements);
                            page.Fill(shape.Verbs, shape.Points, ToPdf(shape.Color));
                            break;
                        case ImageItem i when PdfImageForms.For(i.Image, i.Width, i.Height) is { } form:
                            Mark(marked, item, elements);
                            page.Form(form, i.X, i.Y, i.Width, i.Height);
                            break;
                    }
                }

                marked?.End();
                writer.EndPage(page);
            }
        }

        return writer.Finish(new PdfInfo(info.Title, info.Author, info.Subject, info.Keywords, info.Created, info.Creator) { Language = info.Language }, bookmarks);
    }

    /// <summary>Makes <paramref name="item"/> content of its node's element, or an artifact (untagged items are layout artifacts).</summary>
    private static void Mark(TaggedPage? marked, FrameItem item, Dictionary<StructureNode, PdfStructureElement> elements)
    {
        if (marked is null)
        {
            return;
        }

        if (item.Tag.Node is { } node && elements.TryGetValue(node, out var element))
        {
            marked.Content(element);
        }
        else
        {
            marked.Artifact(PdfTagging.Artifact(item.Tag.Artifact));
        }
    }

    /// <summary>A text item whose characters belong to several elements (halves of a hyphenated word): each stretch drawn as content of its own.</summary>
    private static void TextInParts(PdfPage page, TaggedPage marked, PdfFontProgram program, TextItem t, Dictionary<StructureNode, PdfStructureElement> elements)
    {
        foreach (var (start, end, part) in Stretches(t))
        {
            var range = t.Run.GlyphRange(start, end);
            if (!Visible(t.Run.Glyphs.AsSpan(range)))
            {
                continue;
            }

            if (part is null)
            {
                Mark(marked, t, elements);
            }
            else
            {
                marked.Content(elements[part.Node], part.ActualText);
            }

            page.Text(program, t.Size, ToPdf(t.Color), t.X, t.Baseline, t.Rotation, t.Run.Glyphs.AsSpan(range), t.Run.X.AsSpan(range), t.Run.Y.AsSpan(range));
        }
    }

    /// <summary>The stretches of a text item's characters: those of its own node (part null) and its parts, in order.</summary>
    internal static IEnumerable<(int Start, int End, TextPart? Part)> Stretches(TextItem t)
    {
        var at = 0;
        foreach (var part in t.Parts.OrderBy(p => p.Start))
        {
            if (part.Start > at)
            {
                yield return (at, part.Start, null);
            }

            yield return (part.Start, part.Start + part.Length, part);
            at = part.Start + part.Length;
        }

        if (at < t.Text.Length)
        {
            yield return (at, t.Text.Length, null);
        }
    }

    /// <summary>Whether any of <paramref name="glyphs"/> is drawn (glyph 0, .notdef, never is): only drawn text is content.</summary>
    internal static bool Visible(ReadOnlySpan<ushort> glyphs) => glyphs.IndexOfAnyExcept((ushort)0) >= 0;

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
