using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Check;

/// <summary>
/// Small frictions of a first day: check without a path, a new profile, the scaffold naming the profile's council, and
/// Markdown files from a website with their site generator's front matter.
/// </summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class FrictionTests
{
    [Fact]
    public void Check_without_a_path_checks_the_current_folder()
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample("krefeld"));
        var result = CliRunner.Run(dir.Path, "check");
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal("checked 2 files: 0 errors, 0 warnings", result.StdOut.Trim());
    }

    [Fact]
    public void New_fraktion_writes_a_profile_that_checks_and_a_motion_then_names_its_council()
    {
        using var dir = new TempFolder();
        var profile = CliRunner.Run(dir.Path, "new", "fraktion");
        Assert.True(profile.ExitCode == 0, profile.StdErr);
        File.WriteAllText(dir.File("fraktion.yaml"), File.ReadAllText(dir.File("fraktion.yaml")).Replace("rat: Rat der Stadt Musterstadt", "rat: Kreistag des Landkreises Musterkreis", StringComparison.Ordinal));
        Assert.Equal(0, CliRunner.Run(dir.Path, "check", "fraktion.yaml").ExitCode);

        var motion = CliRunner.Run(dir.Path, "new", "antrag", "-o", "a.yaml");
        Assert.True(motion.ExitCode == 0, motion.StdErr);
        Assert.Contains("  - gremium: Kreistag\n", File.ReadAllText(dir.File("a.yaml")), StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Run(dir.Path, "new", "fraktion").ExitCode);
    }

    [Fact]
    public void Front_matter_of_a_website_generator_is_read_or_left_out_with_a_note()
    {
        const string Markdown = "---\ntitle: Mehr Bänke am Rhein\ndate: 2024-11-12T09:30:00+01:00\ndraft: false\nlayout: antrag\ntags:\n  - Umwelt\n  - Rhein\n---\n\n## Beschlussentwurf\n\nDie Verwaltung stellt Bänke auf.\n";
        using var folder = new Read.ScratchFolder();
        var path = folder.Write("bank.md", Markdown);
        var diagnostics = new DiagnosticBag();

        var motion = MotionReader.Read(path, "bank.md", diagnostics);

        Assert.NotNull(motion);
        Assert.Equal("Mehr Bänke am Rhein", motion.Subject);
        Assert.Equal(new DateOnly(2024, 11, 12), motion.Date);
        Assert.False(motion.IsDraft);
        Assert.Equal(["bank.md(5,1): note ANT1024", "bank.md(6,1): note ANT1024"], diagnostics.Items.Select(DiagnosticText.StartLine));
    }

    [Fact]
    public void Text_outside_a_section_does_not_hide_the_other_problems_of_the_file()
    {
        using var folder = new Read.ScratchFolder();
        var path = folder.Write("m.md", "---\ndatum: 31.02.2024\nbetreff: B\n---\n\nlose Zeile\n\n## Beschlussentwurf\n\nE\n\n## Begründng\n\nG\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Read(path, "m.md", diagnostics));

        Assert.Equal(["m.md(2,8): error ANT1008", "m.md(6,1): error ANT1021", "m.md(12,1): error ANT1022"], diagnostics.Items.Select(DiagnosticText.StartLine));
    }
}
