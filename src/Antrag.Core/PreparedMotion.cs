using Antrag.Fonts;
using Antrag.Layout;
using Antrag.Read;
using Antrag.Text;

namespace Antrag;

/// <summary>A motion taken through every check before layout: loaded, its letterhead text written and parsed, logo, signature images and fonts loaded.</summary>
public sealed record PreparedMotion(
    LoadedMotion Loaded,
    string LetterheadText,
    LetterheadDocument Letterhead,
    ImageData? Logo,
    IReadOnlyDictionary<string, ImageData> Images,
    FontSet Fonts) : IDisposable
{
    public Motion Motion => Loaded.Motion;

    public FactionProfile Profile => Loaded.Profile;

    /// <summary>Releases the fonts; not needed once they were handed to a layout (the rendered motion owns them then).</summary>
    public void Dispose() => Fonts.Dispose();
}
