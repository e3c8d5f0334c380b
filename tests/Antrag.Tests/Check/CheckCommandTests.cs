using Antrag.Cli;
using Antrag.Tests.BadInput;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Check;

/// <summary>The <c>antrag check</c> command: exit codes, the summary line, folder search, and a clean run over the samples.</summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class CheckCommandTests
{
    private const string Profile = GeneratedCaseTests.Profile;
    private const string Motion = GeneratedCaseTests.Motion;

    private static (int ExitCode, string StdOut, string StdErr) Check(params string[] paths)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CheckCommand.Run(paths, verbose: false, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void The_samples_check_clean()
    {
        var result = CliRunner.Run(RepoPaths.Root, "check", "samples/");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(string.Empty, result.StdErr);
        // samples/ci holds CI configurations, which are not motions and are not checked.
        var motionsAndProfiles = Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(RepoPaths.Samples, f).StartsWith("ci", StringComparison.Ordinal))
            .Count(f => Path.GetExtension(f) is ".yaml" or ".yml" || (Path.GetExtension(f) == ".md" && File.ReadAllText(f).StartsWith("---", StringComparison.Ordinal)));
        Assert.Equal($"checked {motionsAndProfiles} files: 0 errors, 0 warnings", result.StdOut.Trim());
    }

    [Fact]
    public void Every_sample_motion_checks_clean_on_its_own()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Samples, "*.*", SearchOption.AllDirectories)
                     .Where(f => Path.GetExtension(f) is ".yaml" or ".md" && !Checker.IsProfile(f))
                     .Where(f => !Path.GetRelativePath(RepoPaths.Samples, f).Replace('\\', '/').StartsWith(Antrag.Tests.Build.BuildSandbox.KorpusFolder, StringComparison.Ordinal)))
        {
            var (exit, stdout, stderr) = Check(file);
            Assert.True(exit == 0, file + "\n" + stderr);
            Assert.Equal("checked 1 file: 0 errors, 0 warnings", stdout.Trim());
        }
    }

    [Fact]
    public void Errors_give_exit_code_1_and_are_counted_in_the_summary()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile);
        File.WriteAllText(dir.File("gut.yaml"), Motion);
        File.WriteAllText(dir.File("schlecht.yaml"), Motion.Replace("datum: 28.02.2023", "datum: 31.02.2023", StringComparison.Ordinal) + "farbe: blau\n");

        var (exit, stdout, stderr) = Check(dir.Path);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("checked 3 files: 2 errors, 0 warnings", stdout.Trim());
        Assert.Contains("schlecht.yaml(2,8): error ANT1008", stderr, StringComparison.Ordinal);
        Assert.Contains("schlecht.yaml(15,1): error ANT1003", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("gut.yaml", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_alone_give_exit_code_0()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile);
        File.WriteAllText(dir.File("antrag.yaml"), Motion.Replace("betreff: Sanierung", "betreff: &Co Sanierung", StringComparison.Ordinal));

        var (exit, stdout, stderr) = Check(dir.File("antrag.yaml"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("checked 1 file: 0 errors, 1 warning", stdout.Trim());
        Assert.Contains(": warning ANT1013", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_are_searched_with_their_subfolders_but_not_hidden_or_build_folders()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile);
        foreach (var folder in new[] { "2024/rat", "2024/ausschuss", ".git", ".entwuerfe", "bin", "obj", "node_modules" })
        {
            Directory.CreateDirectory(dir.File(folder));
        }

        File.WriteAllText(dir.File("2024/rat/a.yaml"), Motion);
        File.WriteAllText(dir.File("2024/ausschuss/b.yml"), Motion + "farbe: blau\n");
        File.WriteAllText(dir.File("2024/ausschuss/c.md"), "---\n" + Motion.Replace("beschlussentwurf: |\n  Die Verwaltung wird beauftragt, die Sanierung der Turnhalle an der Schulstraße bis Ende 2024 zu planen.\nbegruendung: |\n  Das Dach der Turnhalle ist undicht.\n", string.Empty, StringComparison.Ordinal) + "---\n\n## Beschlussentwurf\n\nDie Verwaltung wird beauftragt.\n");
        File.WriteAllText(dir.File("2024/README.md"), "# Anträge 2024\n\nHier liegen die Anträge.\n");
        File.WriteAllText(dir.File("2024/notizen.txt"), "kein Antrag\n");
        foreach (var skipped in new[] { ".git/config.yaml", ".entwuerfe/x.yaml", "bin/x.yaml", "obj/x.yaml", "node_modules/x.yaml", "2024/.versteckt.yaml" })
        {
            File.WriteAllText(dir.File(skipped), "kaputt: [\n");
        }

        var expanded = Checker.Expand(dir.Path, new Antrag.Diagnostics.DiagnosticBag()).Select(f => Path.GetRelativePath(dir.Path, Path.GetFullPath(f)).Replace('\\', '/'));

        Assert.Equal(["2024/ausschuss/b.yml", "2024/ausschuss/c.md", "2024/rat/a.yaml", "fraktion.yaml"], expanded);
        var (exit, stdout, stderr) = Check(dir.Path);
        Assert.Contains("b.yml(15,1): error ANT1003", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("kaputt", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("README", stderr, StringComparison.Ordinal);
        Assert.StartsWith("checked 4 files: ", stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, exit);
    }

    [Fact]
    public void Paths_in_messages_start_with_the_folder_as_typed()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile);
        Directory.CreateDirectory(dir.File("antraege/2024"));
        File.WriteAllText(dir.File("antraege/2024/a.yaml"), Motion + "farbe: blau\n");

        var result = CliRunner.Run(dir.Path, "check", "antraege");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("antraege/2024/a.yaml(15,1): error ANT1003", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("checked 1 file: 1 error, 0 warnings", result.StdOut.Trim());
    }

    [Fact]
    public void A_profile_shared_by_several_motions_is_reported_once()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile + "telefn: 0123\n");
        File.WriteAllText(dir.File("a.yaml"), Motion);
        File.WriteAllText(dir.File("b.yaml"), Motion);

        var result = CliRunner.Run(dir.Path, "check", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("fraktion.yaml(10,1): error ANT1003", DiagnosticText.CodeLines(result.StdErr.Trim()));
        Assert.Equal("checked 3 files: 1 error, 0 warnings", result.StdOut.Trim());
    }

    [Fact]
    public void A_profile_on_its_own_is_checked_with_its_logo_and_fonts()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("logo.svg"), "kein svg");
        File.WriteAllText(dir.File("Schrift.ttf"), "keine Schrift");
        File.WriteAllText(dir.File("fraktion.yaml"), Profile + "logo: logo.svg\nschriften:\n  normal: Schrift.ttf\n");

        var result = CliRunner.Run(dir.Path, "check", "fraktion.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "fraktion.yaml(10,1): error ANT4001\n"
            + "fraktion.yaml(12,3): error ANT4002",
            DiagnosticText.CodeLines(result.StdErr.Trim()));
        Assert.Equal("checked 1 file: 2 errors, 0 warnings", result.StdOut.Trim());
    }

    [Fact]
    public void A_missing_path_is_an_error_and_the_other_paths_are_still_checked()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile);
        File.WriteAllText(dir.File("a.yaml"), Motion);

        var result = CliRunner.Run(dir.Path, "check", "gibtsnicht.yaml", "a.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("gibtsnicht.yaml: error ANT1101", DiagnosticText.CodeLines(result.StdErr.Trim()));
        Assert.Equal("checked 1 file: 1 error, 0 warnings", result.StdOut.Trim());
    }

    [Fact]
    public void An_empty_folder_is_a_warning()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(dir.File("leer"));

        var (exit, stdout, stderr) = Check(dir.File("leer"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains(": warning ANT1107", stderr, StringComparison.Ordinal);
        Assert.Equal("checked 0 files: 0 errors, 1 warning", stdout.Trim());
    }

    [Fact]
    public void Check_never_writes_a_file()
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample("krefeld"));
        var before = CaseRunner.Listing(dir.Path);

        var result = CliRunner.Run(dir.Path, "check", ".");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(before, CaseRunner.Listing(dir.Path));
    }

    [Fact]
    public void Help_explains_with_an_example()
    {
        var result = CliRunner.Run(RepoPaths.Root, "check", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("antrag check samples/", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("Exit code 0", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_reports_the_same_problems_as_check_because_it_runs_the_same_checks_first()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("logo.png"), "kein Bild");
        File.WriteAllText(dir.File("fraktion.yaml"), Profile + "logo: logo.png\n");
        File.WriteAllText(dir.File("antrag.yaml"), Motion.Replace("betreff: Sanierung", "betreff: &Co Sanierung", StringComparison.Ordinal));

        var check = CliRunner.Run(dir.Path, "check", "antrag.yaml");
        var render = CliRunner.Run(dir.Path, "render", "antrag.yaml");

        Assert.Equal(1, check.ExitCode);
        Assert.Equal(1, render.ExitCode);
        Assert.Contains("fraktion.yaml(10,1): error ANT4001", check.StdErr, StringComparison.Ordinal);
        Assert.Contains("warning ANT1013", check.StdErr, StringComparison.Ordinal);
        Assert.Equal(check.StdErr, render.StdErr);
        Assert.False(File.Exists(dir.File("antrag.pdf")));
    }
}
