namespace Antrag.Pdf;

/// <summary>
/// A PDF's metadata, written to the document information dictionary and to the XMP packet alike; empty strings are left
/// out, a null <see cref="Created"/> writes no date (the date is taken as UTC, as written), and <see cref="Creator"/> names
/// the program that made the file (Creator, Producer, CreatorTool).
/// </summary>
public sealed record PdfInfo(string Title, string Author, string Subject, string Keywords, DateTime? Created, string Creator)
{
    /// <summary>The language of the document's text as a BCP 47 tag (the catalog's /Lang and dc:language), e.g. "de-DE"; null = not said.</summary>
    public string? Language { get; init; }
}
