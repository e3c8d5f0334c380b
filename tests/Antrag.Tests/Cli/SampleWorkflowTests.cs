using System.CommandLine;
using System.Text.RegularExpressions;
using Antrag.Cli;
using Antrag.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Antrag.Tests.Cli;

/// <summary>
/// The sample CI workflows in <c>samples/ci</c> are valid YAML, and every antrag command line in them (also in comments) is one the
/// program accepts — so a renamed option cannot silently break a faction's CI.
/// </summary>
public sealed partial class SampleWorkflowTests
{
    public static TheoryData<string> Workflows() => new(
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Samples, "ci"), "*.yml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_antrag_command_in_the_workflow_parses(string workflow)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Samples, "ci", workflow));
        new YamlStream().Load(new StringReader(text));

        var commands = Invocation().Matches(text).Select(m => m.Groups["args"].Value).ToList();
        Assert.NotEmpty(commands);
        var root = Root();
        foreach (var command in commands)
        {
            var args = Words(Expression().Replace(command, "1"));
            var parsed = root.Parse(args);
            Assert.True(parsed.Errors.Count == 0, $"{workflow}: antrag {command}\n" + string.Join("\n", parsed.Errors.Select(e => e.Message)));
        }
    }

    /// <summary>The program's commands, as Program.cs puts them together.</summary>
    private static RootCommand Root()
    {
        var verbose = new Option<bool>("--verbose") { Recursive = true };
        var root = new RootCommand
        {
            RenderCommand.Create(verbose), CheckCommand.Create(verbose), NewCommand.Create(verbose), SchemaCommand.Create(verbose),
            WatchCommand.Create(verbose), AmendCommand.Create(verbose), BuildCommand.Create(verbose),
        };
        root.Options.Add(verbose);
        return root;
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

    /// <summary>A GitHub expression, ${{ … }}.</summary>
    [GeneratedRegex(@"\$\{\{[^}]*\}\}")]
    private static partial Regex Expression();
}
