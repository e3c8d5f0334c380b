using Antrag.Build;
using Antrag.Cli;
using Antrag.Diagnostics;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Build;

/// <summary>The <c>antrag build</c> command: output on a terminal and in CI, GitHub annotations, exit codes, options.</summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class BuildCommandTests
{
    private static (int Exit, string StdOut, string StdErr) Run(BuildSandbox box, bool terminal, params (string Name, string Value)[] environment)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var env = environment.ToDictionary(e => e.Name, e => e.Value);
        var options = new BuildOptions { SourceDirectory = box.Source, OutputDirectory = box.Out, StateFile = box.StateFile };
        int exit;
        using (CiReport.Use(CiReport.For(name => env.GetValueOrDefault(name), stdout, null)))
        {
            exit = BuildCommand.Run(options, verbose: false, stdout, stderr, name => env.GetValueOrDefault(name), terminal);
        }

        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Builds_the_samples_as_a_process_then_skips_all_of_them()
    {
        using var box = BuildSandbox.WithSamples();

        var first = CliRunner.Run(box.Root, "build", "antraege", "-o", "out");

        Assert.True(first.ExitCode == 0, first.StdErr);
        Assert.Equal(string.Empty, first.StdErr);
        var lines = first.StdOut.TrimEnd().Split('\n');
        Assert.Equal(BuildSandbox.SampleMotions.Select(m => "rendered antraege/" + m), lines[..^1]);
        Assert.Matches(@"^built 11 motions: 11 rendered, 0 unchanged, 0 failed in \d+\.\d s$", lines[^1]);

        var second = CliRunner.Run(box.Root, "build", "antraege", "-o", "out");

        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"^built 11 motions: 0 rendered, 11 unchanged, 0 failed in \d+\.\d s\n$", second.StdOut);
    }

    [Fact]
    public void A_broken_motion_gives_exit_code_1_a_located_error_and_the_others_are_rendered()
    {
        using var box = BuildSandbox.WithSamples();
        box.Write("musterstadt/kaputt.yaml", "betreff: [nicht geschlossen\n");

        var result = CliRunner.Run(box.Root, "build", "antraege", "-o", "out", "--format", "pdf", "--format", "txt");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("antraege/musterstadt/kaputt.yaml(2,1): error ANT1001", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("failed antraege/musterstadt/kaputt.yaml\n", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("built 12 motions: 11 rendered, 0 unchanged, 1 failed in ", result.StdOut, StringComparison.Ordinal);
        Assert.True(File.Exists(box.Output("musterstadt/antrag-schulwege.txt")));
    }

    [Fact]
    public void On_a_terminal_a_progress_bar_replaces_the_lines_unless_in_CI()
    {
        using var box = BuildSandbox.WithSamples();
        box.Write("musterstadt/kaputt.yaml", "betreff: [nicht geschlossen\n");

        var (exit, stdout, stderr) = Run(box, terminal: true);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("\r[", stdout, StringComparison.Ordinal);
        Assert.Contains("] 12/12 rendered", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("rendered antraege", stdout, StringComparison.Ordinal);
        Assert.Contains("kaputt.yaml(2,1): error ANT1001", stderr, StringComparison.Ordinal);
        Assert.Matches(@"\r +\rbuilt 12 motions: 11 rendered, 0 unchanged, 1 failed in \d+\.\d s\n$", stdout);

        var ci = Run(box, terminal: true, ("CI", "true"));
        Assert.DoesNotContain("\r", ci.StdOut, StringComparison.Ordinal);
        Assert.StartsWith("failed " + box.In("musterstadt/kaputt.yaml") + "\nbuilt 12 motions: 0 rendered, 11 unchanged, 1 failed in ", ci.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_GitHub_Actions_errors_are_also_workflow_annotations()
    {
        using var box = BuildSandbox.WithSamples();
        box.Write("musterstadt/kaputt.yaml", "datum: 31.02.2024\nbetreff: Kaputt\nbeschlussentwurf: x\n");

        var (exit, stdout, stderr) = Run(box, terminal: false, ("GITHUB_ACTIONS", "true"), ("CI", "true"), ("GITHUB_WORKSPACE", box.Root));

        Assert.Equal(ExitCodes.BadInput, exit);
        var annotation = Assert.Single(stdout.Split('\n'), l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.StartsWith("::error file=antraege/musterstadt/kaputt.yaml,line=1,col=8,endLine=1,endColumn=18,title=ANT1008::", annotation, StringComparison.Ordinal);
        Assert.Contains("kaputt.yaml(1,8): error ANT1008", stderr, StringComparison.Ordinal);

        var quiet = Run(box, terminal: false, ("CI", "true"));
        Assert.DoesNotContain("::error", quiet.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotations_escape_what_GitHub_requires()
    {
        var diagnostic = new Diagnostic(DiagnosticCodes.UnknownKey, Severity.Warning, new SourceSpan("a,b:c%.yaml", 3, 5, 3, 9), "100% sicher\r\nzweite Zeile", "a: b");

        Assert.Equal(
            "::warning file=a%2Cb%3Ac%25.yaml,line=3,col=5,endLine=3,endColumn=9,title=ANT1003::100%25 sicher%0D%0Azweite Zeile%0Ahint: a: b",
            GitHubAnnotations.Format(diagnostic, Environment.CurrentDirectory));
        Assert.Equal(
            "::error file=x.yaml,title=ANT9001::kaputt",
            GitHubAnnotations.Format(new Diagnostic(DiagnosticCodes.Internal, Severity.Error, SourceSpan.InFile("x.yaml"), "kaputt"), Environment.CurrentDirectory));
    }

    [Theory]
    [InlineData("--shard", "4/3", "--shard: error ANT8010: --shard 4/3 is not a share: K and N must satisfy 1 ≤ K ≤ N")]
    [InlineData("--format", "pdf,docx", "--format: error ANT8010: unknown format 'docx' for --format; choose from pdf, png, txt, oparl")]
    [InlineData("--format", "oparl", "--base-url: error ANT6005")]
    [InlineData("--format", ",", "--format needs at least one of pdf, png, txt, oparl")]
    public void Wrong_options_give_exit_code_1_and_a_message(string option, string value, string message)
    {
        using var box = BuildSandbox.WithSamples();

        var result = CliRunner.Run(box.Root, "build", "antraege", "-o", "out", option, value);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(message, result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(box.Out));
    }

    [Fact]
    public void Formats_are_read_from_lists_and_repeated_options()
    {
        Assert.Equal(BuildFormats.Pdf | BuildFormats.Png | BuildFormats.OParl, BuildCommand.Formats(["pdf, png", "OParl"]));
        Assert.Equal(BuildFormats.Txt, BuildCommand.Formats(["txt"]));
    }
}
