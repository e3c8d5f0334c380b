namespace Antrag.Pdf;

/// <summary>A top-level bookmark of a PDF: its title and the zero-based index of the page it opens.</summary>
public readonly record struct PdfBookmark(string Title, int PageIndex);
