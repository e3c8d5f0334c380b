namespace Antrag.Fonts;

/// <summary>The result of shaping a string: glyph ids of the subset typeface, their x/y positions in points, total advance.</summary>
/// <param name="Glyphs">Glyph ids of the <see cref="FontFace.Typeface"/> (the subset), in visual order.</param>
/// <param name="X">Horizontal position of each glyph in points, relative to the run's origin.</param>
/// <param name="Y">Vertical offset of each glyph in points from the baseline, positive downwards (Skia's direction); 0 for plain Latin text.</param>
/// <param name="Width">The run's total advance in points.</param>
public sealed record ShapedRun(ushort[] Glyphs, float[] X, float[] Y, float Width)
{
    /// <summary>For each glyph, the index in the shaped string of the first character of its cluster; null = one glyph per character.</summary>
    public int[]? Clusters { get; init; }

    /// <summary>The glyphs of the characters [<paramref name="start"/>, <paramref name="end"/>) of the shaped string, as a range of glyph indices.</summary>
    public Range GlyphRange(int start, int end)
    {
        if (Clusters is null)
        {
            return Math.Clamp(start, 0, Glyphs.Length)..Math.Clamp(end, 0, Glyphs.Length);
        }

        var first = 0;
        while (first < Clusters.Length && Clusters[first] < start)
        {
            first++;
        }

        var last = first;
        while (last < Clusters.Length && Clusters[last] < end)
        {
            last++;
        }

        return first..last;
    }
}
