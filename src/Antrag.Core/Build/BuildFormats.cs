namespace Antrag.Build;

/// <summary>What <c>antrag build</c> writes for each motion, besides the thumbnail for the overview.</summary>
[Flags]
public enum BuildFormats
{
    /// <summary>Nothing requested (not a valid choice on its own).</summary>
    None = 0,

    /// <summary>The letterhead PDF (<c>NAME.pdf</c>).</summary>
    Pdf = 1,

    /// <summary>One PNG per page (<c>NAME-1.png</c>, <c>NAME-2.png</c>, …).</summary>
    Png = 2,

    /// <summary>The text for review (<c>NAME.txt</c>).</summary>
    Txt = 4,

    /// <summary>An OParl 1.1 <c>Paper</c> (<c>NAME.oparl.json</c>) for public motions; implies the PDF it points to.</summary>
    OParl = 8,
}
