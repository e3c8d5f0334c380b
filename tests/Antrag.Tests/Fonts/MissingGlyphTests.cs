using Antrag.Fonts;
using Antrag.Tests.Cli;
using Antrag.Tests.BadInput;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Fonts;

/// <summary>Characters the font lacks: named by their place in the motion and their Unicode name; characters that need no glyph never reported.</summary>
public sealed class MissingGlyphTests
{
    private static string Check(string motion)
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), GeneratedCaseTests.Profile);
        File.WriteAllText(dir.File("g.yaml"), motion);
        return CliRunner.Run(dir.Path, "check", "g.yaml").StdErr;
    }

    [Fact]
    public void A_missing_character_is_named_with_its_file_line_column_and_unicode_name()
    {
        var said = Check("datum: 01.02.2024\nbetreff: B ❗\nbeschlussentwurf: |\n  Erstens.\n  Weiter ➡ zum Rathaus.\n");
        Assert.Contains("g.yaml(2,12): warning ANT4003: the font has no glyph for '❗' (U+2757 HEAVY EXCLAMATION MARK SYMBOL)", said, StringComparison.Ordinal);
        Assert.Contains("g.yaml(5,10): warning ANT4003: the font has no glyph for '➡' (U+27A1 BLACK RIGHTWARDS ARROW)", said, StringComparison.Ordinal);
    }

    [Fact]
    public void Variation_selectors_and_joiners_need_no_glyph_and_raise_no_warning()
    {
        var said = Check("datum: 01.02.2024\nbetreff: \"B ❗\\uFE0F und A\\u200DB\\u200CC und D\\U000E0100\"\nbeschlussentwurf: E\n");
        Assert.Contains("U+2757", said, StringComparison.Ordinal);
        Assert.DoesNotContain("U+FE0F", said, StringComparison.Ordinal);
        Assert.DoesNotContain("U+200D", said, StringComparison.Ordinal);
        Assert.DoesNotContain("U+200C", said, StringComparison.Ordinal);
        Assert.DoesNotContain("U+E0100", said, StringComparison.Ordinal);
    }

    [Fact]
    public void The_font_set_does_not_count_default_ignorables_as_missing()
    {
        using var fonts = FontSet.Create(FontFamilySource.Shipped, "A❗\uFE0F\u200D\U000E0100\u034F");
        Assert.Equal([0x2757], fonts.MissingCodePoints);
    }
}
