namespace Antrag.Layout;

/// <summary>An SVG or PNG image's bytes with its intrinsic size, read once and painted by every exporter.</summary>
public sealed record ImageData(string SourcePath, byte[] Bytes, bool IsSvg, float IntrinsicWidth, float IntrinsicHeight);
