using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Layout;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Render;

/// <summary>
/// The corpus of council structures in <c>samples/korpus/</c> (one folder per council, docs/councils.md lists it): every motion
/// renders without a diagnostic and reads back completely from its PDF — every word of its text keys is in the PDF's text.
/// </summary>
public sealed class CorpusTests
{
    private static string Korpus => Path.Combine(RepoPaths.Samples, "korpus");

    private static List<string> MotionFiles() =>
        Directory.EnumerateFiles(Korpus, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "fraktion.yaml")
            .Select(f => Path.GetRelativePath(Korpus, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> Motions() => new(MotionFiles());

    [Fact]
    public void The_corpus_has_at_least_twenty_motions_of_at_least_fourteen_councils()
    {
        var motions = MotionFiles();
        Assert.True(motions.Count >= 20, $"{motions.Count} motions");
        Assert.True(motions.Select(m => m.Split('/')[0]).Distinct().Count() >= 14);
    }

    [Theory]
    [MemberData(nameof(Motions))]
    public void Every_word_of_the_motions_texts_is_in_its_pdf(string motion)
    {
        var diagnostics = new DiagnosticBag();
        using var rendered = diagnostics.Take(Pipeline.Render(Path.Combine(Korpus, motion)));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        Assert.Empty(diagnostics.Items);

        // The PDF's text as PdfPig reads it, letters and digits only: a word broken at a line end reads as one.
        var pdf = DocumentLayouter.LettersAndDigits(string.Concat(PdfText.Lines(PdfExporter.Export(rendered.Layout)).Select(l => l.Text)));
        var missing = Texts(rendered.Loaded)
            .SelectMany(Words)
            .Where(w => !pdf.Contains(w, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, "not in the PDF: " + string.Join(", ", missing));
    }

    /// <summary>The texts a motion's keys give, with its letter (or the profile's) and its sender.</summary>
    private static IEnumerable<string?> Texts(LoadedMotion loaded)
    {
        var m = loaded.Motion;
        var letter = m.Letter ?? loaded.Profile.Letter;
        var sender = m.Values.Lines("absender") is { Count: > 0 } own ? own : loaded.Profile.Values.Lines("absender");
        return
        [
            m.Subject, m.DraftResolution, m.Reasoning, m.UrgencyReason, m.Preamble, m.LegalBasis, m.ReferenceNumber, m.AmendedPaper?.Number,
            m.AmendedPaper?.Subject, m.AmendedPart, letter?.Salutation, letter?.Intro, letter?.Closing,
            .. m.Questions, .. m.Attachments, .. m.References, .. sender, .. letter?.Recipient ?? [],
            .. m.Amendments.SelectMany(a => new[] { a.Place, a.Text }),
            .. m.Consultations.SelectMany(c => new[] { c.Committee, c.Role }),
            .. m.Signers.SelectMany(s => new[] { s.Name, s.Role }),
        ];
    }

    private static IEnumerable<string> Words(string? text)
    {
        var word = new System.Text.StringBuilder();
        foreach (var c in (text ?? string.Empty) + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }
}
