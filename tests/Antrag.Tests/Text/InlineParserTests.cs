using Antrag.Text;

namespace Antrag.Tests.Text;

/// <summary>Light Markdown emphasis: bold, italic, underline (insertions) and strike-through (deletions).</summary>
public sealed class InlineParserTests
{
    private static string Show(IEnumerable<TextRun> runs) => string.Concat(runs.Select(r =>
        (r.Bold ? "B" : string.Empty) + (r.Italic ? "I" : string.Empty)
        + (r.Decoration.HasFlag(Decoration.Underline) ? "U" : string.Empty) + (r.Decoration.HasFlag(Decoration.Strike) ? "S" : string.Empty)
        + "[" + r.Text + "]"));

    [Theory]
    [InlineData("ein **fettes** Wort", "[ein ]B[fettes][ Wort]")]
    [InlineData("*kursiv* und ***beides***", "I[kursiv][ und ]BI[beides]")]
    [InlineData("alt ~~weg~~ ++neu++ fertig", "[alt ]S[weg][ ]U[neu][ fertig]")]
    [InlineData("5 * 3 = 15", "[5 * 3 = 15]")]
    [InlineData("a ++ b", "[a ++ b]")]
    [InlineData("ein \\*Stern\\*", "[ein *Stern*]")]
    [InlineData("**offen", "[**offen]")]
    [InlineData("**fett\nüber Zeilen**", "B[fett\nüber Zeilen]")]
    public void Parses(string input, string expected)
    {
        Assert.Equal(expected, Show(InlineParser.Parse(input)));
    }
}
