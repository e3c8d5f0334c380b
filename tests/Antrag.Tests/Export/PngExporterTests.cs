using System.Buffers.Binary;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Pdf.Tests.Png;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Export;

/// <summary>PNG pages (Skia's encoder) and thumbnails (ours) say that their pixels are sRGB and at what resolution they were drawn.</summary>
public sealed class PngExporterTests
{
    [Fact]
    public void Pages_and_thumbnails_carry_srgb_and_their_dpi()
    {
        var diagnostics = new DiagnosticBag();
        using var rendered = diagnostics.Take(Pipeline.Render(RepoPaths.Sample("musterstadt", "antrag-radverkehrskonzept.yaml")));
        Assert.NotNull(rendered);
        var pages = PngExporter.Export(rendered.Layout, 150);
        Assert.Equal(3, pages.Count);
        foreach (var page in pages)
        {
            AssertSrgbAt(PngFile.Read(page), 5906);
        }

        AssertSrgbAt(PngFile.Read(PngExporter.ExportPreview(rendered.Layout, 0, Antrag.Build.Builder.ThumbnailDpi)), 827);
        AssertSrgbAt(PngFile.Read(PngExporter.Export(rendered.Layout)[0]), 4331);
    }

    private static void AssertSrgbAt(PngFile png, uint pixelsPerMetre)
    {
        var types = png.Types.ToList();
        Assert.Equal(["IHDR", "sRGB", "pHYs"], types[..3]);
        Assert.True(types.IndexOf("IDAT") > 2);
        Assert.DoesNotContain("iCCP", types);
        Assert.Equal([0], png.Chunk("sRGB"));
        var physical = png.Chunk("pHYs");
        Assert.Equal((pixelsPerMetre, pixelsPerMetre, (byte)1), (BinaryPrimitives.ReadUInt32BigEndian(physical), BinaryPrimitives.ReadUInt32BigEndian(physical.AsSpan(4)), physical[8]));
    }
}
