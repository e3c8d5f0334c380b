using System.Text.Json;
using Antrag.Cli;
using Antrag.Diagnostics;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Cli;

/// <summary>
/// Diagnostics in CI: every command that reports them (check, render, build, amend) writes GitHub annotations under GitHub
/// Actions and, with <c>--report gitlab=FILE.json</c>, a GitLab code-quality report.
/// </summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class CiReportTests
{
    private static readonly Dictionary<string, string?> GitHub = new() { ["GITHUB_ACTIONS"] = "true", ["CI"] = "true", ["GITHUB_WORKSPACE"] = null };

    private static readonly Dictionary<string, string?> Plain = new() { ["GITHUB_ACTIONS"] = null, ["CI"] = "true", ["CI_PROJECT_DIR"] = null };

    private static TempFolder Broken()
    {
        var dir = new TempFolder();
        File.Copy(RepoPaths.Sample("musterstadt", "fraktion.yaml"), dir.File("fraktion.yaml"));
        File.Copy(RepoPaths.Sample("musterstadt", "antrag-schulwege.yaml"), dir.File("gut.yaml"));
        File.WriteAllText(dir.File("kaputt.yaml"), File.ReadAllText(dir.File("gut.yaml")).Replace("betreff:", "betref:", StringComparison.Ordinal));
        return dir;
    }

    [Theory]
    [InlineData("check", "kaputt.yaml")]
    [InlineData("render", "kaputt.yaml")]
    [InlineData("build", ".", "-o", "out")]
    [InlineData("amend", "gut.yaml", "kaputt.yaml")]
    public void Under_GitHub_Actions_every_command_that_reports_diagnostics_writes_annotations(params string[] args)
    {
        using var dir = Broken();

        var run = CliRunner.RunWith(dir.Path, GitHub, args);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("kaputt.yaml(", run.StdErr, StringComparison.Ordinal);
        var annotation = Assert.Single(run.StdOut.Split('\n'), l => l.StartsWith("::error ", StringComparison.Ordinal));
        Assert.Matches(@"^::error file=kaputt\.yaml,line=\d+,col=\d+(,endLine=\d+,endColumn=\d+)?,title=ANT\d{4}::", annotation);

        var plain = CliRunner.RunWith(dir.Path, Plain, args);
        Assert.DoesNotContain("::", plain.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "kaputt.yaml")]
    [InlineData("render", "kaputt.yaml")]
    [InlineData("build", ".", "-o", "out")]
    [InlineData("amend", "gut.yaml", "kaputt.yaml")]
    public void With_report_gitlab_every_command_that_reports_diagnostics_writes_a_code_quality_report(params string[] args)
    {
        using var dir = Broken();

        var run = CliRunner.RunWith(dir.Path, Plain, [.. args, "--report", "gitlab=berichte/codequality.json"]);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        var issues = JsonDocument.Parse(File.ReadAllBytes(dir.File("berichte/codequality.json"))).RootElement.EnumerateArray().ToList();
        var issue = Assert.Single(issues);
        Assert.Equal("kaputt.yaml", issue.GetProperty("location").GetProperty("path").GetString());
        Assert.True(issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32() >= 1);
        Assert.Matches(@"^ANT\d{4}$", issue.GetProperty("check_name").GetString());
        Assert.Equal("major", issue.GetProperty("severity").GetString());
        Assert.Matches("^[0-9a-f]{64}$", issue.GetProperty("fingerprint").GetString());
        Assert.Contains(issue.GetProperty("description").GetString()!, run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_run_writes_an_empty_report_and_a_wrong_report_option_is_an_error()
    {
        using var dir = Broken();
        File.Delete(dir.File("kaputt.yaml"));

        var clean = CliRunner.RunWith(dir.Path, Plain, "check", "--report", "gitlab=cq.json");
        Assert.Equal(0, clean.ExitCode);
        Assert.Equal("[]\n", File.ReadAllText(dir.File("cq.json")));

        var wrong = CliRunner.RunWith(dir.Path, Plain, "check", "--report", "gitlab=gut.yaml");
        Assert.Equal(ExitCodes.BadInput, wrong.ExitCode);
        Assert.Contains("--report: error ANT8010: --report takes gitlab=FILE.json", wrong.StdErr, StringComparison.Ordinal);
        Assert.Contains("betreff", File.ReadAllText(dir.File("gut.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_code_quality_report_has_GitLabs_fields_and_one_fingerprint_per_problem()
    {
        Diagnostic[] diagnostics =
        [
            new(DiagnosticCodes.UnknownKey, Severity.Warning, new SourceSpan(Path.Combine("/repo", "a", "b.yaml"), 3, 5), "unknown key 'x'", "remove it"),
            new(DiagnosticCodes.UnknownKey, Severity.Warning, new SourceSpan(Path.Combine("/repo", "a", "b.yaml"), 3, 5), "unknown key 'x'", "remove it"),
            new(DiagnosticCodes.Internal, Severity.Error, SourceSpan.InFile(Path.Combine("/repo", "c.yaml")), "kaputt"),
            new(DiagnosticCodes.UnknownKey, Severity.Note, new SourceSpan(Path.Combine("/repo", "a", "b.yaml"), 4, 1), "note"),
        ];

        var json = System.Text.Encoding.UTF8.GetString(CiReport.GitLabCodeQuality(diagnostics, "/repo"));

        Assert.Equal(
            """
            [
              {
                "description": "unknown key 'x' (hint: remove it)",
                "check_name": "ANT1003",
                "fingerprint": "FP0",
                "severity": "minor",
                "location": {
                  "path": "a/b.yaml",
                  "lines": {
                    "begin": 3
                  }
                }
              },
              {
                "description": "kaputt",
                "check_name": "ANT9001",
                "fingerprint": "FP1",
                "severity": "major",
                "location": {
                  "path": "c.yaml",
                  "lines": {
                    "begin": 1
                  }
                }
              },
              {
                "description": "note",
                "check_name": "ANT1003",
                "fingerprint": "FP2",
                "severity": "info",
                "location": {
                  "path": "a/b.yaml",
                  "lines": {
                    "begin": 4
                  }
                }
              }
            ]

            """.ReplaceLineEndings("\n"),
            System.Text.RegularExpressions.Regex.Replace(json, "[0-9a-f]{64}", m => "FP" + Fingerprints(json).IndexOf(m.Value)));
    }

    private static List<string> Fingerprints(string json) =>
        System.Text.RegularExpressions.Regex.Matches(json, "[0-9a-f]{64}").Select(m => m.Value).Distinct().ToList();
}
