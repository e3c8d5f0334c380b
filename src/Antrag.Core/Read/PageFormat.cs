namespace Antrag.Read;

/// <summary>The page layout of a profile (<c>briefbogen</c>): antrag's own letterhead or a DIN 5008 letter form.</summary>
public enum PageFormat
{
    /// <summary><c>standard</c>: title line on top, contact block in a sidebar or footer.</summary>
    Letterhead,

    /// <summary><c>din5008-a</c>: DIN 5008 form A (letterhead 27 mm, address field from 27 mm, fold marks at 87/192 mm).</summary>
    Din5008A,

    /// <summary><c>din5008-b</c>: DIN 5008 form B (letterhead 45 mm, address field from 45 mm, fold marks at 105/210 mm).</summary>
    Din5008B,
}
