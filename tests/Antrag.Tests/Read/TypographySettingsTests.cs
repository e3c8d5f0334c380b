using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Tests.Infrastructure;
using Antrag.Tests.Cli;

namespace Antrag.Tests.Read;

/// <summary>The profile's settings for page form, justification, hyphenation, typography and line numbers.</summary>
public sealed class TypographySettingsTests
{
    private const string Base = "name: F\nrat: Rat der Stadt T\nstadt: T\n";

    private static (FactionProfile? Profile, DiagnosticBag Diagnostics) Read(string extra)
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Base + extra);
        var diagnostics = new DiagnosticBag();
        return (ProfileReader.Read(dir.File("fraktion.yaml"), "fraktion.yaml", diagnostics), diagnostics);
    }

    [Fact]
    public void Defaults_are_standard_page_ragged_right_with_hyphenation_and_typography_and_no_line_numbers()
    {
        var (p, _) = Read(string.Empty);
        Assert.NotNull(p);
        Assert.Equal(PageFormat.Letterhead, p.PageFormat);
        Assert.False(p.Justify);
        Assert.True(p.Hyphenate);
        Assert.True(p.GermanTypography);
        Assert.Null(p.LineNumbers);
    }

    [Theory]
    [InlineData("briefbogen: din5008-a", PageFormat.Din5008A)]
    [InlineData("briefbogen: DIN5008-B", PageFormat.Din5008B)]
    [InlineData("briefbogen: standard", PageFormat.Letterhead)]
    public void Page_forms(string line, PageFormat expected)
    {
        Assert.Equal(expected, Read(line).Profile!.PageFormat);
    }

    [Theory]
    [InlineData("zeilennummern: true", 1, false)]
    [InlineData("zeilennummern: 5", 5, false)]
    [InlineData("zeilennummern: alles", 1, true)]
    [InlineData("zeilennummern:\n  schritt: 5\n  bereich: alles", 5, true)]
    public void Line_number_settings(string line, int step, bool wholeBody)
    {
        Assert.Equal(new LineNumbering(step, wholeBody), Read(line).Profile!.LineNumbers);
    }

    [Fact]
    public void Switches_are_read()
    {
        var p = Read("blocksatz: true\nsilbentrennung: nein\ntypografie: false").Profile!;
        Assert.True(p.Justify);
        Assert.False(p.Hyphenate);
        Assert.False(p.GermanTypography);
    }

    [Theory]
    [InlineData("briefbogen: din5009", "fraktion.yaml(4,1): error ANT1007")]
    [InlineData("zeilennummern: oft", "fraktion.yaml(4,1): error ANT1007")]
    public void Bad_values_are_located_errors(string line, string expected)
    {
        var (p, d) = Read(line);
        Assert.Null(p);
        Assert.Equal(expected, DiagnosticText.StartLine(d.Items.Single()));
    }

    [Fact]
    public void A_motion_can_switch_line_numbers_off()
    {
        var d = new DiagnosticBag();
        var m = MotionReader.Parse("datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nzeilennummern: false\n", "m.yaml", d);
        Assert.True(m!.LineNumbersOff);
        Assert.Null(m.LineNumbers);
    }
}
