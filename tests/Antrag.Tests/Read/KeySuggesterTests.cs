using Antrag.Read;

namespace Antrag.Tests.Read;

/// <summary>Suggestions for misspelt keys: edit distance plus case, umlaut and separator folding.</summary>
public sealed class KeySuggesterTests
{
    private static readonly string[] MotionKeys =
        ["art", "vorlagennummer", "datum", "ort", "oeffentlich", "beratungsfolge", "betreff", "beschlussentwurf", "begruendung", "unterzeichner", "profil"];

    [Theory]
    [InlineData("begruendug", "begruendung")]
    [InlineData("begründung", "begruendung")]
    [InlineData("Betreff", "betreff")]
    [InlineData("BETREFF", "betreff")]
    [InlineData("betrefff", "betreff")]
    [InlineData("bertreff", "betreff")]
    [InlineData("öffentlich", "oeffentlich")]
    [InlineData("beschluss-entwurf", "beschlussentwurf")]
    [InlineData("beschlusentwruf", "beschlussentwurf")]
    [InlineData("unterzeichnner", "unterzeichner")]
    [InlineData("Vorlagen_Nummer", "vorlagennummer")]
    [InlineData("datun", "datum")]
    [InlineData("profile", "profil")]
    public void Suggests_the_close_key(string written, string expected) =>
        Assert.Equal(expected, KeySuggester.Suggest(written, MotionKeys));

    [Theory]
    [InlineData("anlagen")]
    [InlineData("titel")]
    [InlineData("x")]
    [InlineData("ab")]
    [InlineData("")]
    public void Suggests_nothing_when_nothing_is_close(string written) =>
        Assert.Null(KeySuggester.Suggest(written, MotionKeys));

    [Theory]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_counts_swaps_as_one_edit(string a, string b, int expected) =>
        Assert.Equal(expected, KeySuggester.Distance(a, b));
}
