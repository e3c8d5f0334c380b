using System.Globalization;
using Antrag.Diagnostics;
using Antrag.Read;

namespace Antrag.Images;

/// <summary>
/// Checks an image against <see cref="InputLimits"/> before it is decoded: a PNG by the size its header states (a file of
/// 1.5 MB may hold 40000 × 40000 pixels, 6 GB once decoded), an SVG with <see cref="SvgCheck"/>.
/// </summary>
internal static class ImageCheck
{
    /// <summary>Why the image at <paramref name="path"/> (an .svg, else a PNG) cannot be used, or null.</summary>
    public static FileRefusal? Check(byte[] bytes, string path)
    {
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return SvgCheck.Check(bytes);
        }

        if (ImageHeader.PngSize(bytes) is { } size && size.Width * size.Height > InputLimits.ImagePixels)
        {
            return new FileRefusal(
                DiagnosticCodes.ImageTooLarge,
                string.Create(CultureInfo.InvariantCulture, $"has {size.Width} × {size.Height} pixels; antrag takes images of at most {InputLimits.ImagePixels:N0} pixels (4096 × 4096)"),
                "scale the image down: 40 mm printed at 600 dpi are 945 pixels");
        }

        return null;
    }
}
