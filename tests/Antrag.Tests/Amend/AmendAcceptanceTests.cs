using System.Globalization;
using System.Text.RegularExpressions;
using Antrag.Cli;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Tests.Check;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Amend;

/// <summary>
/// The acceptance test of <c>antrag amend</c>: a sample motion edited in four ways, amended, the Änderungsantrag rendered and
/// read back from its PDF; every change it states names lines that, in the base's PDF with line numbers, hold the words quoted.
/// </summary>
public sealed partial class AmendAcceptanceTests
{
    private static readonly FixedClock February3 = new(new DateTimeOffset(2025, 2, 3, 10, 0, 0, TimeSpan.FromHours(1)));

    private static (int ExitCode, string StdOut, string StdErr) Amend(string @base, string changed, string? output = null, bool synopsis = false, bool fassung = false)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = AmendCommand.Run(@base, changed, output, synopsis, fassung, February3, verbose: false, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// The text of the Änderungsantrag's PDF, as one flow of words. Rendered without hyphenation, so that the quoted words
    /// read back whole (a hyphen at a line's end cannot be told from one the writer wrote).
    /// </summary>
    private static string RenderedText(string file)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = diagnostics.Take(Pipeline.Load(file));
        Assert.True(loaded is not null, string.Join("\n", diagnostics.Items) + "\n" + File.ReadAllText(file));
        var prepared = diagnostics.Take(Pipeline.Prepare(loaded with { Profile = loaded.Profile with { Hyphenate = false } }));
        Assert.True(prepared is not null, string.Join("\n", diagnostics.Items));
        using var rendered = Pipeline.Layout(prepared);
        return PdfText.Flow(PdfText.Lines(PdfExporter.Export(rendered.Layout)));
    }

    private static (int First, int Last) Lines(Match m) =>
        (int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), m.Groups["b"].Success ? int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture) : int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture));

    /// <summary>The quoted words stand in lines first..last of the base, starting in the first and ending in the last.</summary>
    private static void AssertQuoted(Dictionary<int, string> baseLines, int first, int last, string quoted)
    {
        Assert.Contains(quoted, baseLines.Span(first, last), StringComparison.Ordinal);
        var words = quoted.Split(' ');
        Assert.Contains(words[0], baseLines[first], StringComparison.Ordinal);
        Assert.Contains(words[^1], baseLines[last], StringComparison.Ordinal);
        if (first < last)
        {
            Assert.DoesNotContain(quoted, baseLines.Span(first + 1, last), StringComparison.Ordinal);
            Assert.DoesNotContain(quoted, baseLines.Span(first, last - 1), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_change_is_stated_with_the_lines_of_the_base_pdf_that_hold_the_words()
    {
        using var dir = AmendSample.Folder();
        var changed = dir.File("radverkehr-neu.yaml");
        File.WriteAllText(changed, AmendSample.Edit(File.ReadAllText(dir.File(AmendSample.Base))));

        var run = Amend(dir.File(AmendSample.Base), changed);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var generated = dir.File("radverkehr-neu-aenderungsantrag.yaml");
        Assert.Contains("wrote ", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("(4 changes)", run.StdOut, StringComparison.Ordinal);

        // The Änderungsantrag checks clean and renders; its changes are read back from its PDF.
        var check = Checker.Check([generated]);
        Assert.True(check.Errors == 0 && check.Warnings == 0, string.Join("\n", check.Diagnostics));
        var text = RenderedText(generated);
        var baseLines = BaseLines.Read(dir.File(AmendSample.Base));

        var replaced = ReplacedPattern().Matches(text).ToList();
        var inserted = InsertedPattern().Matches(text).ToList();
        var deleted = DeletedPattern().Matches(text).ToList();
        Assert.Equal(2, replaced.Count);
        Assert.Single(inserted);
        Assert.Single(deleted);

        // A word replaced.
        var (first, last) = Lines(replaced[0]);
        Assert.Equal(("31.03.2025", "30.06.2025"), (replaced[0].Groups["old"].Value, replaced[0].Groups["new"].Value));
        AssertQuoted(baseLines, first, last, "31.03.2025");

        // A sentence inserted after the word it follows.
        (first, last) = Lines(inserted[0]);
        AssertQuoted(baseLines, first, last, inserted[0].Groups["old"].Value);
        Assert.EndsWith("vorzulegen.", inserted[0].Groups["old"].Value, StringComparison.Ordinal);
        Assert.Equal(AmendSample.InsertedSentence, inserted[0].Groups["new"].Value);

        // A numbered point changed, across a line break.
        (first, last) = Lines(replaced[1]);
        Assert.True(last > first, replaced[1].Value);
        AssertQuoted(baseLines, first, last, replaced[1].Groups["old"].Value);
        Assert.Contains("Sportstätten und Verwaltungsgebäuden", replaced[1].Groups["new"].Value, StringComparison.Ordinal);
        Assert.StartsWith("4. ", baseLines[Enumerable.Range(1, first).Last(n => PointStart().IsMatch(baseLines[n]))], StringComparison.Ordinal);

        // A paragraph deleted: exactly its lines.
        (first, last) = Lines(deleted[0]);
        Assert.Equal(AmendSample.DeletedParagraph, baseLines.Span(first, last));
        Assert.StartsWith("5. ", baseLines[first - 1], StringComparison.Ordinal);
        Assert.Equal("Begründung", baseLines[last + 1]);
    }

    [Fact]
    public void A_base_numbering_its_whole_body_is_counted_so_for_both_versions()
    {
        using var dir = AmendSample.Folder();
        var @base = dir.File("alles.yaml");
        File.WriteAllText(@base, File.ReadAllText(dir.File(AmendSample.Base)).Replace("art: antrag\n", "art: antrag\nzeilennummern: alles\n", StringComparison.Ordinal));
        var changed = dir.File("alles-neu.yaml");
        File.WriteAllText(changed, AmendSample.Edit(File.ReadAllText(dir.File(AmendSample.Base))));

        var run = Amend(@base, changed);
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.DoesNotContain("without line numbers", run.StdErr, StringComparison.Ordinal);
        var yaml = File.ReadAllText(dir.File("alles-neu-aenderungsantrag.yaml"));
        var replaced = ReplacedPattern().Match(yaml);
        Assert.Equal("31.03.2025", replaced.Groups["old"].Value);
        var (first, last) = Lines(replaced);
        var baseLines = BaseLines.Read(@base, new Antrag.Read.LineNumbering(1, WholeBody: true));
        Assert.True(first > 3, "the lines above the Beschlussentwurf count too");
        AssertQuoted(baseLines, first, last, "31.03.2025");
        Assert.Equal(4, yaml.Split("  - text: ").Length - 1);
    }

    [Fact]
    public void With_fassung_the_changed_point_is_given_in_full_under_its_number()
    {
        using var dir = AmendSample.Folder();
        var changed = dir.File("radverkehr-neu.yaml");
        File.WriteAllText(changed, AmendSample.Edit(File.ReadAllText(dir.File(AmendSample.Base))));

        var run = Amend(dir.File(AmendSample.Base), changed, dir.File("fassung.yaml"), fassung: true);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var text = RenderedText(dir.File("fassung.yaml"));
        var baseLines = BaseLines.Read(dir.File(AmendSample.Base));

        Assert.Contains("Ziffer 4 erhält folgende Fassung: „ein Konzept für sichere und wettergeschützte Fahrradabstellanlagen an Bahnhöfen, Schulen, Sportstätten und Verwaltungsgebäuden,“", text, StringComparison.Ordinal);
        Assert.Contains(baseLines.Values, l => l.StartsWith("4. ein Konzept für sichere", StringComparison.Ordinal));

        // The opening paragraph (a word replaced, a sentence inserted) in its new version, named by its lines in the base.
        var paragraph = FassungPattern().Match(text);
        Assert.True(paragraph.Success, text);
        var (first, last) = Lines(paragraph);
        Assert.StartsWith("Die Verwaltung wird beauftragt, bis zum 31.03.2025", baseLines[first], StringComparison.Ordinal);
        Assert.EndsWith("folgende Bausteine enthalten:", baseLines[last], StringComparison.Ordinal);
        Assert.Contains("30.06.2025", paragraph.Groups["new"].Value, StringComparison.Ordinal);
        Assert.Contains(AmendSample.InsertedSentence, paragraph.Groups["new"].Value, StringComparison.Ordinal);
        Assert.Matches(DeletedPattern(), text);
    }

    [Fact]
    public void Meetings_still_ahead_are_the_amendments_beratungsfolge()
    {
        using var dir = AmendSample.Folder();
        var changed = dir.File("radverkehr-neu.yaml");
        File.WriteAllText(changed, AmendSample.Edit(File.ReadAllText(dir.File(AmendSample.Base))));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var september20 = new FixedClock(new DateTimeOffset(2024, 9, 20, 10, 0, 0, TimeSpan.FromHours(2)));
        Assert.Equal(0, AmendCommand.Run(dir.File(AmendSample.Base), changed, null, false, false, september20, verbose: false, stdout, stderr));
        var yaml = File.ReadAllText(dir.File("radverkehr-neu-aenderungsantrag.yaml"));

        Assert.Contains("# bereits beraten: Ausschuss für Mobilität und Verkehr, 17.09.2024, vorberatend\n", yaml, StringComparison.Ordinal);
        Assert.Contains(
            "beratungsfolge:\n  - gremium: Haupt- und Finanzausschuss\n    sitzungstermin: 24.09.2024\n    beschlussform: vorberatend\n"
            + "  - gremium: Rat\n    sitzungstermin: 01.10.2024\n    beschlussform: beschließend\n",
            yaml,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_names_the_base_as_vorlage_is_dated_today_and_signed_by_the_changed_versions_signers()
    {
        using var dir = AmendSample.Folder();
        var changed = dir.File("radverkehr-neu.yaml");
        File.WriteAllText(changed, AmendSample.Edit(File.ReadAllText(dir.File(AmendSample.Base))).Replace("Jonas Muster", "Jana Neu", StringComparison.Ordinal));
        var run = Amend(dir.File(AmendSample.Base), changed);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var yaml = File.ReadAllText(dir.File("radverkehr-neu-aenderungsantrag.yaml"));

        Assert.Contains("art: aenderungsantrag\n", yaml, StringComparison.Ordinal);
        Assert.Contains("datum: 03.02.2025\n", yaml, StringComparison.Ordinal);
        Assert.Contains("vorlage:\n  nummer: 0342/24\n  betreff: \"Radverkehrskonzept 2030 für Musterstadt; hier: Lückenschluss im Radwegenetz, sichere Kreuzungen und Abstellanlagen\"\n", yaml, StringComparison.Ordinal);
        // The meetings of the base are all before today (03.02.2025): they are kept as comments, not as the Beratungsfolge.
        Assert.Contains("# bereits beraten: Rat, 01.10.2024, beschließend\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("beratungsfolge:", yaml, StringComparison.Ordinal);
        Assert.Contains("  - name: Jana Neu\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("profil:", yaml, StringComparison.Ordinal);
        Assert.Contains("  - text: In Zeile 3 wird „31.03.2025“ ersetzt durch „30.06.2025“.\n", yaml, StringComparison.Ordinal);

        // Written elsewhere, it names the profile it needs.
        using (var elsewhere = new TempFolder())
        {
            var again = Amend(dir.File(AmendSample.Base), changed, elsewhere.File("aa.yaml"));
            Assert.True(again.ExitCode == 0, again.StdErr);
            var check = Checker.Check([elsewhere.File("aa.yaml")]);
            Assert.True(check.Errors == 0, string.Join("\n", check.Diagnostics));
            Assert.Contains("profil: ", File.ReadAllText(elsewhere.File("aa.yaml")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_existing_file_is_never_overwritten_and_no_change_writes_nothing()
    {
        using var dir = AmendSample.Folder();
        var changed = dir.File("radverkehr-neu.yaml");
        File.WriteAllText(changed, AmendSample.Edit(File.ReadAllText(dir.File(AmendSample.Base))));
        var target = dir.File("radverkehr-neu-aenderungsantrag.yaml");
        File.WriteAllText(target, "# meine Begründung\n");

        var refused = Amend(dir.File(AmendSample.Base), changed);
        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("already exists", refused.StdErr, StringComparison.Ordinal);
        Assert.Equal("# meine Begründung\n", File.ReadAllText(target));
        Assert.Equal(ExitCodes.BadInput, Amend(dir.File(AmendSample.Base), changed, target).ExitCode);
        Assert.Equal("# meine Begründung\n", File.ReadAllText(target));

        var same = Amend(dir.File(AmendSample.Base), dir.File(AmendSample.Base), dir.File("nichts.yaml"));
        Assert.Equal(ExitCodes.BadInput, same.ExitCode);
        Assert.Contains("there is no change to state", same.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("nichts.yaml")));

        // Only the Begründung changed: nothing to state, and a warning says why.
        var reasons = dir.File("nur-begruendung.yaml");
        File.WriteAllText(reasons, File.ReadAllText(dir.File(AmendSample.Base)).Replace("Wir bitten um Zustimmung.", "Wir bitten herzlich um Zustimmung.", StringComparison.Ordinal));
        var onlyReasons = Amend(dir.File(AmendSample.Base), reasons);
        Assert.Equal(ExitCodes.BadInput, onlyReasons.ExitCode);
        Assert.Contains("the Begründung differs as well", onlyReasons.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_anfrage_has_no_beschlussentwurf_to_amend()
    {
        using var dir = AmendSample.Folder();
        var run = Amend(dir.File("anfrage-kitaplaetze.yaml"), dir.File("anfrage-kitaplaetze.yaml"));
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("has no 'beschlussentwurf'", run.StdErr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex PointStart();

    [GeneratedRegex(@"In Zeilen? (?<a>\d+)(?: bis (?<b>\d+))? wird „(?<old>[^“]*)“ ersetzt durch „(?<new>[^“]*)“")]
    private static partial Regex ReplacedPattern();

    [GeneratedRegex(@"In Zeilen? (?<a>\d+)(?: bis (?<b>\d+))? wird nach „(?<old>[^“]*)“ eingefügt: „(?<new>[^“]*)“")]
    private static partial Regex InsertedPattern();

    [GeneratedRegex(@"Zeilen? (?<a>\d+)(?: bis (?<b>\d+))? (?:werden|wird) gestrichen")]
    private static partial Regex DeletedPattern();

    [GeneratedRegex(@"Zeilen? (?<a>\d+)(?: bis (?<b>\d+))? (?:erhalten|erhält) folgende Fassung: „(?<new>[^“]*)“")]
    private static partial Regex FassungPattern();
}
