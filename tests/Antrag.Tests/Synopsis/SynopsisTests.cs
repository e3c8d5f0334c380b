using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Tests.Infrastructure;
using Antrag.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace Antrag.Tests.Synopsis;

/// <summary>The synopsis: old and new text side by side, deletions struck through and insertions underlined — checked from the drawn lines.</summary>
public sealed class SynopsisTests
{
    private static LoadedMotion Load()
    {
        var diagnostics = new DiagnosticBag();
        var loaded = diagnostics.Take(Pipeline.Load(RepoPaths.Sample("krefeld", "antrag-4493-23-A.yaml")));
        Assert.True(loaded is not null, string.Join("\n", diagnostics.Items));
        return loaded;
    }

    [Fact]
    public void Rows_pair_paragraphs_and_mark_words()
    {
        var rows = SynopsisBuilder.Rows(
            ["Gleich bleibt das.", "Der Rat prüft das Konzept.", "Weg damit."],
            ["Gleich bleibt das.", "Der Rat beschließt das neue Konzept.", "Ganz neu."]);
        Assert.Equal(("Gleich bleibt das.", "Gleich bleibt das."), rows[0]);
        Assert.Equal(("Der Rat ~~prüft~~ das Konzept.", "Der Rat ++beschließt++ das ++neue++ Konzept."), rows[1]);
        Assert.Equal(("~~Weg damit.~~", "++Ganz neu.++"), rows[2]);
    }

    [Fact]
    public void Deleted_words_are_struck_through_on_the_left_and_inserted_words_underlined_on_the_right()
    {
        var old = Load();
        var changed = old with
        {
            Motion = old.Motion with
            {
                DraftResolution = old.Motion.DraftResolution!
                    .Replace("unter Leitung des Dezernenten Eckhart Preen", "unter Leitung des Beigeordneten Eckhart Preen", StringComparison.Ordinal)
                    .Replace("Die Ergebnisse legt die Stadtverwaltung dann dem Rat zum Beschluss vor.", string.Empty, StringComparison.Ordinal),
            },
        };

        var diagnostics = new DiagnosticBag();
        using var rendered = SynopsisRenderer.Render(old, changed, diagnostics);
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        var pdf = PdfExporter.Export(rendered.Layout);
        using var doc = PdfDocument.Open(pdf);
        var page = doc.GetPage(1);
        var lines = page.Paths.SelectMany(p => p).Select(s => s.GetBoundingRectangle()).OfType<PdfRectangle>().Where(r => r.Height < 0.01).ToList();

        // The word's letters, and the horizontal lines that span them: through the middle (struck) or below (underlined).
        (bool Struck, bool Underlined, double X) Marks(string word)
        {
            var letters = PdfText.Lines(pdf).SelectMany(l => l.Letters).ToList();
            var text = string.Concat(letters.Select(l => l.Value));
            var at = text.IndexOf(word, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{word}' not found");
            var first = letters[at];
            var last = letters[at + word.Length - 1];
            var baseline = first.StartBaseLine.Y;
            var spanning = lines.Where(r => r.Left <= first.StartBaseLine.X + 0.5 && r.Right >= last.EndBaseLine.X - 0.5).ToList();
            return (spanning.Any(r => r.Bottom > baseline + 1.5 && r.Bottom < baseline + 5),
                    spanning.Any(r => r.Bottom < baseline - 0.5 && r.Bottom > baseline - 3),
                    first.StartBaseLine.X);
        }

        var deleted = Marks("Dezernenten");
        var inserted = Marks("Beigeordneten");
        var unchanged = Marks("Stadtverwaltung erarbeitet");
        Assert.True(deleted.Struck && !deleted.Underlined, "deleted word is struck through");
        Assert.True(inserted.Underlined && !inserted.Struck, "inserted word is underlined");
        Assert.False(unchanged.Struck || unchanged.Underlined);
        Assert.True(deleted.X < inserted.X, "old version on the left, new on the right");
        var removed = Marks("Die Ergebnisse legt");
        Assert.True(removed.Struck);
    }
}
