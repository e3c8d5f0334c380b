using Antrag.Diagnostics;
using Antrag.Tests.Cli;

namespace Antrag.Tests.Read;

/// <summary>Cross-field checks that need more than one case file to show: how signers are matched against the profiles.</summary>
public sealed class MotionCheckerTests
{
    private const string Profile = """
        name: Fraktion Testliste
        rat: Rat der Stadt Teststadt
        stadt: Teststadt
        vorstand:
          - funktion: Vorsitzende
            name: Dr. Erika Muster
        mitglieder:
          - Hans Beispiel MdL

        """;

    private const string Motion = """
        datum: 28.02.2023
        beratungsfolge:
          - gremium: Rat
            sitzungstermin: 28.02.2023
            beschlussform: beschließend
        betreff: Sanierung der Turnhalle
        beschlussentwurf: Die Verwaltung wird beauftragt, die Sanierung zu planen.
        unterzeichner:

        """;

    [Theory]
    [InlineData("Dr. Erika Muster")]
    [InlineData("Erika Muster")]
    [InlineData("erika  muster")]
    [InlineData("Hans Beispiel")]
    [InlineData("Hans Beispiel MdL")]
    public void Board_members_and_members_sign_without_a_warning_whatever_their_titles(string name)
    {
        Assert.Empty(Load($"  - name: {name}\n"));
    }

    [Fact]
    public void An_unknown_signer_is_a_warning_that_names_the_profile_and_the_closest_name()
    {
        var diagnostics = Load("  - name: Erika Muster\n  - name: Hans Bispiel\n");
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(10, warning.Span.Line);
        Assert.Equal("ANT2007", warning.Code.Id);
        Assert.Contains("'Hans Beispiel MdL'", warning.Message, StringComparison.Ordinal);
    }

    private static List<Diagnostic> Load(string signers, string motion = Motion)
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile);
        File.WriteAllText(dir.File("antrag.yaml"), motion + signers);
        var diagnostics = new DiagnosticBag();
        var loaded = diagnostics.Take(Pipeline.Load(dir.File("antrag.yaml")));
        Assert.True(loaded is not null, string.Join("\n", diagnostics.Items));
        return diagnostics.Items.ToList();
    }
}
