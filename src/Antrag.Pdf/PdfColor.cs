namespace Antrag.Pdf;

/// <summary>An opaque colour in DeviceRGB, eight bits a channel.</summary>
public readonly record struct PdfColor(byte R, byte G, byte B);
