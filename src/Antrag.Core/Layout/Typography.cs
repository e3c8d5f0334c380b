namespace Antrag.Layout;

/// <summary>The type sizes, line distances and spacings of the letterhead, in points.</summary>
public sealed record Typography(Color Accent)
{
    public TextStyle Body => new(11f, 14.5f, Color.Black);

    public TextStyle Heading => new(11f, 14.5f, Accent, Bold: true);

    public TextStyle Title => new(15f, 18.5f, Accent, Bold: true);

    public TextStyle Marker => new(10f, 13f, Color.DarkGrey);

    public TextStyle Info => new(10f, 13f, Color.Black);

    public TextStyle Table => new(10f, 13f, Color.Black);

    public TextStyle SignerRole => new(10f, 13f, Color.DarkGrey);

    public TextStyle Contact => new(8f, 10.5f, Color.DarkGrey);

    public TextStyle Small => new(8.5f, 11f, Color.Grey);

    public float ParagraphSpace => 7f;

    public float HeadingSpaceBefore => 15f;

    public float HeadingSpaceAfter => 3f;

    public float ListIndent => 18f;

    public float ListItemSpace => 3f;

    /// <summary>How far a quotation (<c>&gt; …</c>) is indented, in points.</summary>
    public float QuoteIndent => 24f;
}
