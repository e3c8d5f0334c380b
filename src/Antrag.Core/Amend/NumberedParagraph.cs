using System.Globalization;

namespace Antrag.Amend;

/// <summary>A paragraph, list item or heading of a motion's numbered text: its first and last line, its list marker and its words.</summary>
public sealed record NumberedParagraph(int FirstLine, int LastLine, string? Marker, IReadOnlyList<Word> Words)
{
    /// <summary>The words joined by single spaces, without the marker: what two versions of a paragraph are compared by.</summary>
    public string Key { get; } = string.Join(" ", Words.Select(w => w.Text));

    /// <summary>The number of a numbered point (<c>Ziffer</c>): 3 for the marker "3."; null for other paragraphs.</summary>
    public int? Point =>
        Marker is { Length: > 1 } m && m[^1] == '.' && int.TryParse(m[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
