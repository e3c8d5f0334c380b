using Antrag.Fonts;

namespace Antrag.Tests.Fonts;

/// <summary>A non-breaking space is drawn like a space even where the font has no glyph of its own for it.</summary>
public sealed class NonBreakingSpaceTests
{
    [Fact]
    public void A_non_breaking_space_shapes_to_a_visible_space_and_is_not_reported_missing()
    {
        using var set = FontSet.Create(FontFamilySource.Shipped, "§\u00A04 § 4");
        Assert.Empty(set.MissingCodePoints);
        var face = set[FontStyle.Regular];
        var nbsp = face.Shape("§\u00A04", 11f);
        var space = face.Shape("§ 4", 11f);
        Assert.NotEqual(0, nbsp.Glyphs[1]);
        Assert.Equal(space.Width, nbsp.Width, 0.01f);
    }
}
