using System.Text.RegularExpressions;
using Antrag.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Antrag.Tests.CiSamples;

/// <summary>Reads the CI files of the repository (workflows, the action, GitLab files) and the shell scripts in them.</summary>
public static partial class CiYaml
{
    /// <summary>The GitHub Actions workflows of the samples.</summary>
    public static readonly string[] Workflows = ["samples/ci/github-actions.yml", "samples/ci/pr-preview.yml"];

    /// <summary>The GitLab CI files: the template to include and the sample that includes it.</summary>
    public static readonly string[] GitLabFiles = ["ci/antrag.gitlab-ci.yml", "samples/ci/gitlab-ci.yml"];

    public const string Action = "action.yml";

    public static YamlMappingNode Load(string relative)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, relative)));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static YamlNode? Get(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Text(YamlNode node, string key) => Get(node, key) is YamlScalarNode s ? s.Value : null;

    /// <summary>
    /// Every shell script in <paramref name="relative"/> with where it stands and its shell: the <c>run</c> steps of a workflow or
    /// of the action (bash, GitHub's default), the script lines of GitLab jobs (sh). GitHub's <c>${{ … }}</c> expressions are
    /// replaced by a plain word, as actionlint does before it calls shellcheck.
    /// </summary>
    public static IEnumerable<(string Where, string Script, string Shell)> Scripts(string relative)
    {
        var root = Load(relative);
        if (relative.EndsWith("gitlab-ci.yml", StringComparison.Ordinal))
        {
            foreach (var (name, job) in ((YamlMappingNode)root).Children.Select(c => (((YamlScalarNode)c.Key).Value!, c.Value)))
            {
                foreach (var key in new[] { "before_script", "script", "after_script" })
                {
                    if (Get(job, key) is YamlSequenceNode lines)
                    {
                        var i = 0;
                        foreach (var line in lines.Children.OfType<YamlScalarNode>())
                        {
                            yield return ($"{relative} {name}.{key}[{i++}]", line.Value!, "sh");
                        }
                    }
                }
            }

            yield break;
        }

        var steps = relative == Action
            ? [("runs", Get(Get(root, "runs")!, "steps") as YamlSequenceNode)]
            : ((YamlMappingNode)Get(root, "jobs")!).Children.Select(j => (((YamlScalarNode)j.Key).Value!, Get(j.Value, "steps") as YamlSequenceNode));
        foreach (var (job, list) in steps)
        {
            var i = 0;
            foreach (var step in list?.Children ?? [])
            {
                if (Text(step, "run") is { } run)
                {
                    yield return ($"{relative} {job}.steps[{i}] ({Text(step, "name") ?? "unnamed"})", Expression().Replace(run, "GITHUB_EXPRESSION"), "bash");
                }

                i++;
            }
        }
    }

    [GeneratedRegex(@"\$\{\{.*?\}\}")]
    private static partial Regex Expression();
}
