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

    /// <summary>The geometry for where the profile puts its contact block.</summary>
    public static PageGeometry For(ContactPlacement placement) => placement switch
    {
        ContactPlacement.Footer => new PageGeometry { BodyWidth = Units.Mm(165), SideLeft = Units.Mm(135), SideWidth = Units.Mm(55) },
        _ => new PageGeometry { BodyWidth = Units.Mm(117), SideLeft = Units.Mm(152), SideWidth = Units.Mm(45) },
    };
}
