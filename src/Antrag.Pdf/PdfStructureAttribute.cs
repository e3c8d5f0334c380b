namespace Antrag.Pdf;

/// <summary>
/// A structure attribute of a standard owner (ISO 32000-1, 14.8.5) whose value is a name, e.g. ("Table", "Scope",
/// "Column"), ("List", "ListNumbering", "Decimal") or ("Layout", "TextDecorationType", "LineThrough").
/// </summary>
public readonly record struct PdfStructureAttribute(string Owner, string Key, string Value);
