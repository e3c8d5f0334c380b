namespace Antrag.Layout;

/// <summary>Document metadata for the exporters: title, author, subject, keywords and creation date (none for an undated draft).</summary>
public sealed record DocumentInfo(string Title, string Author, string Subject, string Keywords, DateTime? Created, string Creator);
