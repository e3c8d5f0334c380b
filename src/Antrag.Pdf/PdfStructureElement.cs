namespace Antrag.Pdf;

/// <summary>
/// A structure element of a tagged PDF (ISO 32000-1, 14.7): a standard structure type ("P", "H1", "Table", …), the
/// elements it holds in reading order, and what a reader announces for it (alternative description, replacement text,
/// language, attributes). Build the tree first, then draw each element's content on the pages with
/// <see cref="PdfPage.BeginContent"/>; the writer writes the tree when the file is finished.
/// </summary>
public sealed class PdfStructureElement
{
    /// <summary>The standard structure types of ISO 32000-1, 14.8.4; the writer writes no role map, so only these are taken.</summary>
    public static readonly IReadOnlySet<string> StandardTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP",
        "Figure", "Formula", "Form",
    };

    private readonly List<PdfStructureElement> children = [];

    /// <summary>An element of the standard <paramref name="type"/>.</summary>
    public PdfStructureElement(string type)
    {
        if (!StandardTypes.Contains(type))
        {
            throw new ArgumentException($"'{type}' is not a standard structure type of ISO 32000-1", nameof(type));
        }

        Type = type;
    }

    /// <summary>The structure type, e.g. "P".</summary>
    public string Type { get; }

    /// <summary>The alternative description a reader announces instead of the content (/Alt), e.g. of a figure; null = none.</summary>
    public string? Alt { get; set; }

    /// <summary>The text the content stands for (/ActualText), e.g. the whole of a word hyphenated across lines; null = none.</summary>
    public string? ActualText { get; set; }

    /// <summary>The language of the element's text (/Lang, a BCP 47 tag) where it differs from the document's; null = inherited.</summary>
    public string? Language { get; set; }

    /// <summary>The element's identifier (/ID), unique in the file (a Note needs one); null = none.</summary>
    public string? Id { get; set; }

    /// <summary>Attributes of standard owners (/A), e.g. ("Table", "Scope", "Column"); values are written as names.</summary>
    public IList<PdfStructureAttribute> Attributes { get; } = [];

    /// <summary>The element that holds this one; null for the root and for an element not yet added.</summary>
    public PdfStructureElement? Parent { get; private set; }

    /// <summary>The elements this one holds, in the order they were added (their reading order).</summary>
    public IReadOnlyList<PdfStructureElement> Children => children;

    /// <summary>The content drawn for this element: the page object's number and the marked-content identifier, in drawing order.</summary>
    internal List<(int Page, int Mcid)> Content { get; } = [];

    /// <summary>Adds <paramref name="child"/> after the children added before; returns it.</summary>
    public PdfStructureElement Add(PdfStructureElement child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Parent is not null)
        {
            throw new InvalidOperationException("the element has a parent already");
        }

        for (var e = this; e is not null; e = e.Parent)
        {
            if (e == child)
            {
                throw new InvalidOperationException("an element cannot hold itself");
            }
        }

        child.Parent = this;
        children.Add(child);
        return child;
    }

    /// <summary>Adds a new element of <paramref name="type"/>; returns it.</summary>
    public PdfStructureElement Add(string type) => Add(new PdfStructureElement(type));

    /// <summary>The root of the tree the element belongs to.</summary>
    internal PdfStructureElement Root
    {
        get
        {
            var e = this;
            while (e.Parent is not null)
            {
                e = e.Parent;
            }

            return e;
        }
    }
}
