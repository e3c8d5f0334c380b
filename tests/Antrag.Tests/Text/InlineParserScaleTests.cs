using System.Security.Cryptography;
using System.Text;
using Antrag.Text;

namespace Antrag.Tests.Text;

/// <summary>
/// The emphasis parser at scale: linear in the length of a paragraph (main took 29 s for 640 KB of <c>**a </c>), with the
/// same runs as before for every input.
/// </summary>
public sealed class InlineParserScaleTests
{
    /// <summary>
    /// Two megabytes (the largest file) of each pattern that was quadratic: markers that never pair (each star run copied the
    /// rest of the text), a run of 2 million stars, and styles switched on and off around nothing (each piece of plain text
    /// was appended to a copy of the run before). Linear, each takes milliseconds; the bound is loose for a busy machine.
    /// </summary>
    [Theory]
    [InlineData("**a ")]
    [InlineData("*")]
    [InlineData("a++~~~~++")]
    [InlineData("*a* ")]
    public void Two_megabytes_of_markers_parse_in_linear_time(string pattern)
    {
        var text = string.Concat(Enumerable.Repeat(pattern, (2 * 1024 * 1024) / pattern.Length));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var runs = InlineParser.Parse(text);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"{watch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(text.Replace("++", string.Empty, StringComparison.Ordinal).Replace("~~", string.Empty, StringComparison.Ordinal).Replace("*a*", "a", StringComparison.Ordinal), InlineParser.PlainText(runs));
    }

    /// <summary>
    /// The runs of 20,000 random texts of markers, letters, spaces, escapes and line breaks (fixed seed), hashed. The hash was
    /// taken with the parser of main before it was made linear, so any change to what it makes of any of them fails here;
    /// taken again when a backslash came to escape any ASCII punctuation (\+, \~ as in CommonMark), not only * and \.
    /// </summary>
    [Fact]
    public void Random_marker_texts_give_the_same_runs_as_before()
    {
        var random = new Random(20261203);
        const string alphabet = "***++~~\\ a\nb";
        var all = new StringBuilder();
        for (var n = 0; n < 20_000; n++)
        {
            var length = random.Next(0, 40);
            var text = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            foreach (var run in InlineParser.Parse(text.ToString()))
            {
                all.Append(run.Bold ? 'B' : '-').Append(run.Italic ? 'I' : '-').Append((int)run.Decoration).Append('[').Append(run.Text).Append(']');
            }

            all.Append('\n');
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
        Assert.Equal("C41C09CCDBD1D20514B30584707A9C74742D5B2846A75362B42235F9706DA90F", hash);
    }
}
