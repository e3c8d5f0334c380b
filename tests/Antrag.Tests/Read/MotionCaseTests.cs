using Antrag.Diagnostics;
using Antrag.Read;

namespace Antrag.Tests.Read;

/// <summary>
/// Runs every <c>Cases/NAME.yaml</c> through <see cref="MotionReader"/> and compares the diagnostics
/// (one <c>ToString()</c> each, display path <c>NAME.yaml</c>) with <c>Cases/NAME.expected.txt</c>.
/// </summary>
public sealed class MotionCaseTests
{
    public static TheoryData<string> Cases => ReadCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reports_exactly_the_expected_diagnostics(string name)
    {
        var fileName = name + ".yaml";
        var diagnostics = new DiagnosticBag();

        var motion = MotionReader.Read(Path.Combine(ReadCases.Folder, fileName), fileName, diagnostics);

        var expected = ReadCases.ReadText(name + ".expected.txt").TrimEnd('\n');
        var actual = string.Join("\n", diagnostics.Items.Select(d => d.ToString().Replace("\r\n", "\n")));
        Assert.Equal(expected, actual);
        Assert.Equal(diagnostics.HasErrors, motion is null);
    }

    [Fact]
    public void Every_case_has_an_expected_file()
    {
        foreach (var name in Directory.GetFiles(ReadCases.Folder, "*.yaml").Select(Path.GetFileNameWithoutExtension))
        {
            Assert.True(File.Exists(Path.Combine(ReadCases.Folder, name + ".expected.txt")), $"missing {name}.expected.txt");
        }
    }
}
