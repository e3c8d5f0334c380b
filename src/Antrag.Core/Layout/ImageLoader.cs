using System.Runtime.CompilerServices;
using Antrag.Diagnostics;
using SkiaSharp;
using Svg.Skia;

namespace Antrag.Layout;

/// <summary>Reads a logo (SVG or PNG) and its intrinsic size, or reports why it cannot be used.</summary>
public static class ImageLoader
{
    static ImageLoader()
    {
        // Svg.Skia fetches what an SVG refers to (files, web addresses) unless told not to. Images.SvgCheck refuses such
        // SVGs before; this is the second lock.
        Svg.SvgDocument.ResolveExternalImages = Svg.ExternalType.None;
        Svg.SvgDocument.ResolveExternalElements = Svg.ExternalType.None;
        Svg.SvgDocument.ResolveExternalXmlEntites = Svg.ExternalType.None;
    }

    // The parsed SVG of each loaded logo, by its bytes, so that the exporters paint it without parsing it again.
    private static readonly ConditionalWeakTable<byte[], SKSvg> Parsed = new();

    /// <summary>
    /// The picture of an SVG <paramref name="image"/>: the one parsed when it was loaded, else parsed now and kept as long
    /// as its bytes; null if it cannot be parsed.
    /// </summary>
    internal static SKPicture? SvgPicture(ImageData image) => Parsed.GetValue(image.Bytes, static bytes =>
    {
        var svg = new SKSvg();
        using var stream = new MemoryStream(bytes);
        svg.Load(stream);
        return svg;
    }).Picture;

    /// <summary>Loads <paramref name="fullPath"/>; diagnostics name <paramref name="at"/>.</summary>
    public static ImageData? Load(string fullPath, SourceSpan at, DiagnosticBag diagnostics) =>
        Load(fullPath, at, diagnostics, "the logo", null);

    /// <summary>
    /// Loads <paramref name="fullPath"/> (named <paramref name="what"/> in messages) if it lies in <paramref name="allowed"/>
    /// (null: anywhere) and keeps within the limits of <see cref="Images.ImageCheck"/>; diagnostics name <paramref name="at"/>.
    /// </summary>
    internal static ImageData? Load(string fullPath, SourceSpan at, DiagnosticBag diagnostics, string what, Read.AllowedFolders? allowed)
    {
        var (read, refusal) = Read.SafeFile.Read(fullPath, InputLimits.ImageBytes, allowed);
        refusal ??= read is null ? null : Images.ImageCheck.Check(read, fullPath);
        if (refusal is not null)
        {
            diagnostics.Error(refusal.Code, at, refusal.Message($"{what} '{Path.GetFileName(fullPath)}'"), refusal.Hint);
            return null;
        }

        var bytes = read!;
        var isSvg = fullPath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (isSvg)
            {
                var svg = new SKSvg();
                using var stream = new MemoryStream(bytes);
                var picture = svg.Load(stream);
                if (picture is not null && picture.CullRect.Width > 0 && picture.CullRect.Height > 0)
                {
                    Parsed.AddOrUpdate(bytes, svg);
                    return new ImageData(fullPath, bytes, true, picture.CullRect.Width, picture.CullRect.Height);
                }

                svg.Dispose();
            }
            else
            {
                using var codec = SKCodec.Create(new MemoryStream(bytes));
                if (codec is not null && codec.EncodedFormat == SKEncodedImageFormat.Png && codec.Info.Width > 0)
                {
                    return new ImageData(fullPath, bytes, false, codec.Info.Width, codec.Info.Height);
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // reported below
        }

        diagnostics.Error(DiagnosticCodes.BadImage, at, $"{what} '{Path.GetFileName(fullPath)}' is not a readable {(isSvg ? "SVG" : "PNG")} image", "use an SVG or PNG file");
        return null;
    }
}
