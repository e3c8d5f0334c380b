using Antrag.Layout;
using Antrag.Read;
using Antrag.Text;

namespace Antrag;

/// <summary>A motion taken through the pipeline up to layout: the typed motion, its profile, the letterhead text and the pages.</summary>
public sealed record RenderedMotion(Motion Motion, FactionProfile Profile, string LetterheadText, LetterheadDocument Letterhead, LaidOutDocument Layout) : IDisposable
{
    public void Dispose() => Layout.Fonts.Dispose();
}
