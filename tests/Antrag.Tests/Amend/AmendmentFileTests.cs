using Antrag.Cli;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Tests.Check;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Amend;

/// <summary>The Änderungsantrag file: several new paragraphs as one block, literal characters kept, the file checks clean and renders.</summary>
public sealed class AmendmentFileTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2025, 2, 3, 10, 0, 0, TimeSpan.FromHours(1)));

    [Fact]
    public void New_paragraphs_stand_one_per_line_and_asterisks_stay_literal()
    {
        using var dir = AmendSample.Folder();
        var @base = dir.File("schulwege.yaml");
        File.WriteAllText(@base, File.ReadAllText(dir.File("antrag-schulwege.yaml")).Replace("den Eltern zur Verfügung", @"den Eltern und Bürger\*innen zur Verfügung", StringComparison.Ordinal));
        var changed = dir.File("schulwege-neu.yaml");
        File.WriteAllText(changed, File.ReadAllText(@base)
            .Replace(@"Bürger\*innen", @"Anwohner\*innen", StringComparison.Ordinal)
            .Replace("auf Schulwegen zu berichten.\n", "auf Schulwegen zu berichten.\n\n  Die Kosten trägt die Stadt.\n\n  Der Beschluss gilt ab dem 1. August.\n", StringComparison.Ordinal));

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.True(AmendCommand.Run(@base, changed, null, false, false, Clock, false, stdout, stderr) == 0, stderr.ToString());
        var file = dir.File("schulwege-neu-aenderungsantrag.yaml");
        var yaml = File.ReadAllText(file);
        Assert.Contains(@"  - text: In Zeile 5 wird „Bürger\*innen“ ersetzt durch „Anwohner\*innen“.", yaml, StringComparison.Ordinal);
        // One paragraph per quoted paragraph (a single line break would be a space by the CommonMark rules).
        Assert.Contains("  - text: |\n      Nach Zeile 8 wird eingefügt:\n      \n      „Die Kosten trägt die Stadt.“\n      \n      „Der Beschluss gilt ab dem 1. August.“\n", yaml, StringComparison.Ordinal);

        var check = Checker.Check([file]);
        Assert.True(check.Errors == 0 && check.Warnings == 0, string.Join("\n", check.Diagnostics));
        var diagnostics = new DiagnosticBag();
        using var rendered = diagnostics.Take(Pipeline.Render(file));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        var lines = PdfText.Lines(PdfExporter.Export(rendered.Layout)).Select(l => l.Text).ToList();
        var flow = PdfText.Collapse(string.Join(" ", lines));
        Assert.Contains("In Zeile 5 wird „Bürger*innen“ ersetzt durch „Anwohner*innen“.", flow, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("1. In Zeile 5 wird", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2. Nach Zeile 8 wird eingefügt:", StringComparison.Ordinal));
        Assert.Contains("„Die Kosten trägt die Stadt.“", lines);
        Assert.Contains("„Der Beschluss gilt ab dem 1. August.“", lines);

        // The lines named are the base's: line 8 ends the last point, line 5 holds the word.
        var baseLines = BaseLines.Read(@base);
        Assert.EndsWith("auf Schulwegen zu berichten.", baseLines[8], StringComparison.Ordinal);
        Assert.Contains("Bürger*innen", baseLines[5], StringComparison.Ordinal);
    }
}
