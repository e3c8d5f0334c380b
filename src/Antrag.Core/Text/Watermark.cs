namespace Antrag.Text;

/// <summary>A word printed large and faint across every page, e.g. ENTWURF.</summary>
public sealed record Watermark(string Text);
