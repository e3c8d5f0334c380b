using Antrag.Layout;

namespace Antrag.Export;

/// <summary>One document of a combined PDF and the title of its bookmark.</summary>
public sealed record PdfPart(string Bookmark, LaidOutDocument Document)
{
    /// <summary>A rendered motion with the bookmark "Vorlagennummer – Betreff", or the Betreff alone when it has no number.</summary>
    public static PdfPart Of(RenderedMotion motion)
    {
        var subject = motion.Layout.Info.Title;
        return new PdfPart(
            string.IsNullOrWhiteSpace(motion.Motion.ReferenceNumber) ? subject : motion.Motion.ReferenceNumber.Trim() + " – " + subject,
            motion.Layout);
    }

    /// <summary>
    /// Metadata for a combined PDF: the bookmarks as title (joined by "; "), the distinct authors, subjects and keywords,
    /// and the latest date of the parts (none if no part is dated).
    /// </summary>
    public static DocumentInfo CombinedInfo(IReadOnlyList<PdfPart> parts)
    {
        var infos = parts.Select(p => p.Document.Info).ToList();
        return new DocumentInfo(
            Title: string.Join("; ", parts.Select(p => p.Bookmark)),
            Author: string.Join(", ", infos.Select(i => i.Author).Distinct(StringComparer.Ordinal)),
            Subject: string.Join("; ", infos.Select(i => i.Subject).Distinct(StringComparer.Ordinal)),
            Keywords: string.Join(", ", infos.SelectMany(i => i.Keywords.Split(", ")).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)),
            Created: infos.Max(i => i.Created),
            Creator: infos[0].Creator)
        {
            Language = infos[0].Language,
        };
    }
}
