namespace Antrag.Text;

/// <summary>A stretch of text in one style; a '\n' inside it is a forced line break.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false)
{
    /// <summary>Underline or strike-through (<c>++…++</c>, <c>~~…~~</c>).</summary>
    public Decoration Decoration { get; init; }
}
