using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Tests.Infrastructure;
using Antrag.Tests.Render;
using Xunit.Abstractions;

namespace Antrag.Tests.Conservation;

/// <summary>
/// The text-conservation invariant (<see cref="TextConservation"/>) over every sample and over generated stress motions
/// (<see cref="StressMotions"/>; <c>ANTRAG_STRESS_COUNT</c> sets how many, 100 by default): each render keeps every word
/// of its text, or fails with a diagnostic of the page (ANT5xxx) that names what could not be placed.
/// </summary>
public sealed class ConservationTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SampleGoldenTests.Samples), MemberType = typeof(SampleGoldenTests))]
    public void Every_word_of_a_sample_is_in_its_pdf(string sample)
    {
        var outcome = Conserve(Path.Combine(RepoPaths.Samples, sample));
        Assert.True(outcome.Rendered, outcome.Report);
        Assert.True(outcome.Problems.Count == 0, outcome.Report);
        output.WriteLine($"{sample}: {outcome.Words} words checked; split without a hyphen: {string.Join(", ", outcome.Split)}");
    }

    [Fact]
    public void Every_word_of_every_stress_motion_is_in_its_pdf_or_a_diagnostic_says_what_did_not_fit()
    {
        var count = StressMotions.Count;

        // ANTRAG_STRESS_KEEP=FOLDER keeps the generated motions there, to render and look at them.
        var keep = Environment.GetEnvironmentVariable("ANTRAG_STRESS_KEEP");
        var folder = string.IsNullOrEmpty(keep) ? Directory.CreateTempSubdirectory("antrag-stress-").FullName : Directory.CreateDirectory(keep).FullName;
        try
        {
            var failures = new List<string>();
            var (words, rendered, refused) = (0, 0, 0);
            var split = new List<string>();
            var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var path in StressMotions.Write(folder, count))
            {
                var outcome = Conserve(path);
                words += outcome.Words;
                if (!outcome.Rendered)
                {
                    refused++;
                    foreach (var code in outcome.Codes)
                    {
                        codes[code] = codes.GetValueOrDefault(code) + 1;
                    }

                    output.WriteLine($"{Path.GetRelativePath(folder, path)}: refused: {outcome.Report}");
                }
                else
                {
                    rendered++;
                    split.AddRange(outcome.Split);
                }

                if (outcome.Problems.Count > 0)
                {
                    failures.Add($"{Path.GetRelativePath(folder, path)}: {outcome.Report}");
                }
            }

            output.WriteLine($"{count} stress motions: {rendered} rendered ({words} words checked), {refused} refused with a diagnostic of the page ({string.Join(", ", codes.Select(c => $"{c.Key} {c.Value}x"))})");
            output.WriteLine($"{split.Count} words broken across lines without a hyphen (read as two pieces, joined): {string.Join(", ", split.Distinct().Take(10))}");
            Assert.True(failures.Count == 0, $"{failures.Count} of {count} motions lost text:\n" + string.Join("\n", failures.Take(20)));
        }
        finally
        {
            if (string.IsNullOrEmpty(keep))
            {
                Directory.Delete(folder, true);
            }
        }
    }

    /// <summary>What became of one motion: rendered or refused, the words checked, and what is wrong.</summary>
    private sealed record Outcome(bool Rendered, int Words, IReadOnlyList<string> Problems, string Report)
    {
        public IReadOnlyList<string> Split { get; init; } = [];

        public IReadOnlyList<string> Codes { get; init; } = [];
    }

    /// <summary>
    /// Renders the motion at <paramref name="path"/>: if it renders, its PDF must keep every word of its text; if not, every
    /// error must be a diagnostic of the page (ANT5xxx) with a line in the motion or a profile.
    /// </summary>
    private static Outcome Conserve(string path)
    {
        var diagnostics = new DiagnosticBag();
        using var rendered = diagnostics.Take(Pipeline.Render(path));
        var errors = diagnostics.Items.Where(d => d.Severity == Severity.Error).ToList();
        if (rendered is null)
        {
            var report = string.Join("; ", errors.Select(d => $"{d.Code.Id} {d.Message}"));
            var foreign = errors.Where(d => !d.Code.Id.StartsWith("ANT5", StringComparison.Ordinal) || d.Span.Line <= 0).Select(d => d.ToString()).ToList();
            return new Outcome(false, 0, foreign.Count == 0 && errors.Count > 0 ? [] : ["not rendered, and not for a diagnostic of the page at a key: " + report], report)
            {
                Codes = [.. errors.Select(d => d.Code.Id).Distinct()],
            };
        }

        var finding = TextConservation.Check(rendered.Letterhead, PdfExporter.Export(rendered.Layout), rendered.Profile.PageFormat != Antrag.Read.PageFormat.Letterhead);
        return new Outcome(true, finding.Words, finding.Problems, string.Join("\n", finding.Problems.Take(10))) { Split = finding.Split };
    }
}
