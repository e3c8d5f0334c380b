namespace Antrag.Text;

/// <summary>A stretch of text in one style; a '\n' inside it is a forced line break.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false);
