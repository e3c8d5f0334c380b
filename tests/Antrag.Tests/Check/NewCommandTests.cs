using System.Globalization;
using Antrag.Cli;
using Antrag.Scaffold;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Check;

/// <summary>The <c>antrag new</c> command: a motion of every kind that checks clean, dated today, signed from the profile, never overwriting.</summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class NewCommandTests
{
    private static readonly FixedClock March5 = new(new DateTimeOffset(2024, 3, 5, 23, 30, 0, TimeSpan.FromHours(1)));

    public static TheoryData<string> Kinds() => new(MotionScaffold.Kinds);

    private static (int ExitCode, string StdOut, string StdErr) New(string kind, string? output, TimeProvider? clock = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = NewCommand.Run(kind, output, clock ?? March5, verbose: false, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A temporary folder with the Krefeld profile (and the logo it names).</summary>
    private static TempFolder WithKrefeldProfile()
    {
        var dir = new TempFolder();
        File.Copy(RepoPaths.Sample("krefeld", "fraktion.yaml"), dir.File("fraktion.yaml"));
        File.Copy(RepoPaths.Sample("krefeld", "logo.svg"), dir.File("logo.svg"));
        return dir;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_new_motion_of_every_kind_checks_clean(string kind)
    {
        using var dir = WithKrefeldProfile();

        var created = CliRunner.Run(dir.Path, "new", kind);
        Assert.True(created.ExitCode == 0, created.StdErr);
        Assert.Equal(string.Empty, created.StdErr);
        var file = Assert.Single(Directory.GetFiles(dir.Path, kind + "-*.yaml"));

        var check = CliRunner.Run(dir.Path, "check", Path.GetFileName(file));
        Assert.True(check.ExitCode == 0, $"{check.StdErr}\n--- {Path.GetFileName(file)}:\n{File.ReadAllText(file)}");
        Assert.Equal("checked 1 file: 0 errors, 0 warnings", check.StdOut.Trim());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_new_motion_has_the_keys_of_its_kind_and_placeholders_that_say_what_to_write(string kind)
    {
        var text = MotionScaffold.Write(kind, new DateOnly(2024, 3, 5), null, null);
        string[] common = ["art: " + kind, "# vorlagennummer:", "datum: 05.03.2024", "oeffentlich: true", "beratungsfolge:", "  - gremium: ", "    sitzungstermin: ", "    beschlussform: ", "betreff: Hier steht", "unterzeichner:", "  - name: ", "    funktion: "];
        string[] own = kind switch
        {
            "anfrage" => ["vorbemerkung: |", "fragen:", "  - Hier steht", "antwort: schriftlich", "# frist: "],
            "aenderungsantrag" or "ergaenzungsantrag" => ["vorlage:", "  nummer: ", "  betreff: ", "aenderungen:", "  - stelle: ", "    text: ", "begruendung: |"],
            "dringlichkeitsantrag" => ["dringlichkeit: |", "beschlussentwurf: |", "begruendung: |"],
            _ => ["beschlussentwurf: |", "begruendung: |"],
        };
        var lines = text.Split('\n');
        foreach (var key in common.Concat(own))
        {
            Assert.True(lines.Any(l => l.StartsWith(key, StringComparison.Ordinal)), $"no line starting with '{key}' in:\n{text}");
        }

        Assert.DoesNotContain(lines, l => l.StartsWith("ort:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("vorlagennummer:", StringComparison.Ordinal));
        Assert.DoesNotContain("$schema", text, StringComparison.Ordinal);
        if (kind != "anfrage" && kind != "aenderungsantrag" && kind != "ergaenzungsantrag")
        {
            Assert.Contains("  Hier steht", text[text.IndexOf("beschlussentwurf: |", StringComparison.Ordinal)..], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_date_is_today_and_the_signer_is_the_first_board_member_of_the_profile()
    {
        using var dir = WithKrefeldProfile();
        Directory.CreateDirectory(dir.File("2024"));

        var (exit, stdout, stderr) = New("antrag", dir.File("2024"));

        Assert.True(exit == 0, stderr);
        var path = dir.File("2024/antrag-2024-03-05.yaml");
        Assert.Contains("wrote " + path, stdout, StringComparison.Ordinal);
        var text = File.ReadAllText(path);
        Assert.Contains("\ndatum: 05.03.2024 ", text, StringComparison.Ordinal);
        Assert.Contains("  - name: Philibert Reuters\n    funktion: Vorsitzender\n", text, StringComparison.Ordinal);
        Assert.Contains("# Briefkopf, Ort und Kontaktdaten kommen aus ../fraktion.yaml.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nort:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_line_points_to_the_nearest_schemas_folder_above()
    {
        using var dir = WithKrefeldProfile();
        Directory.CreateDirectory(dir.File("schemas"));
        File.WriteAllText(dir.File("schemas/antrag.schema.json"), "{}");

        Assert.Equal(0, New("anfrage", dir.File("antraege/2024/anfrage.yaml")).ExitCode);
        Assert.Equal(0, New("anfrage", dir.File("anfrage.yaml")).ExitCode);

        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/antrag.schema.json\n", File.ReadAllText(dir.File("antraege/2024/anfrage.yaml")), StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=schemas/antrag.schema.json\n", File.ReadAllText(dir.File("anfrage.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var dir = WithKrefeldProfile();
        File.WriteAllText(dir.File("antrag.yaml"), "mein Antrag");

        var (exit, stdout, stderr) = New("antrag", dir.File("antrag.yaml"));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("antrag.yaml: error ANT6003", stderr, StringComparison.Ordinal);
        Assert.Equal("mein Antrag", File.ReadAllText(dir.File("antrag.yaml")));
    }

    [Theory]
    [InlineData("antrg", "error ANT2001: unknown kind 'antrg' (did you mean 'antrag'?)")]
    [InlineData("anfarge", "error ANT2001: unknown kind 'anfarge' (did you mean 'anfrage'?)")]
    [InlineData("brief", "error ANT2001: unknown kind 'brief'\n")]
    public void An_unknown_kind_is_refused_with_a_suggestion(string kind, string expected)
    {
        using var dir = new TempFolder();

        var (exit, _, stderr) = New(kind, dir.File("x.yaml"));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(expected, stderr.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("hint: kinds: antrag, aenderungsantrag, ergaenzungsantrag, anfrage, dringlichkeitsantrag, pruefantrag, resolution", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Theory]
    [InlineData("Änderungsantrag", "aenderungsantrag")]
    [InlineData("Prüfantrag", "pruefantrag")]
    [InlineData("ANFRAGE", "anfrage")]
    public void A_kind_may_be_written_with_capitals_and_umlauts(string written, string kind)
    {
        using var dir = WithKrefeldProfile();

        var (exit, _, stderr) = New(written, dir.File("x.yaml"));

        Assert.True(exit == 0, stderr);
        Assert.Contains("\nart: " + kind + "\n", File.ReadAllText(dir.File("x.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_profile_the_motion_is_written_with_a_warning_and_placeholder_signer()
    {
        using var dir = new TempFolder();

        var (exit, _, stderr) = New("resolution", dir.File("r.yaml"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("r.yaml: warning ANT3001", stderr, StringComparison.Ordinal);
        Assert.Contains("  - name: Hier steht der Name\n", File.ReadAllText(dir.File("r.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_profile_is_a_warning_and_its_board_is_not_used()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), "name: X\n");

        var (exit, _, stderr) = New("antrag", dir.File("a.yaml"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("a.yaml: warning ANT3001", stderr, StringComparison.Ordinal);
        Assert.Contains("has errors", stderr, StringComparison.Ordinal);
        Assert.Contains("  - name: Hier steht der Name\n", File.ReadAllText(dir.File("a.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_from_the_profile_that_need_quotes_in_yaml_are_quoted()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), GeneratedCaseTestsProfile + "vorstand:\n  - funktion: \"Vorsitz: kommissarisch\"\n    name: \"*Anna* #1\"\n");

        var (exit, _, stderr) = New("antrag", dir.File("a.yaml"));
        var check = CliRunner.Run(dir.Path, "check", "a.yaml");

        Assert.True(exit == 0, stderr);
        Assert.Contains("  - name: \"*Anna* #1\"\n    funktion: \"Vorsitz: kommissarisch\"\n", File.ReadAllText(dir.File("a.yaml")), StringComparison.Ordinal);
        Assert.True(check.ExitCode == 0, check.StdErr);
    }

    [Theory]
    [InlineData("antrag.md", "antrag new writes YAML; the file name must end in .yaml")]
    [InlineData("fraktion.yaml", "fraktion.yaml is the name of the faction's profile, not of a motion")]
    public void Unsuitable_file_names_are_refused(string name, string expected)
    {
        using var dir = new TempFolder();

        var (exit, _, stderr) = New("antrag", dir.File(name));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void The_default_file_is_named_after_kind_and_today_in_the_current_folder()
    {
        using var dir = WithKrefeldProfile();
        var before = DateTime.Now;

        var result = CliRunner.Run(dir.Path, "new", "pruefantrag");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var names = new[] { before, DateTime.Now }.Select(d => "pruefantrag-" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".yaml").ToList();
        var file = Assert.Single(Directory.GetFiles(dir.Path, "pruefantrag-*.yaml"));
        Assert.Contains(Path.GetFileName(file), names);
        Assert.Contains("wrote " + Path.GetFileName(file), result.StdOut, StringComparison.Ordinal);
        Assert.Contains("antrag check " + Path.GetFileName(file), result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_kinds_with_an_example()
    {
        var result = CliRunner.Run(RepoPaths.Root, "new", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("antrag new antrag", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("dringlichkeitsantrag", result.StdOut, StringComparison.Ordinal);
    }

    private const string GeneratedCaseTestsProfile = "name: Fraktion Testliste\nrat: Rat der Stadt Teststadt\nstadt: Teststadt\n";
}
