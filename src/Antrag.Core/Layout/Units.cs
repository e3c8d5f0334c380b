namespace Antrag.Layout;

/// <summary>Conversions between millimetres and PDF points.</summary>
public static class Units
{
    public const float PointsPerMm = 72f / 25.4f;

    public static float Mm(double mm) => (float)(mm * PointsPerMm);

    public static float ToMm(float points) => points / PointsPerMm;
}
