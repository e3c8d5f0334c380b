namespace Antrag.Read.Keys;

/// <summary>The kind of value a declared key takes, which decides how it is read, checked, described in the schema and shown to templates.</summary>
public enum KeyType
{
    /// <summary>A text that may span lines (light Markdown), e.g. <c>begruendung</c>.</summary>
    Text,

    /// <summary>A one-line text such as a name (a number is read as its text), e.g. <c>vorlagennummer</c>.</summary>
    Line,

    /// <summary>A date written DD.MM.YYYY or YYYY-MM-DD.</summary>
    Date,

    /// <summary>true or false (also ja or nein).</summary>
    Bool,

    /// <summary>A number within a range, a decimal comma and the unit allowed, e.g. <c>logobreite: 40</c>.</summary>
    Number,

    /// <summary>One of a fixed set of words (with lenient spellings), e.g. <c>antwort: schriftlich</c>.</summary>
    Choice,

    /// <summary>One of the kinds of document the declaration knows (<c>art</c>), by name or spelling.</summary>
    Kind,

    /// <summary>A colour written "#RRGGBB".</summary>
    Color,

    /// <summary>A path to an existing file, relative to the file that names it.</summary>
    File,

    /// <summary>A list of one-line texts, e.g. <c>anlagen</c>.</summary>
    Lines,

    /// <summary>Nested 'key: value' lines, e.g. <c>vorlage</c>.</summary>
    Mapping,

    /// <summary>A list of entries, each nested 'key: value' lines, e.g. <c>unterzeichner</c>.</summary>
    Entries,

    /// <summary>Line numbering: true, false, a step such as 5, 'alles', or { schritt, bereich }.</summary>
    LineNumbering,

    /// <summary>A language as a BCP 47 tag, e.g. <c>de-DE</c>, <c>en-GB</c>, <c>nds</c>.</summary>
    Language,
}
