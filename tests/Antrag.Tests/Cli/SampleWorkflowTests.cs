using System.CommandLine;
using System.Text.RegularExpressions;
using Antrag.Cli;
using Antrag.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Antrag.Tests.Cli;

/// <summary>
/// The CI files that run antrag — the GitHub Action, the GitLab template and the sample workflows in <c>samples/ci</c> (the
/// others use the action or the template) — are valid YAML, and every antrag command line in them (also in comments, and
/// the ones the action and the template put together from their inputs) is one the program accepts, so a renamed option
/// cannot silently break a faction's CI.
/// </summary>
public sealed partial class SampleWorkflowTests
{
    /// <summary>Values for the shell variables of the command lines, as a job would have them.</summary>
    private static readonly Dictionary<string, string> Variables = new(StringComparer.Ordinal)
    {
        ["FOLDER"] = "motions", ["OUTPUT"] = "out", ["FORMATS"] = "pdf,oparl", ["BASE_URL"] = "https://fraktion.example/", ["SHARD"] = "1/3",
        ["ANTRAG_FOLDER"] = "motions", ["ANTRAG_FORMATS"] = "pdf", ["ANTRAG_BASE_URL"] = "https://fraktion.example/", ["ANTRAG_SHARD"] = "1/3",
    };

    public static TheoryData<string> Workflows() => new(
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Samples, "ci"), "*.yml").Select(f => "samples/ci/" + Path.GetFileName(f))
            .Append("action.yml").Append("ci/antrag.gitlab-ci.yml").Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_antrag_command_in_the_workflow_parses(string workflow)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, workflow));
        new YamlStream().Load(new StringReader(text));

        var commands = Invocation().Matches(text).Select(m => m.Groups["args"].Value).ToList();

        // The action and the template put a command together: a first part, then options added where inputs are given.
        foreach (Match start in Composed().Matches(text))
        {
            commands.Add(start.Groups["args"].Value + " " + string.Join(" ", Added().Matches(text, start.Index).Select(m => m.Groups["args"].Value)));
        }

        if (workflow is "samples/ci/github-actions.yml" or "samples/ci/gitlab-ci.yml")
        {
            // These run antrag through the action or the template (CiSampleTests checks that they do).
            Assert.Empty(commands);
            return;
        }

        Assert.NotEmpty(commands);
        var root = AntragCommandLine.Create();
        foreach (var command in commands)
        {
            var args = Words(ShellVariable().Replace(Expression().Replace(command, "1"), m => Variables.GetValueOrDefault(m.Groups[1].Value, "x")));
            var parsed = root.Parse(args);
            Assert.True(parsed.Errors.Count == 0, $"{workflow}: antrag {command}\n" + string.Join("\n", parsed.Errors.Select(e => e.Message)));
        }
    }

    /// <summary>Splits a shell command line into words, honouring double quotes (what is inside them is one word).</summary>
    private static string[] Words(string line)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (any)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            words.Add(current.ToString());
        }

        return [.. words];
    }

    /// <summary>"antrag render …" or "antrag.dll build …", up to a redirection, a semicolon, &amp;&amp; or the end of the line.</summary>
    [GeneratedRegex(@"\bantrag(?:\.dll)? (?<args>(?:render|build|check|amend|watch|new|schema)\b[^\n;&|>]*?)\s*(?:2?>|;|&&|\|\||$)", RegexOptions.Multiline)]
    private static partial Regex Invocation();

    /// <summary>The start of a command put together in an array or the positional parameters: <c>args=(build …)</c>, <c>set -- build …</c>.</summary>
    [GeneratedRegex(@"(?:args=\(|set -- )(?<args>(?:render|build|check|amend)\b[^)\n]*)")]
    private static partial Regex Composed();

    /// <summary>Options added to it: <c>args+=(--shard "$SHARD")</c>, <c>set -- "$@" --shard "$ANTRAG_SHARD"</c>.</summary>
    [GeneratedRegex(@"(?:args\+=\(|set -- ""\$@"" )(?<args>--[^)\n]*)")]
    private static partial Regex Added();

    /// <summary>A shell variable, <c>$NAME</c> or <c>${NAME}</c>.</summary>
    [GeneratedRegex(@"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?")]
    private static partial Regex ShellVariable();

    /// <summary>A GitHub expression, ${{ … }}.</summary>
    [GeneratedRegex(@"\$\{\{[^}]*\}\}")]
    private static partial Regex Expression();
}
