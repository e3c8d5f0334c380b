using Antrag.Cli;
using Antrag.Tests.Check;
using Antrag.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace Antrag.Tests.Amend;

/// <summary>
/// <c>antrag amend BASE CHANGED --format synopse</c>: both versions side by side in a PDF, deletions struck through and insertions
/// underlined — checked from the positions of the lines drawn, not from colour.
/// </summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class AmendSynopsisTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2025, 2, 3, 10, 0, 0, TimeSpan.FromHours(1)));

    /// <summary>Whether a horizontal line runs through the middle of <paramref name="word"/> (struck) or below it (underlined), and where it starts.</summary>
    private static (bool Struck, bool Underlined, double X) Marks(byte[] pdf, string word)
    {
        using var doc = PdfDocument.Open(pdf);
        foreach (var page in doc.GetPages())
        {
            var letters = page.Letters.ToList();
            var text = string.Concat(letters.Select(l => l.Value));
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var (first, last) = (letters[at], letters[at + word.Length - 1]);
            var baseline = first.StartBaseLine.Y;
            var spanning = page.Paths.SelectMany(p => p).Select(s => s.GetBoundingRectangle()).OfType<PdfRectangle>()
                .Where(r => r.Height < 0.01 && r.Left <= first.StartBaseLine.X + 0.5 && r.Right >= last.EndBaseLine.X - 0.5)
                .ToList();
            return (spanning.Any(r => r.Bottom > baseline + 1.5 && r.Bottom < baseline + 5),
                    spanning.Any(r => r.Bottom < baseline - 0.5 && r.Bottom > baseline - 3),
                    first.StartBaseLine.X);
        }

        Assert.Fail($"'{word}' not found in the synopsis");
        return default;
    }

    [Fact]
    public void The_synopsis_strikes_through_what_was_deleted_and_underlines_what_was_inserted()
    {
        using var dir = AmendSample.Folder();
        var changed = dir.File("radverkehr-neu.yaml");
        File.WriteAllText(changed, AmendSample.Edit(File.ReadAllText(dir.File(AmendSample.Base))));

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = AmendCommand.Run(dir.File(AmendSample.Base), changed, null, synopsis: true, fassung: false, Clock, verbose: false, stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());
        var pdf = File.ReadAllBytes(dir.File("radverkehr-neu-synopse.pdf"));
        Assert.False(File.Exists(dir.File("radverkehr-neu-aenderungsantrag.yaml")));

        var oldDate = Marks(pdf, "31.03.2025");
        var newDate = Marks(pdf, "30.06.2025");
        Assert.True(oldDate.Struck && !oldDate.Underlined, "the replaced date is struck through");
        Assert.True(newDate.Underlined && !newDate.Struck, "the new date is underlined");
        Assert.True(oldDate.X < newDate.X, "the base on the left, the changed version on the right");

        var sentence = Marks(pdf, "Verkehrsentwicklungsplans");
        Assert.True(sentence.Underlined && !sentence.Struck, "the inserted sentence is underlined");
        var point = Marks(pdf, "Sportstätten");
        Assert.True(point.Underlined, "the new words of the point are underlined");
        var paragraph = Marks(pdf, "halbjährlich");
        Assert.True(paragraph.Struck && !paragraph.Underlined, "the deleted paragraph is struck through");
        var same = Marks(pdf, "vollständige Bestandsaufnahme");
        Assert.False(same.Struck || same.Underlined, "unchanged words are not marked");

        // Sub-headings of the Begründung appear as their text, not as Markdown.
        var text = string.Concat(PdfText.Lines(pdf).Select(l => l.Text));
        Assert.Contains("Ausgangslage", text, StringComparison.Ordinal);
        Assert.DoesNotContain("#", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_synopsis_needs_two_different_versions_and_takes_no_fassung()
    {
        using var dir = AmendSample.Folder();
        var same = CliRunner.Run(dir.Path, "amend", AmendSample.Base, AmendSample.Base, "--format", "synopse");
        Assert.Equal(ExitCodes.BadInput, same.ExitCode);
        Assert.Contains("nothing to compare", same.StdErr, StringComparison.Ordinal);
        var both = CliRunner.Run(dir.Path, "amend", AmendSample.Base, AmendSample.Base, "--format", "synopse", "--fassung");
        Assert.Equal(ExitCodes.BadInput, both.ExitCode);
        Assert.Contains("--fassung", both.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(dir.Files(), f => f.EndsWith(".pdf", StringComparison.Ordinal));
    }
}
