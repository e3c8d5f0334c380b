namespace Antrag.Layout;

/// <summary>
/// The role of a node of a document's logical structure, as a screen reader announces it; the names are the standard
/// structure types of tagged PDF (ISO 32000-1, 14.8.4), to which the PDF exporter maps them one to one.
/// </summary>
public enum StructureRole
{
    /// <summary>The whole document.</summary>
    Document,

    /// <summary>One document of several in one file (a motion in a combined PDF).</summary>
    Part,

    /// <summary>A section: a group of parts that belong together (the info block, the contact block, the signatures).</summary>
    Sect,

    /// <summary>A generic group (one signer: signature, name, role).</summary>
    Div,

    /// <summary>A heading of the first level (the document's title).</summary>
    H1,

    /// <summary>A heading of the second level (Betreff, Beschlussentwurf, Begründung).</summary>
    H2,

    /// <summary>A heading of the third level.</summary>
    H3,

    /// <summary>A heading of the fourth level.</summary>
    H4,

    /// <summary>A heading of the fifth level.</summary>
    H5,

    /// <summary>A heading of the sixth level.</summary>
    H6,

    /// <summary>A paragraph.</summary>
    P,

    /// <summary>A list.</summary>
    L,

    /// <summary>An item of a list: its label and its body.</summary>
    LI,

    /// <summary>The label of a list item ("1.", "•").</summary>
    Lbl,

    /// <summary>The body of a list item.</summary>
    LBody,

    /// <summary>A table.</summary>
    Table,

    /// <summary>The head of a table: its header row, once, however often it is repeated on later pages.</summary>
    THead,

    /// <summary>The body of a table: its data rows.</summary>
    TBody,

    /// <summary>A row of a table.</summary>
    TR,

    /// <summary>A header cell of a table.</summary>
    TH,

    /// <summary>A data cell of a table.</summary>
    TD,

    /// <summary>A picture (logo, signature), announced by its alternative description.</summary>
    Figure,

    /// <summary>A stretch of text inside a paragraph (a hyphenated word, struck or inserted text).</summary>
    Span,

    /// <summary>A quotation of one or more paragraphs.</summary>
    BlockQuote,

    /// <summary>A footnote or endnote.</summary>
    Note,

    /// <summary>A reference to a note from the text.</summary>
    Reference,
}
