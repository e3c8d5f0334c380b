namespace Antrag.Read;

/// <summary>The Vorlage an amendment refers to (<c>vorlage</c>): its number and, optionally, its subject.</summary>
public sealed record PaperReference(string Number, string? Subject);
