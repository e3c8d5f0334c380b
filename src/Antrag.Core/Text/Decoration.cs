namespace Antrag.Text;

/// <summary>A line drawn with text: underlined (an insertion in a synopsis) or struck through (a deletion).</summary>
[Flags]
public enum Decoration
{
    None = 0,
    Underline = 1,
    Strike = 2,
}
