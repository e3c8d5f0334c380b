using Antrag.Cli;

namespace Antrag.Tests.Cli;

/// <summary>
/// Every command line antrag cannot parse gives coded diagnostics (ANT8010-ANT8012) on standard error and exit code 1: no
/// crash, no stack trace, no page of help. Run in-process: the errors are found before any command runs.
/// </summary>
public sealed class CommandLineErrorTests
{
    private static (int Exit, string StdOut, string StdErr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = AntragCommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("--dpi: error ANT8010: --dpi takes a whole number from 30 to 600; got 'abc'", "render", "a.yaml", "--dpi", "abc")]
    [InlineData("--dpi: error ANT8010: --dpi takes a whole number from 30 to 600; got 'abc'", "build", "antraege", "--dpi", "abc")]
    [InlineData("--dpi: error ANT8010: --dpi takes a whole number from 30 to 600; got '99999999999'", "render", "a.yaml", "--dpi", "99999999999")]
    [InlineData("--dpi: error ANT8010: --dpi must be between 30 and 600; got 7", "build", "antraege", "--dpi", "7")]
    [InlineData("--dpi: error ANT8010: --dpi must be between 30 and 600; got -5", "render", "a.yaml", "--dpi", "-5")]
    [InlineData("--dpi: error ANT8012: --dpi needs a value", "render", "a.yaml", "--dpi")]
    [InlineData("--dpi: error ANT8010: ", "render", "a.yaml", "--dpi", "100", "--dpi", "200")]
    [InlineData("--shard: error ANT8010: --shard 0/0 is not a share", "build", "--shard", "0/0")]
    [InlineData("--shard: error ANT8010: --shard takes K/N", "build", "--shard", "x")]
    [InlineData("--shard: error ANT8012: --shard needs a value", "build", "--shard")]
    [InlineData("--format: error ANT8010: unknown format 'foo' for --format; choose from pdf, png, txt, oparl", "build", "--format", "foo")]
    [InlineData("--format: error ANT8010: unknown value 'foo' for --format; choose from pdf, png, txt", "render", "a.yaml", "--format", "foo")]
    [InlineData("-f: error ANT8010: unknown value 'PDF' for --format; choose from pdf, png, txt", "render", "a.yaml", "-f", "PDF")]
    [InlineData("--format: error ANT8010: unknown value 'docx' for --format; choose from yaml, synopse", "amend", "a.yaml", "b.yaml", "--format", "docx")]
    [InlineData("--forse: error ANT8011: unknown option '--forse' for antrag build (did you mean '--force'?)", "build", "--forse")]
    [InlineData("--port: error ANT8011: unknown option '--port' for antrag watch", "watch", "a.yaml", "--port", "8080")]
    [InlineData("x: error ANT8011: unexpected argument 'x' for antrag schema", "schema", "x")]
    [InlineData("zwei: error ANT8011: unexpected argument 'zwei' for antrag build", "build", "eins", "zwei")]
    [InlineData("abc: error ANT8011: unexpected argument 'abc' for antrag build", "build", "antraege", "--force", "abc")]
    [InlineData("vielleicht: error ANT8011: unexpected argument 'vielleicht' for antrag amend", "amend", "a.yaml", "b.yaml", "--fassung", "vielleicht")]
    [InlineData("--verbos: error ANT8011: unknown option '--verbos' for antrag render (did you mean '--verbose'?)", "render", "--verbos", "a.yaml")]
    [InlineData("-x.yaml: error ANT8011: unknown option '-x.yaml' for antrag check", "check", "-x.yaml")]
    [InlineData("bild: error ANT8011: unknown command 'bild' (did you mean 'build'?)", "bild")]
    [InlineData("--bogus: error ANT8011: unknown option '--bogus'", "--bogus")]
    [InlineData("render: error ANT8012: antrag render needs FILE", "render")]
    [InlineData("watch: error ANT8012: antrag watch needs FILE", "watch")]
    [InlineData("new: error ANT8012: antrag new needs KIND", "new")]
    [InlineData("amend: error ANT8012: antrag amend needs CHANGED", "amend", "a.yaml")]
    [InlineData("-o: error ANT8012: -o needs a value", "build", "antraege", "-o")]
    [InlineData("--output: error ANT8012: --output needs a value", "new", "antrag", "--output")]
    [InlineData("--combine: error ANT8012: --combine needs a value", "build", "--combine")]
    [InlineData("--base-url: error ANT8012: --base-url needs a value", "build", "--base-url")]
    [InlineData("-o: error ANT8012: -o needs a value", "schema", "-o")]
    [InlineData("-o: error ANT8012: -o needs a value", "watch", "a.yaml", "-o")]
    public void A_command_line_that_cannot_be_parsed_gives_a_coded_error_and_exit_code_1(string expected, params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.StartsWith(expected, stderr, StringComparison.Ordinal);
        Assert.All(stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches(@"^(\S+: error ANT80\d\d: |  hint: )", line));
        Assert.DoesNotContain("Unhandled", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public void Antrag_alone_shows_the_commands_and_says_that_one_is_missing()
    {
        var (exit, stdout, stderr) = Run();

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("Commands:", stdout, StringComparison.Ordinal);
        Assert.StartsWith("antrag: error ANT8012: no command given", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_and_version_are_not_errors()
    {
        Assert.Equal(ExitCodes.Ok, Run("build", "--help").Exit);
        Assert.Equal(ExitCodes.Ok, Run("--version").Exit);
    }
}
