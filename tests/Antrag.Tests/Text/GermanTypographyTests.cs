using Antrag.Text;

namespace Antrag.Tests.Text;

/// <summary>German typographic details; '_' in the expected text stands for a non-breaking space.</summary>
public sealed class GermanTypographyTests
{
    [Theory]
    [InlineData("Er sagte \"Vision Zero\" und ging.", "Er sagte „Vision Zero“ und ging.")]
    [InlineData("(\"Zitat\")", "(„Zitat“)")]
    [InlineData("das 'Wort' hier", "das ‚Wort‘ hier")]
    [InlineData("geht's gut", "geht’s gut")]
    [InlineData("Schulen - auch Grundschulen - sind", "Schulen – auch Grundschulen – sind")]
    [InlineData("von 10-12 Uhr", "von 10–12_Uhr")]
    [InlineData("Telefon: 02151-862015", "Telefon: 02151-862015")]
    [InlineData("Schul-IT und E-Government", "Schul-IT und E-Government")]
    [InlineData("nach § 4 Abs. 2 GO", "nach §_4 Abs._2 GO")]
    [InlineData("Antrag Nr. 5 z. B. heute", "Antrag Nr._5 z._B. heute")]
    [InlineData("i. d. R. so", "i._d._R. so")]
    [InlineData("am 28. Februar 2023", "am 28._Februar 2023")]
    [InlineData("kostet 1.000 € oder 80.000 Euro", "kostet 1.000_€ oder 80.000_Euro")]
    [InlineData("1,8 Mio. Euro", "1,8_Mio._Euro")]
    [InlineData("bis zu 75 Prozent", "bis zu 75_Prozent")]
    [InlineData("Vorlage 0377/24 und 4493/23 A", "Vorlage_0377/24 und 4493/23_A")]
    [InlineData("Zu TOP 4 „Gründung“", "Zu TOP_4 „Gründung“")]
    [InlineData("in Ziffer 2", "in Ziffer_2")]
    public void Rules(string input, string expected)
    {
        Assert.Equal(expected, GermanTypography.Apply(input).Replace('\u00A0', '_'));
    }

    [Fact]
    public void Runs_keep_their_styles_and_boundaries()
    {
        var runs = GermanTypography.Apply([new TextRun("Er sagte \""), new TextRun("fett", Bold: true), new TextRun("\" - so.")]);
        Assert.Equal(["Er sagte „", "fett", "“ – so."], runs.Select(r => r.Text));
        Assert.True(runs[1].Bold);
    }
}
