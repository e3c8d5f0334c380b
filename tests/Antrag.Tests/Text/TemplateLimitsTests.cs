using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Text;

namespace Antrag.Tests.Text;

/// <summary>
/// The limits of a template run (<see cref="InputLimits"/>) leave every motion that fits the file limits alone: the largest
/// texts and the longest lists a motion file can hold are written by the built-in templates. The hostile corpus shows that
/// runaway templates are stopped.
/// </summary>
public sealed class TemplateLimitsTests
{
    private static readonly FactionProfile Lead = new()
    {
        SourcePath = "fraktion.yaml",
        Name = "Testfraktion",
        Council = "Rat der Stadt Teststadt",
        City = "Teststadt",
    };

    private static Motion Base() => new()
    {
        SourcePath = "m.yaml",
        Kind = "antrag",
        Date = new DateOnly(2023, 2, 28),
        Subject = "Ein Betreff",
        DraftResolution = "Ein Beschluss.",
    };

    private static string Write(Motion motion)
    {
        var diagnostics = new DiagnosticBag();
        var text = LetterheadWriter.Write(new LoadedMotion(motion, Lead, []), diagnostics);
        Assert.True(text is not null, string.Join("\n", diagnostics.Items));
        return text;
    }

    [Fact]
    public void A_text_as_long_as_a_motion_file_may_be_is_written_whole()
    {
        // A motion file has at most 2 MB, so no text of it is longer; the Begründung is written from an include.
        var paragraph = string.Concat(Enumerable.Repeat("Das Dach der Turnhalle ist undicht. ", 20)).Trim();
        var reasoning = string.Join("\n\n", Enumerable.Repeat(paragraph, (int)(InputLimits.MotionBytes / (paragraph.Length + 2))));
        Assert.True(reasoning.Length > 2_000_000);

        var text = Write(Base() with { Reasoning = reasoning });

        // Scriban's own limit cut such a text short without a word once it was written twice (into the include, then into
        // the document).
        Assert.True(text.Contains(reasoning, StringComparison.Ordinal), $"the text was cut short: {text.Length} characters written");
    }

    [Fact]
    public void As_many_attachments_references_and_signers_as_a_loop_may_run_are_listed_within_the_steps()
    {
        var n = InputLimits.TemplateLoopIterations;
        var motion = Base() with
        {
            Attachments = [.. Enumerable.Range(1, n).Select(i => $"Anlage {i}")],
            References = [.. Enumerable.Range(1, n).Select(i => $"Vorlage {i}")],
            // Scriban counts the runs of a loop with those of the loops inside it: the signers' loop runs inside the loop
            // over the factions (one run).
            Signers = [.. Enumerable.Range(1, n - 1).Select(i => new Signer($"Person {i}", "Mitglied"))],
        };

        var text = Write(motion);

        Assert.Contains($"- Anlage {n}\n", text, StringComparison.Ordinal);
        Assert.Contains($"Vorlage {n}", text, StringComparison.Ordinal);
        Assert.Contains($"Person {n - 1}\nMitglied", text, StringComparison.Ordinal);
    }
}
