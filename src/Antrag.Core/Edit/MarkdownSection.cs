namespace Antrag.Edit;

/// <summary>A <c>## </c> section of a Markdown motion: the key it fills and where its heading and its body are (offsets).</summary>
internal sealed record MarkdownSection(string? Key, int HeadingStart, int BodyStart, int End);
