using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Read;
using Antrag.Tests.Infrastructure;
using Antrag.Tests.Render;

namespace Antrag.Tests.Export;

/// <summary>The text rendering: one sentence per line for review; with line numbers, the PDF's lines and numbers.</summary>
public sealed class TextExporterTests
{
    [Theory]
    [InlineData("Ein Satz. Noch ein Satz.", new[] { "Ein Satz.", "Noch ein Satz." })]
    [InlineData("Fragen? Ja! Gut.", new[] { "Fragen?", "Ja!", "Gut." })]
    [InlineData("Etwa z. B. Schulen und Dr. Meyer.", new[] { "Etwa z. B. Schulen und Dr. Meyer." })]
    [InlineData("Am 28. Februar tagt der Rat. Er entscheidet.", new[] { "Am 28. Februar tagt der Rat.", "Er entscheidet." })]
    [InlineData("Ende. „Zitat“ folgt.", new[] { "Ende.", "„Zitat“ folgt." })]
    [InlineData("FB 20, etc.). Danach", new[] { "FB 20, etc.). Danach" })]
    public void Sentences_are_split_at_their_ends_only(string line, string[] expected)
    {
        Assert.Equal(expected, TextExporter.Sentences(line));
    }

    [Fact]
    public void A_signature_image_is_named_by_its_file_only_so_the_text_is_the_same_on_every_machine()
    {
        var diagnostics = new DiagnosticBag();
        using var rendered = diagnostics.Take(Pipeline.Render(Path.Combine(RepoPaths.Samples, "musterstadt", "brief-antrag-buergerhaus.yaml")));
        Assert.NotNull(rendered);

        var txt = TextExporter.Export(rendered.LetterheadText, rendered.Layout, numbered: false);
        Assert.Contains("\n![Unterschrift](unterschrift-beispiel.svg)\n", txt, StringComparison.Ordinal);
        Assert.DoesNotContain(RepoPaths.Root, txt, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleGoldenTests.Samples), MemberType = typeof(SampleGoldenTests))]
    public void With_line_numbers_txt_and_pdf_agree_line_for_line(string sample)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = diagnostics.Take(Pipeline.Load(Path.Combine(RepoPaths.Samples, sample)));
        Assert.True(loaded is not null, string.Join("\n", diagnostics.Items));
        using var rendered = diagnostics.Take(Pipeline.Render(loaded with { Motion = loaded.Motion with { LineNumbers = new LineNumbering() } }));
        Assert.NotNull(rendered);

        var txt = TextExporter.Export(rendered.LetterheadText, rendered.Layout, numbered: true)
            .Split('\n')
            .Where(l => l.Length > 6 && char.IsDigit(l[3]) && l[4..6] == "  ")
            .Select(l => (Number: l[..4].Trim(), Text: l[6..]))
            .ToList();
        Assert.NotEmpty(txt);

        // In the PDF, each printed number follows (in painting order) the line it numbers, on the same baseline.
        var lines = PdfText.Lines(PdfExporter.Export(rendered.Layout));
        var pdf = new List<(string Number, string Text)>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Text.All(char.IsDigit) && lines[i].X * 25.4 / 72 < 25)
            {
                var text = lines.Take(i).Last(l => l.Page == lines[i].Page && Math.Abs(l.Baseline - lines[i].Baseline) < 0.01 && l.X > lines[i].X);
                pdf.Add((lines[i].Text, text.Text.Replace('\u00A0', ' ')));
            }
        }

        Assert.Equal(pdf, txt);
    }
}
