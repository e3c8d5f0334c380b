using Antrag.Export;
using SkiaSharp;

namespace Antrag.Tests.Export;

public sealed class PngEncoderTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 3)]
    [InlineData(5, 2)]
    [InlineData(37, 5)]
    [InlineData(248, 351)]
    public void Decodes_to_the_same_pixels(int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var random = new Random(width * height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                // White with some text-like noise, as on a page.
                bitmap.SetPixel(x, y, random.Next(5) == 0 ? new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)) : SKColors.White);
            }
        }

        using var pixmap = bitmap.PeekPixels();
        var png = PngEncoder.Encode(pixmap);
        using var decoded = SKBitmap.Decode(png);
        Assert.NotNull(decoded);
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                Assert.Equal(bitmap.GetPixel(x, y), decoded.GetPixel(x, y));
            }
        }

        Assert.Equal(png, PngEncoder.Encode(pixmap));
    }

    [Fact]
    public void Crc_is_the_one_png_uses()
    {
        Assert.Equal(0xCBF43926u, PngEncoder.Crc("123456789"u8));
        Assert.Equal(0u, PngEncoder.Crc([]));
        var random = new Random(7);
        foreach (var length in new[] { 1, 7, 8, 9, 15, 16, 17, 100, 1000 })
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            var crc = 0xFFFFFFFFu;
            foreach (var b in bytes)
            {
                crc ^= b;
                for (var k = 0; k < 8; k++)
                {
                    crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
                }
            }

            Assert.Equal(crc ^ 0xFFFFFFFFu, PngEncoder.Crc(bytes));
        }
    }
}
