using Antrag.Read;

namespace Antrag.Layout;

/// <summary>The fixed geometry of the letterhead's pages (A4), in points: body column, sidebar, margins.</summary>
public sealed record PageGeometry
{
    public float PageWidth { get; init; } = 595.28f;

    public float PageHeight { get; init; } = 841.89f;

    public float BodyLeft { get; init; } = Units.Mm(25);

    public float BodyWidth { get; init; }

    public float SideLeft { get; init; }

    public float SideWidth { get; init; }

    /// <summary>Top of the body on pages 2 and later (below the running head).</summary>
    public float LaterBodyTop { get; init; } = Units.Mm(25);

    /// <summary>Bottom of the body on every page (above the page label).</summary>
    public float BodyBottom { get; init; } = Units.Mm(297 - 20);

    public float BodyRight => BodyLeft + BodyWidth;

    /// <summary>Which page layout this is.</summary>
    public PageFormat Format { get; init; } = PageFormat.Letterhead;

    /// <summary>DIN 5008: height of the letterhead zone (27 mm form A, 45 mm form B); also the address field's top.</summary>
    public float LetterheadHeight { get; init; }

    /// <summary>DIN 5008: left edge of the address field (20 mm).</summary>
    public float AddressLeft { get; init; } = Units.Mm(20);

    /// <summary>DIN 5008: fold marks and the hole mark, as distances from the top.</summary>
    public IReadOnlyList<float> FoldMarks { get; init; } = [];

    public float HoleMark { get; init; }

    /// <summary>DIN 5008: top of the information block (aligned with the Zusatz- und Vermerkzone).</summary>
    public float InfoTop { get; init; }

    /// <summary>The geometry for a profile's page format and contact placement.</summary>
    public static PageGeometry For(PageFormat format, ContactPlacement placement) => format switch
    {
        PageFormat.Din5008A => Din(27, [87, 192]),
        PageFormat.Din5008B => Din(45, [105, 210]),
        _ => For(placement),
    };

    /// <summary>DIN 5008: margins 25/20 mm, address field 85 x 45 mm at 20 mm from the left, information block at 125 mm, 75 mm wide.</summary>
    private static PageGeometry Din(double letterheadMm, double[] foldMarksMm) => new()
    {
        Format = letterheadMm < 30 ? PageFormat.Din5008A : PageFormat.Din5008B,
        BodyWidth = Units.Mm(165),
        SideLeft = Units.Mm(125),
        SideWidth = Units.Mm(75),
        LetterheadHeight = Units.Mm(letterheadMm),
        InfoTop = Units.Mm(letterheadMm + 5),
        FoldMarks = foldMarksMm.Select(Units.Mm).ToList(),
        HoleMark = Units.Mm(148.5),
    };

    /// <summary>The geometry for where the profile puts its contact block.</summary>
    public static PageGeometry For(ContactPlacement placement) => placement switch
    {
        ContactPlacement.Footer => new PageGeometry { BodyWidth = Units.Mm(165), SideLeft = Units.Mm(135), SideWidth = Units.Mm(55) },
        _ => new PageGeometry { BodyWidth = Units.Mm(117), SideLeft = Units.Mm(152), SideWidth = Units.Mm(45) },
    };
}
