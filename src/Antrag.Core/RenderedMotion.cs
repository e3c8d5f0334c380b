using Antrag.Layout;
using Antrag.Read;
using Antrag.Text;

namespace Antrag;

/// <summary>A motion taken through the pipeline up to layout: the loaded motion, the letterhead text and the pages.</summary>
public sealed record RenderedMotion(LoadedMotion Loaded, string LetterheadText, LetterheadDocument Letterhead, LaidOutDocument Layout) : IDisposable
{
    public Motion Motion => Loaded.Motion;

    public FactionProfile Profile => Loaded.Profile;

    /// <summary>Whether the motion's text carries line numbers (set on the motion, or on the profile and not switched off).</summary>
    public bool HasLineNumbers => Loaded.LineNumbers is not null;

    public void Dispose() => Layout.Fonts.Dispose();
}
