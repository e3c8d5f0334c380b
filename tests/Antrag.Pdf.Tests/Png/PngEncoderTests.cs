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
        var png = PngEncoder.Encode(rgba, width, height, rowBytes, 110);
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

        Assert.Equal(png, PngEncoder.Encode(rgba, width, height, rowBytes, 110));
    }

    [Fact]
    public void Output_does_not_depend_on_what_the_thread_encoded_before()
    {
        // Each thread keeps its row buffer between images; what a larger image left in it must never reach a smaller one.
        var small = Page(37, 5, 148);
        var alone = FreshThread.Run(() => PngEncoder.Encode(small, 37, 5, 148, 21));
        var large = Page(248, 351, 992);
        Array.Fill(large, (byte)0x5A);
        Assert.NotEqual(alone, PngEncoder.Encode(large, 248, 351, 992, 21));
        Assert.Equal(alone, PngEncoder.Encode(small, 37, 5, 148, 21));
    }

    [Theory]
    [InlineData(110, 4331u)]
    [InlineData(21, 827u)]
    [InlineData(72, 2835u)]
    [InlineData(300, 11811u)]
    public void Says_its_pixels_are_srgb_and_its_resolution(int dpi, uint perMetre)
    {
        var file = PngFile.Read(PngEncoder.Encode(Page(5, 2, 20), 5, 2, 20, dpi));
        Assert.Equal(["IHDR", "sRGB", "pHYs", "IDAT", "IEND"], file.Types);
        Assert.Equal([0], file.Chunk("sRGB")); // perceptual
        Assert.Equal(Physical(perMetre), file.Chunk("pHYs"));
    }

    [Fact]
    public void Another_encoders_png_gets_the_same_chunks_and_keeps_all_others()
    {
        var rgba = Page(6, 4, 40);
        var ours = PngFile.Read(PngEncoder.Encode(rgba, 6, 4, 40, 150));
        var header = ours.Chunk("IHDR");
        var data = ours.Chunk("IDAT");

        // As another encoder may write it: its own idea of colour and resolution, a gamma, the data in two chunks.
        var theirs = PngFile.Write(
            ("IHDR", header), ("gAMA", [0, 0, 0xB1, 0x8F]), ("iCCP", [(byte)'x', 0, 0, 1, 2, 3]), ("pHYs", Physical(1000)),
            ("IDAT", data[..10]), ("IDAT", data[10..]), ("tEXt", "Software\0Skia"u8.ToArray()), ("IEND", []));
        var file = PngFile.Read(PngEncoder.WithColorAndResolution(theirs, 150));
        Assert.Equal(["IHDR", "sRGB", "pHYs", "gAMA", "IDAT", "IDAT", "tEXt", "IEND"], file.Types);
        Assert.Equal(ours.Chunk("sRGB"), file.Chunk("sRGB"));
        Assert.Equal(Physical(5906), file.Chunk("pHYs"));
        static List<string> Hex(IEnumerable<(string Type, byte[] Data)> chunks) => [.. chunks.Select(c => c.Type + " " + Convert.ToHexString(c.Data))];
        Assert.Equal(Hex(PngFile.Read(theirs).Chunks.Where(c => c.Type is not ("iCCP" or "pHYs"))), Hex(file.Chunks.Where(c => c.Type is not ("sRGB" or "pHYs"))));
        Assert.Equal(ours.Pixels(), file.Pixels());
        Assert.Throws<ArgumentException>(() => PngEncoder.WithColorAndResolution("GIF89a and more bytes than a PNG header"u8, 150));
    }

    private static byte[] Physical(uint perMetre) =>
        [(byte)(perMetre >> 24), (byte)(perMetre >> 16), (byte)(perMetre >> 8), (byte)perMetre,
         (byte)(perMetre >> 24), (byte)(perMetre >> 16), (byte)(perMetre >> 8), (byte)perMetre, 1];
}
