using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Docs;

/// <summary>
/// The documentation stays usable: README.md short and with the two commands of a fresh machine (<c>.ci/run</c> runs the
/// test command it names), every relative link in README.md, ARCHITECTURE.md and docs/ pointing at a file that exists,
/// and the manual's index linking every page of docs/.
/// </summary>
public sealed class DocsTests
{
    private const int MaxReadmeLines = 150;

    private static readonly string[] FreshMachineCommands =
    [
        "dotnet run --project src/Antrag.Cli -- render samples/krefeld/antrag-4493-23-A.yaml",
        "dotnet test Antrag.sln",
    ];

    private static string Readme => Path.Combine(RepoPaths.Root, "README.md");

    private static string DocsFolder => Path.Combine(RepoPaths.Root, "docs");

    /// <summary>README.md, ARCHITECTURE.md and every Markdown file in docs/, relative to the repository root.</summary>
    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string>("README.md", "ARCHITECTURE.md");
        foreach (var file in Directory.EnumerateFiles(DocsFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            pages.Add(Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'));
        }

        return pages;
    }

    [Fact]
    public void The_readme_is_at_most_150_lines()
    {
        var lines = File.ReadAllLines(Readme).Length;
        Assert.True(lines <= MaxReadmeLines, $"README.md has {lines} lines; keep it at {MaxReadmeLines} or fewer and move details to docs/");
    }

    [Fact]
    public void The_readme_holds_the_two_commands_of_a_fresh_machine_each_on_a_line_of_its_own()
    {
        var lines = File.ReadAllLines(Readme).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var command in FreshMachineCommands)
        {
            Assert.True(lines.Contains(command), $"README.md no longer has the line '{command}' (.ci/run and new users rely on it)");
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_points_at_a_file_or_folder_that_exists(string page)
    {
        var path = Path.Combine(RepoPaths.Root, page);
        var folder = Path.GetDirectoryName(path)!;
        var broken = MarkdownLinks.RelativePaths(File.ReadAllText(path))
            .Where(target => target.Length > 0)
            .Where(target =>
            {
                var full = Path.GetFullPath(Path.Combine(folder, target));
                return !File.Exists(full) && !Directory.Exists(full);
            })
            .ToList();
        Assert.True(broken.Count == 0, $"{page} links to what does not exist: {string.Join(", ", broken)}");
    }

    [Fact]
    public void The_readme_links_the_manual_and_the_architecture()
    {
        var targets = MarkdownLinks.RelativePaths(File.ReadAllText(Readme));
        Assert.Contains("docs/README.md", targets);
        Assert.Contains("ARCHITECTURE.md", targets);
    }

    [Fact]
    public void The_manuals_index_links_every_page_of_docs()
    {
        var linked = MarkdownLinks.RelativePaths(File.ReadAllText(Path.Combine(DocsFolder, "README.md")))
            .Select(t => Path.GetFullPath(Path.Combine(DocsFolder, t)))
            .ToHashSet(StringComparer.Ordinal);
        var missing = Directory.EnumerateFiles(DocsFolder, "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "README.md" && !linked.Contains(Path.GetFullPath(f)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToList();
        Assert.True(missing.Count == 0, $"docs/README.md does not link: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Links_are_found_in_prose_and_html_but_not_in_code()
    {
        const string markdown = """
            See [the manual](docs/README.md#start), ![page 1](a.png "title") and <img src="b.png" width="10">.
            Not `[code](c.md)`, not [a site](https://example.org), not [here](#top).

            ```yaml
            text: "[in a block](d.md)"
            ```
            """;

        Assert.Equal(["docs/README.md", "a.png", "b.png"], MarkdownLinks.RelativePaths(markdown));
    }
}
