using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Read;

/// <summary>
/// Runs every <c>Cases/NAME.yaml</c> through <see cref="MotionReader"/> and compares the diagnostics (span, severity and code
/// of each, display path <c>NAME.yaml</c>) with <c>Cases/NAME.expected.txt</c>; their wording is pinned in the golden file of
/// all messages.
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
        var actual = DiagnosticText.Lines(diagnostics.Items);
        if (Environment.GetEnvironmentVariable("ANTRAG_ACCEPT") == "1")
        {
            File.WriteAllText(Path.Combine(ReadCases.Folder, name + ".expected.txt"), actual + "\n");
            expected = actual;
        }

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
