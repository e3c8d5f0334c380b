using Antrag.Fonts;
using Antrag.Text;

namespace Antrag.Layout;

/// <summary>A part of a text line in one face, with its x offset from the line's start and its decoration.</summary>
public sealed record LineSegment(float X, string Text, FontStyle Style, ShapedRun Run)
{
    public Decoration Decoration { get; init; }
}
