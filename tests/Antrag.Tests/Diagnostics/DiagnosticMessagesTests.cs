using System.Text;
using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Tests.BadInput;
using Antrag.Tests.Cli;
using Antrag.Tests.Hostile;
using Antrag.Tests.Infrastructure;
using Antrag.Tests.Read;

namespace Antrag.Tests.Diagnostics;

/// <summary>
/// The wording of diagnostics is pinned once, here: every bad-input case (folders, generated cases, command-line scenarios,
/// hostile inputs, reader cases) with the messages and hints it prints, in one golden file. The case tests themselves compare only places, severities and codes, so
/// rewording a message edits this one file.
/// </summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class DiagnosticMessagesTests
{
    [Fact]
    public void The_messages_of_every_case_match_the_golden_file_of_all_messages()
    {
        var all = new StringBuilder();
        foreach (var dir in Directory.GetDirectories(BadInputCaseTests.Folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            using var copy = BadInputCaseTests.CopyOf(dir);
            var input = BadInputCaseTests.InputOf(copy.Path);
            Section(all, "BadInput/Cases/" + name, CaseRunner.Run(copy.Path, "check", input, out _));
            if (File.Exists(Path.Combine(dir, "expected.render.txt")) || File.Exists(Path.Combine(dir, "expected.check.txt")))
            {
                Section(all, "BadInput/Cases/" + name + " (render)", CaseRunner.Run(copy.Path, "render", input, out _));
            }
        }

        foreach (var (name, make) in GeneratedCaseTests.Generated.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            using var dir = new TempFolder();
            File.WriteAllText(dir.File("fraktion.yaml"), GeneratedCaseTests.Profile);
            File.WriteAllBytes(dir.File("antrag.yaml"), make().Motion);
            Section(all, "BadInput/Generated/" + name, CaseRunner.Run(dir.Path, "check", "antrag.yaml", out _));
        }

        foreach (var scenario in DiagnosticScenarios.All)
        {
            using var dir = new TempFolder();
            File.WriteAllText(dir.File("fraktion.yaml"), GeneratedCaseTests.Profile);
            File.WriteAllText(dir.File("antrag.yaml"), GeneratedCaseTests.Motion);
            foreach (var (name, text) in scenario.Files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(dir.File(name))!);
                File.WriteAllText(dir.File(name), text);
            }

            var result = CliRunner.Run(dir.Path, scenario.Arguments);
            Section(all, "Scenario/" + scenario.Name, CaseRunner.Normalize(result.StdErr, dir.Path) + "\nexit: " + result.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // The hostile corpus, but for the cases only Linux and macOS can set up (so that the file is the same everywhere).
        foreach (var hostile in HostileCorpus.All.Where(c => !c.UnixOnly))
        {
            using var dir = MeasuredRun.FolderWithProfile();
            hostile.Write(dir.Path);
            Section(all, "Hostile/" + hostile.Name, FirstLines(CaseRunner.Run(dir.Path, "check", hostile.Input, out _), 12));
        }

        foreach (var name in Directory.GetFiles(ReadCases.Folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal))
        {
            var diagnostics = new DiagnosticBag();
            MotionReader.Read(Path.Combine(ReadCases.Folder, name + ".yaml"), name + ".yaml", diagnostics);
            Section(all, "Read/Cases/" + name, string.Join("\n", diagnostics.Items.Select(d => d.ToString())));
        }

        Golden.VerifyText("diagnostics/messages", all.ToString());
    }

    private static void Section(StringBuilder all, string title, string printed) =>
        all.Append("## ").Append(title).Append('\n').Append(printed.Replace("\r\n", "\n").TrimEnd('\n')).Append("\n\n");

    /// <summary>The first <paramref name="count"/> lines of <paramref name="text"/> and how many more there are (a case of 10,000 errors pins its wording, not its length).</summary>
    private static string FirstLines(string text, int count)
    {
        var lines = text.Split('\n');
        return lines.Length <= count
            ? text
            : string.Join("\n", lines.Take(count)) + "\n… " + (lines.Length - count).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more lines";
    }
}
