using System.Diagnostics;
using Antrag.Cli;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Amend;

/// <summary><c>antrag amend REV:PATH FILE</c>: the base version taken from git, its profile found where the file stands in the working tree.</summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class AmendGitTests
{
    private const string Motion = "antraege/radverkehr.yaml";

    private static void Git(string folder, params string[] args)
    {
        var psi = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", .. args])
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(" ", args)}: {error.Result}");
    }

    /// <summary>A repository with the Musterstadt profile at its top and the sample motion in antraege/, committed once.</summary>
    private static TempFolder Repository()
    {
        var dir = new TempFolder();
        File.Copy(RepoPaths.Sample("musterstadt", "fraktion.yaml"), dir.File("fraktion.yaml"));
        Directory.CreateDirectory(dir.File("antraege"));
        File.Copy(RepoPaths.Sample("musterstadt", AmendSample.Base), dir.File(Motion));
        Git(dir.Path, "init", "-q");
        Git(dir.Path, "add", ".");
        Git(dir.Path, "commit", "-q", "-m", "Antrag Radverkehr");
        return dir;
    }

    [Fact]
    public void The_base_is_read_from_a_commit_and_the_changes_named_against_it()
    {
        using var dir = Repository();
        File.WriteAllText(dir.File(Motion), AmendSample.Edit(File.ReadAllText(dir.File(Motion))));

        var run = CliRunner.Run(dir.Path, "amend", "HEAD:" + Motion, Motion);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var yaml = File.ReadAllText(dir.File("antraege/radverkehr-aenderungsantrag.yaml"));
        Assert.Contains("# Änderungsantrag zu HEAD:" + Motion, yaml, StringComparison.Ordinal);
        Assert.Contains("  - text: In Zeile 3 wird „31.03.2025“ ersetzt durch „30.06.2025“.\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  - text: Zeilen 14 bis 16 werden gestrichen.\n", yaml, StringComparison.Ordinal);
        Assert.Contains("HEAD:" + Motion + ": warning ANT7003", run.StdErr, StringComparison.Ordinal);

        // From the motion's folder, a path starting with ./ is taken from there, as git does.
        File.Delete(dir.File("antraege/radverkehr-aenderungsantrag.yaml"));
        var local = CliRunner.Run(dir.File("antraege"), "amend", "HEAD:./radverkehr.yaml", "radverkehr.yaml", "--fassung");
        Assert.True(local.ExitCode == 0, local.StdErr);
        Assert.Contains("Ziffer 4 erhält folgende Fassung", File.ReadAllText(dir.File("antraege/radverkehr-aenderungsantrag.yaml")), StringComparison.Ordinal);

        var check = CliRunner.Run(dir.Path, "check", "antraege/radverkehr-aenderungsantrag.yaml");
        Assert.True(check.ExitCode == 0, check.StdErr);
    }

    [Fact]
    public void A_committed_version_larger_than_a_motion_may_be_is_not_read()
    {
        using var dir = Repository();
        var good = File.ReadAllText(dir.File(Motion));
        File.WriteAllText(dir.File(Motion), good + "anlagen: |\n" + string.Concat(Enumerable.Repeat("  Eine lange Anlage.\n", 120_000)));
        Git(dir.Path, "commit", "-q", "-a", "-m", "Zu groß");
        File.WriteAllText(dir.File(Motion), AmendSample.Edit(good));

        var run = CliRunner.Run(dir.Path, "amend", "HEAD:" + Motion, Motion);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith("HEAD:antraege/radverkehr.yaml: error ANT1103: ", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_of_the_committed_version_are_reported_under_its_revision_name()
    {
        using var dir = Repository();
        var good = File.ReadAllText(dir.File(Motion));
        File.WriteAllText(dir.File(Motion), good.Replace("betreff:", "betref:", StringComparison.Ordinal));
        Git(dir.Path, "commit", "-q", "-a", "-m", "Tippfehler");
        File.WriteAllText(dir.File(Motion), AmendSample.Edit(good));

        var run = CliRunner.Run(dir.Path, "amend", "HEAD:" + Motion, Motion);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Matches(@"^HEAD:antraege/radverkehr\.yaml\(\d+,\d+\): error ANT1003: .*betref", run.StdErr);
        Assert.False(File.Exists(dir.File("antraege/radverkehr-aenderungsantrag.yaml")));
    }

    [Fact]
    public void An_unknown_revision_or_a_folder_outside_git_is_a_diagnostic()
    {
        using var dir = Repository();
        var unknown = CliRunner.Run(dir.Path, "amend", "nicht-da:" + Motion, Motion);
        Assert.Equal(ExitCodes.BadInput, unknown.ExitCode);
        Assert.StartsWith("nicht-da:" + Motion + ": error ANT7001", unknown.StdErr, StringComparison.Ordinal);
        Assert.Contains("hint:", unknown.StdErr, StringComparison.Ordinal);

        var missing = CliRunner.Run(dir.Path, "amend", "HEAD:antraege/fehlt.yaml", Motion);
        Assert.Equal(ExitCodes.BadInput, missing.ExitCode);
        Assert.Contains("fehlt.yaml", missing.StdErr, StringComparison.Ordinal);

        using var plain = AmendSample.Folder();
        var outside = CliRunner.Run(plain.Path, "amend", "HEAD:" + AmendSample.Base, AmendSample.Base);
        Assert.Equal(ExitCodes.BadInput, outside.ExitCode);
        Assert.Contains("not a git repository", outside.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", outside.StdErr, StringComparison.Ordinal);
    }
}
