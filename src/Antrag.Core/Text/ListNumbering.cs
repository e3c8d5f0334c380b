namespace Antrag.Text;

/// <summary>How the items of a list are marked: a bullet, or numbers as digits, letters or Roman numerals.</summary>
public enum ListNumbering
{
    Bullet,
    Decimal,
    LowerAlpha,
    UpperAlpha,
    LowerRoman,
    UpperRoman,
}
