namespace Antrag.Layout;

/// <summary>
/// A filled outline in page points (the watermark's letters as shapes, so that no text extraction finds them):
/// <see cref="Verbs"/> move (0, one point), line (1, one point), cubic curve (2, three points) and close (3, none),
/// their points in <see cref="Points"/> as x, y pairs; filled by the nonzero winding rule.
/// </summary>
public sealed record ShapeItem(string Label, byte[] Verbs, float[] Points, Color Color) : FrameItem
{
    /// <summary>Verb: start a new contour at the next point.</summary>
    public const byte Move = 0;

    /// <summary>Verb: a straight line to the next point.</summary>
    public const byte Line = 1;

    /// <summary>Verb: a cubic Bézier curve through the next two control points to the third.</summary>
    public const byte Cubic = 2;

    /// <summary>Verb: close the contour.</summary>
    public const byte Close = 3;

    public override FrameItem Offset(float dx, float dy)
    {
        var points = new float[Points.Length];
        for (var i = 0; i < points.Length; i += 2)
        {
            points[i] = Points[i] + dx;
            points[i + 1] = Points[i + 1] + dy;
        }

        return this with { Points = points };
    }
}
