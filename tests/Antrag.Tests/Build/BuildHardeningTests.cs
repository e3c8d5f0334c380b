using System.Text.Json;
using Antrag.Build;
using Antrag.Cli;
using Antrag.Diagnostics;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Antrag.Tests.Build;

/// <summary>
/// The build against wrong or hostile surroundings: another source folder into the same output, outputs over inputs,
/// links between the output and the motions, a full disk, a motion that breaks while published, and what the build keeps
/// (its state outside the published output, no local paths in what is published).
/// </summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class BuildHardeningTests
{
    private const string Profile = "name: F\nrat: Rat der Stadt T\nstadt: T\n";

    private static string Motion(string betreff) => $"datum: 01.02.2024\nbetreff: {betreff}\nbeschlussentwurf: E\n";

    private static string Text(string pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return string.Join("\n", doc.GetPages().Select(p => p.Text));
    }

    /// <summary>s1/ and s2/, each with a profile and 01-antrag.yaml (Betreff EINS or ZWEI).</summary>
    private static TempFolder TwoSources()
    {
        var dir = new TempFolder();
        foreach (var (folder, betreff) in new[] { ("s1", "EINS"), ("s2", "ZWEI") })
        {
            Directory.CreateDirectory(dir.File(folder));
            File.WriteAllText(dir.File(folder + "/fraktion.yaml"), Profile);
            File.WriteAllText(dir.File(folder + "/01-antrag.yaml"), Motion(betreff));
        }

        return dir;
    }

    private static (BuildResult Result, RecordingReporter Reporter) Build(TempFolder dir, string source, Func<BuildOptions, BuildOptions>? configure = null)
    {
        var options = new BuildOptions { SourceDirectory = dir.File(source), OutputDirectory = dir.File("out"), StateFile = BuildStateLocation.Default(dir.File("out"), dir.Path) };
        var reporter = new RecordingReporter();
        return (Builder.Run(configure is null ? options : configure(options), reporter), reporter);
    }

    [Fact]
    public void Another_source_folder_into_the_same_output_is_rendered_and_combined_anew()
    {
        using var dir = TwoSources();
        Build(dir, "s1");

        var (result, _) = Build(dir, "s2", o => o with { CombinedPdf = dir.File("out/sitzung.pdf") });

        Assert.Equal(1, result.Rendered);
        Assert.Contains("ZWEI", Text(dir.File("out/01-antrag.pdf")), StringComparison.Ordinal);
        Assert.Contains("ZWEI", Text(dir.File("out/sitzung.pdf")), StringComparison.Ordinal);

        // Back to s1: rendered again, and the combined PDF follows although it exists.
        Build(dir, "s1", o => o with { CombinedPdf = dir.File("out/sitzung.pdf") });
        Assert.Contains("EINS", Text(dir.File("out/01-antrag.pdf")), StringComparison.Ordinal);
        Assert.Contains("EINS", Text(dir.File("out/sitzung.pdf")), StringComparison.Ordinal);

        // A moved folder is another source.
        Directory.Move(dir.File("s1"), dir.File("s1-verschoben"));
        Assert.Equal(1, Build(dir, "s1-verschoben").Result.Rendered);
        Assert.Equal(0, Build(dir, "s1-verschoben").Result.Rendered);
    }

    [Fact]
    public void The_combined_pdf_is_refused_over_a_motion_a_profile_a_logo_or_an_output_of_the_build()
    {
        using var dir = TwoSources();
        File.WriteAllText(dir.File("s1/fraktion.yaml"), Profile + "logo: logo.svg\n");
        File.WriteAllText(dir.File("s1/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n");
        Build(dir, "s1");
        var before = Directory.EnumerateFiles(dir.File("s1")).ToDictionary(f => f, File.ReadAllBytes);

        foreach (var (combine, message) in new[]
        {
            ("s1/01-antrag.yaml", "the output would overwrite the motion "),
            ("s1/fraktion.yaml", "fraktion.yaml is the name of the faction's profile"),
            ("s1/logo.svg", "the output would overwrite the image "),
            ("out/01-antrag.pdf", "the combined PDF would overwrite 01-antrag.pdf, which the build writes itself"),
            ("out/index.html", "the combined PDF would overwrite index.html"),
            ("out", "this is a folder"),
        })
        {
            var refused = Build(dir, "s1", o => o with { CombinedPdf = dir.File(combine), Force = true }).Result.Refusals;
            Assert.Contains(message, refused[0].Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, Directory.EnumerateFiles(dir.File("s1")).ToDictionary(f => f, File.ReadAllBytes));
    }

    [Fact]
    public void Links_between_the_output_and_the_motions_are_followed()
    {
        using var dir = TwoSources();
        Directory.CreateSymbolicLink(dir.File("ausgabe"), dir.File("s1"));
        Directory.CreateDirectory(dir.File("out/kopie"));
        Directory.CreateSymbolicLink(dir.File("quelle"), dir.File("out/kopie"));

        var toMotions = Build(dir, "s1", o => o with { OutputDirectory = dir.File("ausgabe") }).Result.Refusals;
        var intoOutput = Build(dir, "quelle").Result.Refusals;

        Assert.Contains("the output folder must not contain the motions (with links followed", toMotions[0].Message, StringComparison.Ordinal);
        Assert.Contains("the output folder must not contain the motions (with links followed", intoOutput[0].Message, StringComparison.Ordinal);
        Assert.Equal(["01-antrag.yaml", "fraktion.yaml"], Directory.EnumerateFiles(dir.File("s1")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // An output folder inside the motions' folder, reached through a link, is still not searched for motions.
        Directory.CreateDirectory(dir.File("s2/pdf"));
        Directory.CreateSymbolicLink(dir.File("pdf-verweis"), dir.File("s2/pdf"));
        File.WriteAllText(dir.File("s2/pdf/kopie.yaml"), Motion("KOPIE"));
        var (inside, _) = Build(dir, "s2", o => o with { OutputDirectory = dir.File("pdf-verweis"), StateFile = dir.File("zustand.json") });
        Assert.Equal(["01-antrag.yaml"], inside.Motions.Select(m => m.Motion.RelativePath));
    }

    /// <summary>A writer that fails like a full disk for the paths <paramref name="full"/> says.</summary>
    private static BuildWriter FullDisk(Func<string, bool> full) => (files, flush) =>
    {
        if (files.Any(f => full(f.Path)))
        {
            throw new IOException("No space left on device");
        }

        Antrag.Export.AtomicFile.WriteAll(files, flush);
    };

    [Theory]
    [InlineData("outputs", "error ANT6001: cannot write its outputs: No space left on device")]
    [InlineData("index", "index.html: error ANT6001: cannot write: No space left on device")]
    [InlineData("state", "error ANT6011: the build state cannot be saved: No space left on device")]
    [InlineData("combined", "sitzung.pdf: error ANT6001: cannot write: No space left on device")]
    [InlineData("everything", "error ANT6001")]
    public void A_full_disk_is_an_error_with_exit_code_1_never_an_internal_error(string what, string message)
    {
        using var box = BuildSandbox.WithSamples();
        Func<string, bool> full = what switch
        {
            "outputs" => p => p.EndsWith(".pdf", StringComparison.Ordinal) && p.Contains("musterstadt", StringComparison.Ordinal),
            "index" => p => p.EndsWith(Builder.IndexHtmlFileName, StringComparison.Ordinal),
            "state" => p => p.EndsWith(".json", StringComparison.Ordinal) && p.Contains(".antrag", StringComparison.Ordinal),
            "combined" => p => p.EndsWith("sitzung.pdf", StringComparison.Ordinal),
            _ => _ => true,
        };

        // The state is saved after every motion, so that a save fails while motions render in parallel.
        var options = new BuildOptions
        {
            SourceDirectory = box.Source, OutputDirectory = box.Out, StateFile = box.StateFile, CombinedPdf = box.Output("sitzung.pdf"),
            StateSaveInterval = TimeSpan.Zero, MaxParallelism = 2, Write = FullDisk(full),
        };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = BuildCommand.Run(options, verbose: false, stdout, stderr, _ => null, terminal: false);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(message, stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ANT9001", stderr.ToString(), StringComparison.Ordinal);

        // With room again, the next build repairs everything.
        var repaired = BuildCommand.Run(options with { Write = Antrag.Export.AtomicFile.WriteAll }, verbose: false, stdout, stderr, _ => null, terminal: false);
        Assert.Equal(ExitCodes.Ok, repaired);
        Assert.True(File.Exists(box.Output(Builder.IndexHtmlFileName)) && File.Exists(box.Output("sitzung.pdf")) && File.Exists(box.StateFile));
        Assert.Equal(BuildSandbox.SampleMotions.Count, JsonDocument.Parse(File.ReadAllBytes(box.Output(Builder.IndexJsonFileName))).RootElement.GetProperty("antraege").GetArrayLength());
    }

    [Fact]
    public void A_folder_where_the_state_or_the_index_belongs_is_an_error_with_exit_code_1()
    {
        using var box = BuildSandbox.WithSamples();
        Directory.CreateDirectory(box.StateFile);

        var state = CliRunner.Run(box.Root, "build", "antraege", "-o", "out");

        Assert.Equal(ExitCodes.BadInput, state.ExitCode);
        Assert.Contains("error ANT6011: the build state must be a file", state.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(box.Out));

        Directory.Delete(box.StateFile);
        Directory.CreateDirectory(box.Output(Builder.IndexHtmlFileName));
        var index = CliRunner.Run(box.Root, "build", "antraege", "-o", "out");

        Assert.Equal(ExitCodes.BadInput, index.ExitCode);
        Assert.Contains("out/index.html: error ANT6001: cannot write: ", index.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("ANT9001", index.StdErr, StringComparison.Ordinal);

        Directory.Delete(box.Output(Builder.IndexHtmlFileName));
        Assert.Equal(0, CliRunner.Run(box.Root, "build", "antraege", "-o", "out").ExitCode);
        Assert.True(File.Exists(box.Output(Builder.IndexHtmlFileName)));
    }

    [Fact]
    public void A_published_motion_that_breaks_is_withdrawn_until_it_renders_again()
    {
        using var box = BuildSandbox.WithSamples();
        const string Radverkehr = "musterstadt/antrag-radverkehrskonzept";
        BuildOptions Oparl(BuildOptions o) => o with { Formats = BuildFormats.Pdf | BuildFormats.OParl, BaseUrl = OParlBuild.BaseUrl };
        box.Build(Oparl);
        Assert.True(File.Exists(box.Output(Radverkehr + ".oparl.json")));
        var text = File.ReadAllText(box.In(Radverkehr + ".yaml"));

        // Made nichtöffentlich in the same edit that breaks its date.
        box.Write(Radverkehr + ".yaml", text.Replace("oeffentlich: true", "oeffentlich: false", StringComparison.Ordinal).Replace("datum: ", "datum: 31.02.2024\n# alt: ", StringComparison.Ordinal));
        var (broken, reporter) = box.Build(Oparl);

        Assert.Equal(1, broken.Failed);
        Assert.DoesNotContain(box.OutputFiles(), f => f.StartsWith(Radverkehr, StringComparison.Ordinal));
        Assert.DoesNotContain("radverkehrskonzept", File.ReadAllText(box.Output(Builder.IndexJsonFileName)), StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(box.Out, "*.json", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("antrag-radverkehrskonzept.oparl.json", StringComparison.Ordinal));
        var withdrawn = Assert.Single(reporter.Problems, p => p.Code == DiagnosticCodes.OutputsWithdrawn);
        Assert.Equal(Severity.Warning, withdrawn.Severity);
        Assert.Contains(Radverkehr + ".oparl.json", withdrawn.Message, StringComparison.Ordinal);

        // Fixed but nichtöffentlich: rendered again, without an OParl Paper.
        box.Write(Radverkehr + ".yaml", text.Replace("oeffentlich: true", "oeffentlich: false", StringComparison.Ordinal));
        var (fixedBuild, _) = box.Build(Oparl);
        Assert.Equal(1, fixedBuild.Rendered);
        Assert.True(File.Exists(box.Output(Radverkehr + ".pdf")));
        Assert.False(File.Exists(box.Output(Radverkehr + ".oparl.json")));
    }

    [Fact]
    public void A_motion_withdrawn_because_another_took_its_name_leaves_the_other_ones_outputs()
    {
        using var box = BuildSandbox.WithSamples();
        box.Build();
        File.Copy(box.In("musterstadt/pruefantrag-solardaecher.md"), box.In("musterstadt/antrag-schulwege.md"));

        var (result, reporter) = box.Build();

        Assert.Equal(MotionOutcome.Failed, result.Motions.Single(m => m.Motion.RelativePath == "musterstadt/antrag-schulwege.yaml").Outcome);
        Assert.Contains("Photovoltaik", Text(box.Output("musterstadt/antrag-schulwege.pdf")), StringComparison.Ordinal);
        Assert.True(File.Exists(box.Output("musterstadt/antrag-schulwege.thumb.png")));
        Assert.DoesNotContain(reporter.Problems, p => p.Code == DiagnosticCodes.OutputsWithdrawn);
    }

    [Fact]
    public void The_state_is_kept_outside_the_output_and_nothing_published_names_a_local_path()
    {
        using var box = BuildSandbox.WithSamples();
        Directory.CreateDirectory(box.Out);
        File.WriteAllText(box.Output(Builder.LegacyManifestFileName), "{ \"format\": 1 }");

        var result = CliRunner.Run(box.Root, "build", "antraege", "-o", "out", "--format", "pdf,png,txt,oparl", "--base-url", OParlBuild.BaseUrl);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(box.StateFile));
        Assert.StartsWith(Path.Combine(box.Root, ".antrag", "build", "out-"), box.StateFile, StringComparison.Ordinal);
        Assert.False(File.Exists(box.Output(Builder.LegacyManifestFileName)));
        Assert.DoesNotContain(box.OutputFiles(), f => Path.GetFileName(f).StartsWith('.'));
        foreach (var file in box.OutputFiles().Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var published = File.ReadAllText(box.Output(file));
            Assert.DoesNotContain(box.Root, published, StringComparison.Ordinal);
            Assert.DoesNotContain("../", published, StringComparison.Ordinal);
            Assert.DoesNotContain(Path.GetFileName(box.Root), published, StringComparison.Ordinal);
        }

        // The state never goes into the output folder.
        var inside = CliRunner.Run(box.Root, "build", "antraege", "-o", "out", "--state", "out/zustand.json");
        Assert.Equal(ExitCodes.BadInput, inside.ExitCode);
        Assert.Contains("out/zustand.json: error ANT6012", inside.StdErr, StringComparison.Ordinal);
        var fromInside = CliRunner.Run(box.Out, "build", "../antraege", "-o", ".");
        Assert.Equal(ExitCodes.BadInput, fromInside.ExitCode);
        Assert.Contains("error ANT6012", fromInside.StdErr, StringComparison.Ordinal);

        // A state of another output folder is not used.
        var (other, reporter) = box.Build(o => o with { OutputDirectory = Path.Combine(box.Root, "anderswo"), StateFile = box.StateFile });
        Assert.Equal(BuildSandbox.SampleMotions.Count, other.Rendered);
        Assert.Contains("the build state describes the output folder", Assert.Single(reporter.Problems).Message, StringComparison.Ordinal);
    }
}
