using System.Text.RegularExpressions;
using Antrag.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Antrag.Tests.CiSamples;

/// <summary>
/// The CI samples, the GitHub Action and the GitLab template pass their platforms' rules: the workflows actionlint, the
/// GitLab files GitLab's documented rules (<see cref="GitLabRules"/>), every shell step shellcheck. They install the released
/// antrag and never build it from source, so they work in a repository that holds only motions.
/// </summary>
public sealed partial class CiSampleTests
{
    private const string TemplateUrl = "https://raw.githubusercontent.com/antrag/antrag/v0.1.0/ci/antrag.gitlab-ci.yml";

    private static string Full(string relative) => Path.Combine(RepoPaths.Root, relative);

    [Fact]
    public void The_workflows_pass_actionlint_and_actionlint_finds_a_broken_one()
    {
        var result = ExternalTool.ActionLint([.. CiYaml.Workflows.Select(Full)]);
        Assert.True(result.ExitCode == 0 && result.Output.Length == 0, result.Output);

        using var dir = new Cli.TempFolder();
        File.WriteAllText(dir.File("bad.yml"), "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout: 3\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n");
        var broken = ExternalTool.ActionLint(dir.File("bad.yml"));
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("unexpected key \"timeout\"", broken.Output, StringComparison.Ordinal);
        Assert.Contains("potentially untrusted", broken.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shell_step_passes_shellcheck_and_shellcheck_finds_an_unquoted_expansion()
    {
        var scripts = CiYaml.Workflows.Concat(CiYaml.GitLabFiles).Append(CiYaml.Action).SelectMany(CiYaml.Scripts).ToList();
        Assert.True(scripts.Count >= 8, scripts.Count + " scripts");
        var problems = new List<string>();
        foreach (var (where, script, shell) in scripts)
        {
            var result = ExternalTool.ShellCheck(script, shell);
            if (result.ExitCode != 0)
            {
                problems.Add(where + ":\n" + result.Output);
            }
        }

        Assert.True(problems is [], string.Join("\n", problems));

        var unquoted = ExternalTool.ShellCheck("name=\"a b\"\ncp alt.${name##*.} neu\n", "bash");
        Assert.Equal(1, unquoted.ExitCode);
        Assert.Contains("SC2086", unquoted.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_GitLab_files_keep_GitLabs_rules_and_the_checker_finds_what_GitLab_rejects()
    {
        var template = CiYaml.Load(CiYaml.GitLabFiles[0]);
        var included = new Dictionary<string, YamlMappingNode> { [TemplateUrl] = template };
        Assert.Empty(GitLabRules.Check(template, new Dictionary<string, YamlMappingNode>()));
        Assert.Empty(GitLabRules.Check(CiYaml.Load(CiYaml.GitLabFiles[1]), included));

        var broken = Parse("""
            include:
              - remote: "http://example.org/x.yml"
            stages: [render]
            antraege:
              stage: rendern
              extends: .fehlt
              scripts: [x]
              artifacts:
                when: immer
                expose_as: "Anträge"
                paths: [$OUT/]
                reports: { code_quality: x.json }
              cache: [{ key: a, path: [x] }, {}, {}, {}, {}]
            """);
        Assert.Equal(
            [
                "include: 'http://example.org/x.yml' is no https URL of a .yml file",
                "antraege.scripts: not a job keyword",
                "antraege.extends: no job '.fehlt'",
                "antraege: a job needs a script (or trigger)",
                "antraege.stage: 'rendern' is not in stages",
                "antraege.artifacts.expose_as: 'Anträge' may hold only ASCII letters, digits, '-', '_' and spaces",
                "antraege.artifacts.paths: '$OUT/' has a variable or glob, which expose_as does not allow",
                "antraege.artifacts.when: 'immer' is none of on_success, on_failure, always",
                "antraege.artifacts.reports.code_quality: no report type of GitLab",
                "antraege.cache: 5 caches, GitLab allows 4",
                "antraege.cache.path: not a cache keyword",
            ],
            GitLabRules.Check(broken, included));
    }

    [Fact]
    public void The_action_is_a_composite_action_whose_steps_name_their_shell_and_use_only_declared_inputs()
    {
        var action = CiYaml.Load(CiYaml.Action);
        Assert.False(string.IsNullOrWhiteSpace(CiYaml.Text(action, "name")));
        Assert.False(string.IsNullOrWhiteSpace(CiYaml.Text(action, "description")));
        Assert.Equal("composite", CiYaml.Text(CiYaml.Get(action, "runs")!, "using"));
        var inputs = ((YamlMappingNode)CiYaml.Get(action, "inputs")!).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToHashSet();
        Assert.Superset(new HashSet<string> { "folder", "output", "formats", "base-url", "shard" }, inputs);
        foreach (var step in ((YamlSequenceNode)CiYaml.Get(CiYaml.Get(action, "runs")!, "steps")!).Children)
        {
            Assert.True(CiYaml.Text(step, "run") is null || CiYaml.Text(step, "shell") is "bash", "a run step of a composite action must name its shell");
        }

        var used = InputReference().Matches(File.ReadAllText(Full(CiYaml.Action))).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Subset(inputs, used);
    }

    [Fact]
    public void The_samples_install_released_antrag_and_never_build_it_from_source()
    {
        foreach (var sample in CiYaml.Workflows.Concat(CiYaml.GitLabFiles))
        {
            var text = File.ReadAllText(Full(sample));
            Assert.DoesNotContain("src/Antrag", text, StringComparison.Ordinal);
            Assert.DoesNotContain("dotnet build", text, StringComparison.Ordinal);
            Assert.DoesNotContain("antrag.dll", text, StringComparison.Ordinal);
        }

        Assert.Contains("uses: antrag/antrag@v0", File.ReadAllText(Full("samples/ci/github-actions.yml")), StringComparison.Ordinal);
        Assert.Contains("uses: antrag/antrag@v0", File.ReadAllText(Full("samples/ci/pr-preview.yml")), StringComparison.Ordinal);
        Assert.Contains("remote: \"" + TemplateUrl + "\"", File.ReadAllText(Full("samples/ci/gitlab-ci.yml")), StringComparison.Ordinal);
        Assert.Contains("tool install antrag", File.ReadAllText(Full(CiYaml.Action)), StringComparison.Ordinal);
        Assert.Contains("dotnet tool install antrag", File.ReadAllText(Full(CiYaml.GitLabFiles[0])), StringComparison.Ordinal);
    }

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"inputs\.([a-z-]+)")]
    private static partial Regex InputReference();
}
