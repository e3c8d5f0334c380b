using Antrag.Build;
using Antrag.Diagnostics;
using Antrag.Export;
using UglyToad.PdfPig;

namespace Antrag.Tests.Build;

/// <summary><c>antrag build</c> in-process: which motions are found, what is rendered again when something changes, what is removed.</summary>
public sealed class BuilderTests
{
    private const string Schulwege = "musterstadt/antrag-schulwege.yaml";
    private const string Krefeld = "krefeld/antrag-4493-23-A.yaml";
    private const string Resolution = "musterstadt/resolution-krankenhaus.yaml";

    private static IEnumerable<string> Stems(IEnumerable<string> motions) =>
        motions.Select(m => m[..m.LastIndexOf('.')]);

    private static List<string> Rendered((BuildResult Result, RecordingReporter Reporter) build) =>
        build.Result.Motions.Where(m => m.Outcome == MotionOutcome.Rendered).Select(m => m.Motion.RelativePath).ToList();

    [Fact]
    public void Renders_every_sample_into_a_mirror_of_the_folders()
    {
        using var box = BuildSandbox.WithSamples();

        var (result, reporter) = box.Build();

        Assert.Equal(BuildSandbox.SampleMotions, result.Motions.Select(m => m.Motion.RelativePath));
        Assert.All(result.Motions, m => Assert.Equal(MotionOutcome.Rendered, m.Outcome));
        Assert.Equal(BuildSandbox.SampleMotions, reporter.Finished.Select(f => f.Motion.RelativePath));
        var expected = Stems(BuildSandbox.SampleMotions).SelectMany(s => new[] { s + ".pdf", s + ".thumb.png" })
            .Append(Builder.IndexHtmlFileName).Append(Builder.IndexJsonFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, box.OutputFiles());
        foreach (var stem in Stems(BuildSandbox.SampleMotions))
        {
            using var pdf = PdfDocument.Open(box.Output(stem + ".pdf"));
            Assert.NotEmpty(pdf.GetPage(1).Letters);
        }

        Assert.Equal("built 11 motions: 11 rendered, 0 unchanged, 0 failed in ", result.Summary[..^"0.0 s".Length]);
    }

    [Fact]
    public void Files_that_are_not_motions_are_skipped()
    {
        using var box = BuildSandbox.WithSamples();
        box.Write("musterstadt/.entwuerfe/versteckt.yaml", "betreff: x\n");
        box.Write("musterstadt/node_modules/paket.yaml", "betreff: x\n");
        box.Write("musterstadt/README.md", "# Anträge\n\nbetreff: steht hier nicht im Kopf\n");
        box.Write(".github/workflows/antraege.yml", "name: Anträge\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n");
        box.Write("daten.yaml", "name: Liste\neintraege:\n  - betreff: nur eingerückt\n");
        box.Write("ci/gitlab-ci.yml", "stages:\n  - build\nbuild:\n  script:\n    - antrag build antraege -o out\n");

        var (result, reporter) = box.Build(o => o with { OutputDirectory = Path.Combine(o.SourceDirectory, "ausgabe") });

        Assert.Equal(BuildSandbox.SampleMotions, result.Motions.Select(m => m.Motion.RelativePath));
        Assert.Empty(reporter.Problems);

        // The output folder inside the motions' folder is not searched, even when it holds a motion.
        File.Copy(box.In(Schulwege), box.In("ausgabe/kopie.yaml"));
        var again = box.Build(o => o with { OutputDirectory = Path.Combine(o.SourceDirectory, "ausgabe") });
        Assert.Equal(BuildSandbox.SampleMotions, again.Result.Motions.Select(m => m.Motion.RelativePath));
    }

    [Fact]
    public void A_second_build_renders_nothing_and_touches_no_file()
    {
        using var box = BuildSandbox.WithSamples();

        // Inputs older than the clock's resolution are remembered by size and time, so the second build reads none and writes no manifest.
        foreach (var file in Directory.EnumerateFiles(box.Source, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        box.Build();
        var times = box.OutputFiles().Select(box.Output).Append(box.StateFile).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var (result, reporter) = box.Build();

        Assert.All(result.Motions, m => Assert.Equal(MotionOutcome.Unchanged, m.Outcome));
        Assert.Equal((11, 0), reporter.Plan);
        Assert.Empty(reporter.Finished);
        Assert.Equal(times, box.OutputFiles().Select(box.Output).Append(box.StateFile).ToDictionary(f => f, File.GetLastWriteTimeUtc));
        Assert.StartsWith("built 11 motions: 0 rendered, 11 unchanged, 0 failed in ", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_saved_again_without_change_is_not_rendered_again()
    {
        using var box = BuildSandbox.WithSamples();
        box.Build();
        box.Write(Schulwege, File.ReadAllText(box.In(Schulwege)));
        box.Write("musterstadt/fraktion.yaml", File.ReadAllText(box.In("musterstadt/fraktion.yaml")));

        Assert.Empty(Rendered(box.Build()));
    }

    [Fact]
    public void A_changed_motion_is_rendered_again_alone()
    {
        using var box = BuildSandbox.WithSamples();
        box.Build();
        box.Write(Schulwege, File.ReadAllText(box.In(Schulwege)).Replace("datum: ", "# geändert\ndatum: ", StringComparison.Ordinal));

        Assert.Equal([Schulwege], Rendered(box.Build()));
    }

    [Fact]
    public void A_changed_profile_renders_the_motions_that_use_it_and_the_joint_motions_it_cosponsors()
    {
        using var box = BuildSandbox.WithSamples();
        box.Build();

        box.Write("musterstadt-partner/fraktion.yaml", File.ReadAllText(box.In("musterstadt-partner/fraktion.yaml")) + "telefax: 0123-4\n");
        Assert.Equal([Resolution], Rendered(box.Build()));

        box.Write("musterstadt/fraktion.yaml", File.ReadAllText(box.In("musterstadt/fraktion.yaml")) + "telefax: 0123-4\n");
        Assert.Equal(BuildSandbox.SampleMotions.Where(m => m.StartsWith("musterstadt/", StringComparison.Ordinal)), Rendered(box.Build()));
    }

    [Fact]
    public void Logo_signature_image_and_templates_are_dependencies()
    {
        using var box = BuildSandbox.WithSamples();
        box.Build();

        box.Write("krefeld/logo.svg", File.ReadAllText(box.In("krefeld/logo.svg")).Replace("</svg>", "<!-- neu --></svg>", StringComparison.Ordinal));
        Assert.Equal([Krefeld], Rendered(box.Build()));

        box.Write("musterstadt/unterschrift-beispiel.svg", File.ReadAllText(box.In("musterstadt/unterschrift-beispiel.svg")).Replace("</svg>", "<!-- neu --></svg>", StringComparison.Ordinal));
        Assert.Equal(["musterstadt/brief-antrag-buergerhaus.yaml"], Rendered(box.Build()));

        // A template override that did not exist before, then a change to it.
        using (var stream = typeof(Pipeline).Assembly.GetManifestResourceStream("templates/antrag.sbn")!)
        using (var reader = new StreamReader(stream))
        {
            box.Write("krefeld/templates/antrag.sbn", reader.ReadToEnd());
        }

        Assert.Equal([Krefeld], Rendered(box.Build()));
        box.Write("krefeld/templates/antrag.sbn", File.ReadAllText(box.In("krefeld/templates/antrag.sbn")) + "\n");
        Assert.Equal([Krefeld], Rendered(box.Build()));
        Assert.Empty(Rendered(box.Build()));
    }

    [Fact]
    public void A_profile_nearer_to_the_motion_than_the_one_used_renders_it_again()
    {
        using var box = BuildSandbox.WithSamples();
        box.Write("musterstadt/2025/antrag.yaml", File.ReadAllText(box.In(Schulwege)));
        box.Build();

        box.Write("musterstadt/2025/fraktion.yaml", File.ReadAllText(box.In("musterstadt-partner/fraktion.yaml")));

        Assert.Equal(["musterstadt/2025/antrag.yaml"], Rendered(box.Build()));
    }

    [Fact]
    public void The_outputs_of_a_deleted_motion_are_removed_with_the_folder_it_leaves_empty()
    {
        using var box = BuildSandbox.WithSamples();
        box.Build();
        Directory.Delete(box.In("einzelratsmitglied"), recursive: true);

        var (result, reporter) = box.Build();

        Assert.Equal(["einzelratsmitglied/antrag-sitzbaenke.yaml"], reporter.Removed);
        Assert.Equal(1, result.Removed);
        Assert.False(Directory.Exists(box.Output("einzelratsmitglied")));
        Assert.DoesNotContain("sitzbaenke", File.ReadAllText(box.Output(Builder.IndexJsonFileName)), StringComparison.Ordinal);
        Assert.Contains(", 1 removed in ", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_no_longer_asked_for_are_removed()
    {
        using var box = BuildSandbox.WithSamples();
        box.Build(o => o with { Formats = BuildFormats.Pdf | BuildFormats.Png | BuildFormats.Txt, Dpi = 30 });
        Assert.Contains("musterstadt/antrag-radverkehrskonzept-3.png", box.OutputFiles());
        Assert.Contains("musterstadt/antrag-radverkehrskonzept.txt", box.OutputFiles());

        var (result, _) = box.Build();

        Assert.All(result.Motions, m => Assert.Equal(MotionOutcome.Rendered, m.Outcome));
        Assert.DoesNotContain(box.OutputFiles(), f => f.EndsWith(".txt", StringComparison.Ordinal) || (f.EndsWith(".png", StringComparison.Ordinal) && !f.EndsWith(".thumb.png", StringComparison.Ordinal)));
    }

    [Fact]
    public void Force_renders_everything_again()
    {
        using var box = BuildSandbox.WithSamples();
        box.Build();

        Assert.Equal(BuildSandbox.SampleMotions, Rendered(box.Build(o => o with { Force = true })));
    }

    [Fact]
    public void A_broken_motion_fails_alone_and_is_tried_again_next_time()
    {
        using var box = BuildSandbox.WithSamples();
        box.Write("musterstadt/kaputt.yaml", "datum: 31.02.2024\nbetreff: Kaputt\nbeschlussentwurf: x\n");

        var (result, reporter) = box.Build();

        Assert.Equal(1, result.Failed);
        Assert.Equal(11, result.Rendered);
        var failed = Assert.Single(reporter.Finished, f => f.Outcome == MotionOutcome.Failed);
        Assert.Equal("musterstadt/kaputt.yaml", failed.Motion.RelativePath);
        var error = Assert.Single(failed.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((1, 8), (error.Span.Line, error.Span.Column));
        Assert.DoesNotContain(box.OutputFiles(), f => f.Contains("kaputt", StringComparison.Ordinal));

        var again = box.Build();
        Assert.Equal(["musterstadt/kaputt.yaml"], again.Reporter.Finished.Select(f => f.Motion.RelativePath));
        Assert.Equal(1, again.Result.Failed);
    }

    [Fact]
    public void A_damaged_or_deleted_output_is_written_again()
    {
        using var box = BuildSandbox.WithSamples();
        box.Build();
        var pdf = box.Output("musterstadt/antrag-schulwege.pdf");
        var original = File.ReadAllBytes(pdf);
        File.WriteAllBytes(pdf, original[..(original.Length / 2)]);
        File.Delete(box.Output("krefeld/antrag-4493-23-A.thumb.png"));

        Assert.Equal([Krefeld, Schulwege], Rendered(box.Build()));
        Assert.Equal(original, File.ReadAllBytes(pdf));
        Assert.True(File.Exists(box.Output("krefeld/antrag-4493-23-A.thumb.png")));
    }

    [Fact]
    public void Temporary_files_left_by_a_killed_build_are_removed_and_other_files_kept()
    {
        using var box = BuildSandbox.WithSamples();
        box.Build();
        File.WriteAllText(box.Output("musterstadt/.antrag-schulwege.pdf.0123abcd.tmp"), "%PDF-1.4 halb");
        File.WriteAllText(box.Output(".index.html.89abcdef.tmp"), "<!DOCTYPE");
        File.WriteAllText(box.Output("notiz.txt"), "von Hand");
        File.WriteAllText(box.Output(".gitignore"), "*\n");

        box.Build();

        Assert.False(File.Exists(box.Output("musterstadt/.antrag-schulwege.pdf.0123abcd.tmp")));
        Assert.False(File.Exists(box.Output(".index.html.89abcdef.tmp")));
        Assert.True(File.Exists(box.Output("notiz.txt")));
        Assert.True(File.Exists(box.Output(".gitignore")));
        Assert.True(AtomicFile.IsTemporary(".a.pdf.0123abcd.tmp"));
        Assert.False(AtomicFile.IsTemporary("a.pdf.0123abcd.tmp"));
        Assert.False(AtomicFile.IsTemporary(".a.pdf.0123ABCX.tmp"));
        Assert.False(AtomicFile.IsTemporary(".entwurf.tmp"));
    }

    [Fact]
    public void Same_motions_give_the_same_bytes_whatever_the_parallelism()
    {
        using var box = BuildSandbox.WithSamples();
        box.Build(o => o with { MaxParallelism = 1 });
        var serial = box.OutputFiles().ToDictionary(f => f, f => File.ReadAllBytes(box.Output(f)));
        Directory.Delete(box.Out, recursive: true);

        box.Build(o => o with { MaxParallelism = 4 });

        Assert.Equal(serial.Keys, box.OutputFiles());
        Assert.All(serial, f => Assert.True(f.Value.AsSpan().SequenceEqual(File.ReadAllBytes(box.Output(f.Key))), f.Key));
    }

    [Fact]
    public void Shards_split_the_motions_into_disjoint_stable_shares()
    {
        using var box = BuildSandbox.WithSamples();
        var shares = Enumerable.Range(1, 3)
            .Select(k => box.Build(o => o with { Shard = new Shard(k, 3), OutputDirectory = Path.Combine(box.Root, "out" + k) }).Result.Motions.Select(m => m.Motion.RelativePath).ToList())
            .ToList();

        Assert.Equal(BuildSandbox.SampleMotions, shares.SelectMany(s => s).Order(StringComparer.Ordinal));
        Assert.All(shares, s => Assert.NotEmpty(s));
        var again = box.Build(o => o with { Shard = new Shard(2, 3), OutputDirectory = Path.Combine(box.Root, "out2") });
        Assert.Equal(shares[1], again.Result.Motions.Select(m => m.Motion.RelativePath));
        Assert.All(again.Result.Motions, m => Assert.Equal(MotionOutcome.Unchanged, m.Outcome));
        Assert.Equal(shares[1].Count, System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(box.Root, "out2", "index.json"))).RootElement.GetProperty("antraege").GetArrayLength());

        Assert.True(Shard.TryParse("2/3", out var parsed, out _));
        Assert.Equal(new Shard(2, 3), parsed);
        Assert.False(Shard.TryParse("4/3", out _, out var error));
        Assert.Contains("1 ≤ K ≤ N", error, StringComparison.Ordinal);
        Assert.False(Shard.TryParse("zwei", out _, out _));
    }

    [Fact]
    public void Motions_whose_outputs_would_have_the_same_name_fail()
    {
        using var box = BuildSandbox.WithSamples();
        File.Copy(box.In("musterstadt/pruefantrag-solardaecher.md"), box.In("musterstadt/antrag-schulwege.md"));

        var (result, reporter) = box.Build();

        var failed = Assert.Single(reporter.Finished, f => f.Outcome == MotionOutcome.Failed);
        Assert.Equal("musterstadt/antrag-schulwege.yaml", failed.Motion.RelativePath);
        Assert.Contains("same name", failed.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(11, result.Rendered);
    }

    [Fact]
    public void Wrong_folders_are_refused_before_anything_is_written()
    {
        using var box = BuildSandbox.WithSamples();

        var missing = box.Build(o => o with { SourceDirectory = Path.Combine(box.Root, "gibtsnicht") }).Result.Refusals;
        Assert.Equal("no such folder", missing[0].Message);
        var around = box.Build(o => o with { OutputDirectory = box.Root }).Result.Refusals;
        Assert.Contains("must not contain the motions", around[0].Message, StringComparison.Ordinal);
        var same = box.Build(o => o with { OutputDirectory = o.SourceDirectory }).Result.Refusals;
        Assert.Contains("must not contain the motions", same[0].Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(box.Out));
    }

    [Fact]
    public void The_state_records_inputs_outputs_and_a_damaged_state_means_rendering_again()
    {
        using var box = BuildSandbox.WithSamples();
        box.Build();
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(box.StateFile)).RootElement;
        var record = manifest.GetProperty("motions").GetProperty(Krefeld);
        var inputs = record.GetProperty("inputs").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("../antraege/krefeld/antrag-4493-23-A.yaml", inputs);
        Assert.Contains("../antraege/krefeld/fraktion.yaml", inputs);
        Assert.Contains("../antraege/krefeld/logo.svg", inputs);
        Assert.Contains("../antraege/krefeld/templates/", inputs);
        Assert.Equal(["krefeld/antrag-4493-23-A.pdf", "krefeld/antrag-4493-23-A.thumb.png"], record.GetProperty("outputs").EnumerateObject().Select(p => p.Name));

        File.WriteAllText(box.StateFile, "{ kaputt");
        var (result, reporter) = box.Build();

        Assert.Equal(11, result.Rendered);
        Assert.Contains("cannot be read", Assert.Single(reporter.Problems).Message, StringComparison.Ordinal);
    }
}
