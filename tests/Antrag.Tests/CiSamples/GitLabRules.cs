using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Antrag.Tests.CiSamples;

/// <summary>
/// The rules of GitLab's CI/CD YAML reference that a pipeline file must keep and that no offline tool checks: known global
/// and job keywords, <c>artifacts:expose_as</c> (ASCII letters, digits, <c>-</c>, <c>_</c> and spaces; its paths without
/// variables or globs), <c>artifacts:when</c>, report types, at most four caches with known keys, includes by https URL,
/// stages that exist, <c>extends</c> targets that exist, and a script (or trigger) in every job that runs.
/// </summary>
public static partial class GitLabRules
{
    private static readonly HashSet<string> Globals = ["default", "include", "stages", "variables", "workflow", "image", "services", "cache", "before_script", "after_script"];

    private static readonly HashSet<string> JobKeys =
    [
        "after_script", "allow_failure", "artifacts", "before_script", "cache", "coverage", "dast_configuration", "dependencies",
        "environment", "extends", "hooks", "identity", "id_tokens", "image", "inherit", "interruptible", "manual_confirmation",
        "needs", "pages", "parallel", "release", "resource_group", "retry", "rules", "run", "script", "secrets", "services",
        "stage", "tags", "timeout", "trigger", "variables", "when", "only", "except",
    ];

    private static readonly HashSet<string> ArtifactKeys = ["paths", "exclude", "expire_in", "expose_as", "name", "public", "access", "reports", "untracked", "when"];

    private static readonly HashSet<string> ReportTypes =
    [
        "accessibility", "annotations", "api_fuzzing", "browser_performance", "coverage_report", "codequality", "container_scanning",
        "coverage_fuzzing", "cyclonedx", "dast", "dependency_scanning", "dotenv", "junit", "load_performance", "metrics",
        "requirements", "repository_xray", "sast", "secret_detection", "terraform",
    ];

    private static readonly HashSet<string> CacheKeys = ["key", "paths", "untracked", "unprotect", "when", "policy", "fallback_keys"];

    /// <summary>
    /// Every broken rule in <paramref name="file"/>; <paramref name="included"/> gives the content of the files its
    /// <c>include</c> names (by URL), whose hidden jobs can be extended.
    /// </summary>
    public static List<string> Check(YamlMappingNode file, IReadOnlyDictionary<string, YamlMappingNode> included)
    {
        var errors = new List<string>();
        var jobs = new Dictionary<string, YamlMappingNode>(StringComparer.Ordinal);
        foreach (var other in included.Values)
        {
            foreach (var (name, job) in Entries(other).Where(e => !Globals.Contains(e.Name)))
            {
                if (job is YamlMappingNode map)
                {
                    jobs[name] = map;
                }
            }
        }

        string[] stages = [".pre", "build", "test", "deploy", ".post"];
        foreach (var (name, value) in Entries(file))
        {
            switch (name)
            {
                case "stages":
                    stages = [".pre", .. ((YamlSequenceNode)value).Children.Select(Scalar), ".post"];
                    break;
                case "include":
                    foreach (var entry in value is YamlSequenceNode list ? list.Children : [value])
                    {
                        var remote = entry is YamlScalarNode s ? s.Value : CiYaml.Text(entry, "remote");
                        if (remote is not null && !(Uri.TryCreate(remote, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && (remote.EndsWith(".yml", StringComparison.Ordinal) || remote.EndsWith(".yaml", StringComparison.Ordinal))))
                        {
                            errors.Add($"include: '{remote}' is no https URL of a .yml file");
                        }
                        else if (remote is not null && !included.ContainsKey(remote))
                        {
                            errors.Add($"include: '{remote}' is not a file of this repository");
                        }
                    }

                    break;
                default:
                    if (!Globals.Contains(name))
                    {
                        if (value is not YamlMappingNode job)
                        {
                            errors.Add($"{name}: a job must be a mapping");
                            continue;
                        }

                        jobs[name] = job;
                    }

                    break;
            }
        }

        foreach (var (name, job) in jobs.Where(j => Entries(file).Any(e => e.Name == j.Key)))
        {
            errors.AddRange(CheckJob(name, job, jobs, stages));
        }

        return errors;
    }

    private static IEnumerable<string> CheckJob(string name, YamlMappingNode job, IReadOnlyDictionary<string, YamlMappingNode> jobs, string[] stages)
    {
        foreach (var (key, value) in Entries(job))
        {
            if (!JobKeys.Contains(key))
            {
                yield return $"{name}.{key}: not a job keyword";
            }
        }

        var chain = new List<YamlMappingNode> { job };
        foreach (var target in CiYaml.Get(job, "extends") switch { YamlScalarNode s => [s.Value!], YamlSequenceNode l => l.Children.Select(Scalar), _ => [] })
        {
            if (jobs.TryGetValue(target, out var parent))
            {
                chain.Add(parent);
            }
            else
            {
                yield return $"{name}.extends: no job '{target}'";
            }
        }

        if (!name.StartsWith('.') && !chain.Any(j => CiYaml.Get(j, "script") is not null || CiYaml.Get(j, "trigger") is not null || CiYaml.Get(j, "run") is not null))
        {
            yield return $"{name}: a job needs a script (or trigger)";
        }

        if (CiYaml.Text(job, "stage") is { } stage && !stages.Contains(stage))
        {
            yield return $"{name}.stage: '{stage}' is not in stages";
        }

        if (CiYaml.Get(job, "artifacts") is YamlMappingNode artifacts)
        {
            foreach (var (key, _) in Entries(artifacts).Where(e => !ArtifactKeys.Contains(e.Name)))
            {
                yield return $"{name}.artifacts.{key}: not an artifacts keyword";
            }

            if (CiYaml.Text(artifacts, "expose_as") is { } exposed)
            {
                if (!ExposeAs().IsMatch(exposed))
                {
                    yield return $"{name}.artifacts.expose_as: '{exposed}' may hold only ASCII letters, digits, '-', '_' and spaces";
                }

                foreach (var path in (CiYaml.Get(artifacts, "paths") as YamlSequenceNode)?.Children.Select(Scalar) ?? [])
                {
                    if (path.Contains('$', StringComparison.Ordinal) || path.Contains('*', StringComparison.Ordinal))
                    {
                        yield return $"{name}.artifacts.paths: '{path}' has a variable or glob, which expose_as does not allow";
                    }
                }
            }

            if (CiYaml.Text(artifacts, "when") is { } when && when is not ("on_success" or "on_failure" or "always"))
            {
                yield return $"{name}.artifacts.when: '{when}' is none of on_success, on_failure, always";
            }

            foreach (var (report, _) in CiYaml.Get(artifacts, "reports") is YamlMappingNode reports ? Entries(reports) : [])
            {
                if (!ReportTypes.Contains(report))
                {
                    yield return $"{name}.artifacts.reports.{report}: no report type of GitLab";
                }
            }
        }

        var caches = CiYaml.Get(job, "cache") switch { YamlSequenceNode l => l.Children.ToList(), YamlMappingNode m => [m], _ => [] };
        if (caches.Count > 4)
        {
            yield return $"{name}.cache: {caches.Count} caches, GitLab allows 4";
        }

        foreach (var cache in caches)
        {
            foreach (var (key, _) in Entries(cache).Where(e => !CacheKeys.Contains(e.Name)))
            {
                yield return $"{name}.cache.{key}: not a cache keyword";
            }
        }
    }

    private static IEnumerable<(string Name, YamlNode Value)> Entries(YamlNode node) =>
        node is YamlMappingNode map ? map.Children.Select(c => (Scalar(c.Key), c.Value)) : [];

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;

    [GeneratedRegex(@"^[A-Za-z0-9_][-A-Za-z0-9_ ]*$")]
    private static partial Regex ExposeAs();
}
