namespace Antrag.Layout;

/// <summary>Document metadata for the exporters: title, author, subject, keywords, creation date (none for an undated draft) and language.</summary>
public sealed record DocumentInfo(string Title, string Author, string Subject, string Keywords, DateTime? Created, string Creator)
{
    /// <summary>The language of the document's text, a BCP 47 tag (the profile's or motion's <c>sprache</c>).</summary>
    public string Language { get; init; } = "de-DE";
}
