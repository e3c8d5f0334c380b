using System.Diagnostics;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.CiSamples;

/// <summary>
/// The GitHub Action's steps and the GitLab template's script, run as the platforms run them, in a repository that holds
/// only motions, installing antrag from the packages a release publishes (a local feed instead of nuget.org).
/// </summary>
[Trait(EndToEnd.Category, "Distribution")]
public sealed class CiTemplateRunTests
{
    private static string Packages => Path.GetFullPath(Environment.GetEnvironmentVariable(DistributionFactAttribute.PackagesVariable)!);

    private static string Version => System.Text.RegularExpressions.Regex.Match(
        File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Build.props")), "<Version>(.*)</Version>").Groups[1].Value;

    /// <summary>
    /// A repository of motions only: Musterstadt's motions and profile in motions/, the co-sponsoring faction's profile
    /// beside it (as the joint motion names it).
    /// </summary>
    private static Cli.TempFolder MotionsRepository()
    {
        var repo = new Cli.TempFolder();
        foreach (var (sample, target) in new[] { ("musterstadt", "motions"), ("musterstadt-partner", "musterstadt-partner") })
        {
            Directory.CreateDirectory(repo.File(target));
            foreach (var file in Directory.EnumerateFiles(RepoPaths.Sample(sample)))
            {
                File.Copy(file, Path.Combine(repo.File(target), Path.GetFileName(file)));
            }
        }

        return repo;
    }

    private static (int Exit, string Output) Shell(string shell, string script, string folder, IReadOnlyDictionary<string, string> environment)
    {
        var psi = new ProcessStartInfo(shell) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-e");
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        foreach (var (name, value) in environment)
        {
            psi.Environment[name] = value;
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(300_000), "the script did not finish within 300 s");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [DistributionFact]
    public void The_actions_steps_install_antrag_and_render_a_repository_of_motions()
    {
        using var repo = MotionsRepository();
        var steps = CiYaml.Scripts(CiYaml.Action).ToList();
        var tool = repo.File("runner-temp/antrag-" + Version);
        var githubPath = repo.File("github-path");
        File.WriteAllText(githubPath, string.Empty);

        var install = Shell("bash", steps.Single(s => s.Where.Contains("(Install antrag)", StringComparison.Ordinal)).Script, repo.Path, new Dictionary<string, string>
        {
            ["TOOL_DIR"] = tool, ["VERSION"] = Version, ["SOURCE"] = Packages, ["GITHUB_PATH"] = githubPath,
        });
        Assert.True(install.Exit == 0, install.Output);
        Assert.Equal(tool, File.ReadAllText(githubPath).Trim());

        var render = Shell("bash", steps.Single(s => s.Where.Contains("(Render the motions)", StringComparison.Ordinal)).Script, repo.Path, new Dictionary<string, string>
        {
            ["PATH"] = tool + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["FOLDER"] = "motions", ["OUTPUT"] = "out", ["FORMATS"] = "pdf,oparl", ["BASE_URL"] = "https://fraktion.example/antraege/", ["SHARD"] = string.Empty,
            ["GITHUB_ACTIONS"] = "true", ["CI"] = "true",
        });
        Assert.True(render.Exit == 0, render.Output);
        Assert.True(File.Exists(repo.File("out/index.html")));
        Assert.True(File.Exists(repo.File("out/antrag-radverkehrskonzept.pdf")));
        Assert.True(File.Exists(repo.File("out/antrag-radverkehrskonzept.oparl.json")));

        // A second run finds antrag installed (as after the cache is restored) and installs nothing.
        var again = Shell("bash", steps.Single(s => s.Where.Contains("(Install antrag)", StringComparison.Ordinal)).Script, repo.Path, new Dictionary<string, string>
        {
            ["TOOL_DIR"] = tool, ["VERSION"] = Version, ["SOURCE"] = "/nowhere", ["GITHUB_PATH"] = githubPath,
        });
        Assert.True(again.Exit == 0, again.Output);
    }

    [DistributionFact]
    public void The_GitLab_templates_script_installs_antrag_renders_and_writes_the_code_quality_report()
    {
        using var repo = MotionsRepository();
        File.WriteAllText(repo.File("motions/kaputt.yaml"), "betreff: x\n");
        var environment = new Dictionary<string, string>
        {
            ["ANTRAG_FOLDER"] = "motions", ["ANTRAG_FORMATS"] = "pdf", ["ANTRAG_BASE_URL"] = string.Empty, ["ANTRAG_SHARD"] = string.Empty,
            ["ANTRAG_VERSION"] = Version, ["ANTRAG_SOURCE"] = Packages, ["CI"] = "true", ["CI_PROJECT_DIR"] = repo.Path,
        };

        var lines = CiYaml.Scripts(CiYaml.GitLabFiles[0]).ToList();
        Assert.Equal(2, lines.Count);
        var install = Shell("sh", lines[0].Script, repo.Path, environment);
        Assert.True(install.Exit == 0, install.Output);
        var render = Shell("sh", lines[1].Script, repo.Path, environment);

        Assert.Equal(1, render.Exit); // kaputt.yaml has errors; the other motions are rendered all the same
        Assert.True(File.Exists(repo.File("out/antrag-radverkehrskonzept.pdf")), render.Output);
        var report = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(repo.File("gl-code-quality-report.json"))).RootElement;
        Assert.All(report.EnumerateArray(), i => Assert.Equal("motions/kaputt.yaml", i.GetProperty("location").GetProperty("path").GetString()));
        Assert.NotEqual(0, report.GetArrayLength());
    }
}
