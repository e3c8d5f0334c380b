using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.BadInput;

/// <summary>
/// Every folder in <c>BadInput/Cases</c> is one mistake a user can make. The folder holds the input (<c>antrag.yaml</c> or
/// <c>antrag.md</c>, or only <c>fraktion.yaml</c>) with its profile, templates, logo or fonts, and <c>expected.txt</c>: place,
/// severity and code of each diagnostic <c>antrag check</c> prints to stderr (<c>antrag.yaml(10,1): error ANT1003</c>), then
/// <c>exit: N</c>; the wording of every case's messages is pinned in one golden file (<see cref="Diagnostics.DiagnosticMessagesTests"/>). <c>antrag render</c> must print the same and write nothing
/// (a case may give render's own expectation in <c>expected.render.txt</c> or check's in <c>expected.check.txt</c> where the two
/// commands rightly differ). Each case is run in a copy of its folder, so paths in messages are relative; the copy's absolute
/// path is written <c>{dir}</c>.
/// </summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class BadInputCaseTests
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Antrag.Tests", "BadInput", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_and_render_report_the_expected_diagnostics_and_write_nothing(string name)
    {
        using var dir = CopyOf(Path.Combine(Folder, name));
        var input = InputOf(dir.Path);
        var expectedCheck = Expected(name, "check");
        var expectedRender = Expected(name, "render");

        var check = CaseRunner.Run(dir.Path, "check", input, out var checkResult);
        Assert.Equal(expectedCheck, DiagnosticText.CodeLines(check));
        CaseRunner.AssertSummary(checkResult);

        var render = CaseRunner.Run(dir.Path, "render", input, out _);
        Assert.Equal(expectedRender, DiagnosticText.CodeLines(render));
    }

    [Fact]
    public void There_are_at_least_thirty_cases_and_each_has_an_input_and_an_expectation()
    {
        var names = Directory.GetDirectories(Folder).Select(Path.GetFileName).OfType<string>().ToList();
        Assert.True(names.Count >= 30, $"{names.Count} cases");
        foreach (var name in names)
        {
            var folder = Path.Combine(Folder, name);
            Assert.True(File.Exists(Path.Combine(folder, "expected.txt")), $"{name}: no expected.txt");
            Assert.True(
                File.Exists(Path.Combine(folder, "antrag.yaml")) || File.Exists(Path.Combine(folder, "antrag.md")) || File.Exists(Path.Combine(folder, "fraktion.yaml")),
                $"{name}: no input");
            Assert.Matches(@"\nexit: \d$|^exit: \d$", File.ReadAllText(Path.Combine(folder, "expected.txt")).Replace("\r\n", "\n").TrimEnd('\n'));
        }
    }

    /// <summary>The file the case runs: antrag.yaml, else antrag.md, else fraktion.yaml.</summary>
    public static string InputOf(string folder) =>
        new[] { "antrag.yaml", "antrag.md" }.FirstOrDefault(f => File.Exists(Path.Combine(folder, f))) ?? "fraktion.yaml";

    /// <summary>The expected output of <paramref name="command"/>: expected.COMMAND.txt if the case has one, else expected.txt.</summary>
    private static string Expected(string name, string command)
    {
        var own = Path.Combine(Folder, name, $"expected.{command}.txt");
        var path = File.Exists(own) ? own : Path.Combine(Folder, name, "expected.txt");
        return File.ReadAllText(path).Replace("\r\n", "\n").TrimEnd('\n');
    }

    /// <summary>A temporary copy of the case folder with its subfolders, without the expectation files.</summary>
    internal static TempFolder CopyOf(string folder)
    {
        var temp = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file);
            if (Path.GetFileName(relative).StartsWith("expected", StringComparison.Ordinal) && relative == Path.GetFileName(relative))
            {
                continue;
            }

            var target = Path.Combine(temp.Path, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return temp;
    }
}
