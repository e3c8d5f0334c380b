namespace Antrag.Fonts;

/// <summary>The faces of a document's fonts: the family's four styles, and the fallback face for characters they lack.</summary>
public enum FontStyle
{
    Regular,
    Bold,
    Italic,
    BoldItalic,

    /// <summary>The profile's fallback font (<c>schriften.ersatz</c>), one face for characters the family has no glyph for, in any style.</summary>
    Fallback,
}
