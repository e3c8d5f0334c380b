namespace Antrag.Fonts;

/// <summary>The result of shaping a string: glyph ids of the subset typeface, their x/y positions in points, total advance.</summary>
/// <param name="Glyphs">Glyph ids of the <see cref="FontFace.Typeface"/> (the subset), in visual order.</param>
/// <param name="X">Horizontal position of each glyph in points, relative to the run's origin.</param>
/// <param name="Y">Vertical offset of each glyph in points from the baseline, positive downwards (Skia's direction); 0 for plain Latin text.</param>
/// <param name="Width">The run's total advance in points.</param>
public sealed record ShapedRun(ushort[] Glyphs, float[] X, float[] Y, float Width);
