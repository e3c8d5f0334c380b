using Antrag.Pdf.Png;

namespace Antrag.Pdf.Tests.Png;

public sealed class PngEncoderTests
{
    /// <summary>White with some text-like noise, as on a page: RGBA, opaque, rows <paramref name="rowBytes"/> apart.</summary>
    private static byte[] Page(int width, int height, int rowBytes)
    {
        var random = new Random(width * height);
        var pixels = new byte[((height - 1) * rowBytes) + (4 * width)];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var noise = random.Next(5) == 0;
                for (var c = 0; c < 3; c++)
                {
                    pixels[(y * rowBytes) + (4 * x) + c] = noise ? (byte)random.Next(256) : (byte)255;
                }

                pixels[(y * rowBytes) + (4 * x) + 3] = 255;
            }
        }

        return pixels;
    }

    [Theory]
    [InlineData(1, 1, 4)]
    [InlineData(4, 3, 16)]
    [InlineData(5, 2, 24)]
    [InlineData(37, 5, 148)]
    [InlineData(248, 351, 992)]
    [InlineData(6, 4, 40)]
    public void Decodes_to_the_same_pixels(int width, int height, int rowBytes)
    {
        var rgba = Page(width, height, rowBytes);
        var png = PngEncoder.Encode(rgba, width, height, rowBytes);
        var file = PngFile.Read(png);
        Assert.Equal((width, height), (file.Width, file.Height));
        var rgb = file.Pixels();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    Assert.Equal(rgba[(y * rowBytes) + (4 * x) + c], rgb[(((y * width) + x) * 3) + c]);
                }
            }
        }

        Assert.Equal(png, PngEncoder.Encode(rgba, width, height, rowBytes));
    }

    [Fact]
    public void Output_does_not_depend_on_what_the_thread_encoded_before()
    {
        // Each thread keeps its row buffer between images; what a larger image left in it must never reach a smaller one.
        var small = Page(37, 5, 148);
        var alone = FreshThread.Run(() => PngEncoder.Encode(small, 37, 5, 148));
        var large = Page(248, 351, 992);
        Array.Fill(large, (byte)0x5A);
        Assert.NotEqual(alone, PngEncoder.Encode(large, 248, 351, 992));
        Assert.Equal(alone, PngEncoder.Encode(small, 37, 5, 148));
    }
}
