using SkiaSharp;

namespace Antrag.Tests.Infrastructure;

/// <summary>Compares two encoded images pixel by pixel with a per-channel tolerance.</summary>
public static class ImageCompare
{
    public sealed record Result(bool SameSize, double DifferentRatio);

    public static Result Compare(byte[] expectedPng, byte[] actualPng, int channelTolerance)
    {
        using var expected = SKBitmap.Decode(expectedPng);
        using var actual = SKBitmap.Decode(actualPng);
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return new Result(false, 1);
        }

        long different = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var e = expected.GetPixel(x, y);
                var a = actual.GetPixel(x, y);
                if (Math.Abs(e.Red - a.Red) > channelTolerance || Math.Abs(e.Green - a.Green) > channelTolerance
                    || Math.Abs(e.Blue - a.Blue) > channelTolerance)
                {
                    different++;
                }
            }
        }

        return new Result(true, (double)different / ((long)expected.Width * expected.Height));
    }
}
