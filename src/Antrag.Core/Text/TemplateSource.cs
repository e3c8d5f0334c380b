namespace Antrag.Text;

/// <summary>A template's text and where it came from (a file path, or <c>embedded:templates/NAME.sbn</c>).</summary>
public sealed record TemplateSource(string Name, string DisplayPath, string Text);
