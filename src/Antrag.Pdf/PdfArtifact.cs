namespace Antrag.Pdf;

/// <summary>
/// What kind of artifact (ISO 32000-1, 14.8.2.2) a marked-content sequence is: content a reader leaves out, such as
/// running heads and page numbers (Pagination, with a Header, Footer or Watermark subtype), rules and lines (Layout),
/// production aids such as fold marks (Page), or a background.
/// </summary>
public readonly record struct PdfArtifact(string Type, string? Subtype = null)
{
    /// <summary>A running head.</summary>
    public static PdfArtifact Header => new("Pagination", "Header");

    /// <summary>A page footer, e.g. "Seite 2 von 3".</summary>
    public static PdfArtifact Footer => new("Pagination", "Footer");

    /// <summary>A watermark across the page.</summary>
    public static PdfArtifact Watermark => new("Pagination", "Watermark");

    /// <summary>Other pagination furniture: a table's header row repeated on the page the table continues on.</summary>
    public static PdfArtifact Pagination => new("Pagination");

    /// <summary>Layout: rules, table lines, decorations drawn as lines, line numbers.</summary>
    public static PdfArtifact Layout => new("Layout");

    /// <summary>A production aid that is no part of the document, such as fold and hole marks.</summary>
    public static PdfArtifact Page => new("Page");

    /// <summary>A background shape.</summary>
    public static PdfArtifact Background => new("Background");
}
