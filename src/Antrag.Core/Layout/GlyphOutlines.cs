using Antrag.Fonts;
using SkiaSharp;

namespace Antrag.Layout;

/// <summary>Turns a shaped run into the outlines of its glyphs (a <see cref="ShapeItem"/>): drawn like text, but not text to a reader or an extractor.</summary>
public static class GlyphOutlines
{
    /// <summary>
    /// The outlines of <paramref name="run"/> set in <paramref name="face"/> at <paramref name="size"/> points, its origin at
    /// (<paramref name="x"/>, <paramref name="baseline"/>), turned by <paramref name="rotation"/> degrees about the origin
    /// (clockwise, y pointing down), as a shape of <paramref name="color"/> labelled with <paramref name="text"/>.
    /// </summary>
    public static ShapeItem Shape(FontFace face, ShapedRun run, float size, float x, float baseline, float rotation, Color color, string text)
    {
        using var font = new SKFont(face.Typeface, size) { Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true };
        var verbs = new List<byte>();
        var points = new List<float>();
        var turn = SKMatrix.CreateRotationDegrees(rotation, x, baseline);
        var pts = new SKPoint[4];
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            // Glyph 0 (.notdef) stands for a missing character: never drawn.
            if (run.Glyphs[i] == 0)
            {
                continue;
            }

            using var path = font.GetGlyphPath(run.Glyphs[i]);
            if (path is null)
            {
                continue;
            }

            path.Transform(SKMatrix.Concat(turn, SKMatrix.CreateTranslation(x + run.X[i], baseline + run.Y[i])));
            using var it = path.CreateRawIterator();
            SKPathVerb verb;
            while ((verb = it.Next(pts)) != SKPathVerb.Done)
            {
                switch (verb)
                {
                    case SKPathVerb.Move:
                        Add(ShapeItem.Move, pts[0]);
                        break;
                    case SKPathVerb.Line:
                        Add(ShapeItem.Line, pts[1]);
                        break;
                    case SKPathVerb.Quad:
                        Quad(pts[0], pts[1], pts[2]);
                        break;
                    case SKPathVerb.Conic:
                        var quads = SKPath.ConvertConicToQuads(pts[0], pts[1], pts[2], it.ConicWeight(), 2);
                        for (var q = 0; q + 2 < quads.Length; q += 2)
                        {
                            Quad(quads[q], quads[q + 1], quads[q + 2]);
                        }

                        break;
                    case SKPathVerb.Cubic:
                        Add(ShapeItem.Cubic, pts[1], pts[2], pts[3]);
                        break;
                    case SKPathVerb.Close:
                        Add(ShapeItem.Close);
                        break;
                }
            }
        }

        return new ShapeItem(text, [.. verbs], [.. points], color);

        // A quadratic curve is the cubic with control points two thirds of the way to its control point.
        void Quad(SKPoint p0, SKPoint p1, SKPoint p2) =>
            Add(ShapeItem.Cubic, p0 + Scale(p1 - p0, 2f / 3f), p2 + Scale(p1 - p2, 2f / 3f), p2);

        void Add(byte verb, params SKPoint[] at)
        {
            verbs.Add(verb);
            foreach (var p in at)
            {
                points.Add(p.X);
                points.Add(p.Y);
            }
        }
    }

    private static SKPoint Scale(SKPoint p, float f) => new(p.X * f, p.Y * f);
}
