namespace Antrag.Fonts;

/// <summary>The four styles of a font family: regular, bold, italic and bold italic.</summary>
public enum FontStyle
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}
