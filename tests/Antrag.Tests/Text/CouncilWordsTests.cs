using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Read.Keys;
using Antrag.Tests.Read;
using Antrag.Text;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Text;

/// <summary>
/// Every council's own words: the case forms of the bodies of German councils, named texts set by a profile, a kind or a
/// motion, kinds a profile declares, and the wording of amendments and intros as real motions have them.
/// </summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class CouncilWordsTests
{
    [Theory]
    [InlineData("Rat der Stadt Krefeld", "der Rat der Stadt Krefeld", "im Rat der Stadt Krefeld", "des Rates der Stadt Krefeld")]
    [InlineData("Stadtrat der Stadt Regensburg", "der Stadtrat der Stadt Regensburg", "im Stadtrat der Stadt Regensburg", "des Stadtrates der Stadt Regensburg")]
    [InlineData("Gemeinderat der Gemeinde Musterdorf", "der Gemeinderat der Gemeinde Musterdorf", "im Gemeinderat der Gemeinde Musterdorf", "des Gemeinderates der Gemeinde Musterdorf")]
    [InlineData("Kreistag des Landkreises Hildesheim", "der Kreistag des Landkreises Hildesheim", "im Kreistag des Landkreises Hildesheim", "des Kreistages des Landkreises Hildesheim")]
    [InlineData("Ortsbeirat Mainz-Altstadt", "der Ortsbeirat Mainz-Altstadt", "im Ortsbeirat Mainz-Altstadt", "des Ortsbeirates Mainz-Altstadt")]
    [InlineData("Ortsrat Hannover-Misburg", "der Ortsrat Hannover-Misburg", "im Ortsrat Hannover-Misburg", "des Ortsrates Hannover-Misburg")]
    [InlineData("Stadtverordnetenversammlung Wiesbaden", "die Stadtverordnetenversammlung Wiesbaden", "in der Stadtverordnetenversammlung Wiesbaden", "der Stadtverordnetenversammlung Wiesbaden")]
    [InlineData("Bezirksverordnetenversammlung Lichtenberg", "die Bezirksverordnetenversammlung Lichtenberg", "in der Bezirksverordnetenversammlung Lichtenberg", "der Bezirksverordnetenversammlung Lichtenberg")]
    [InlineData("Bezirksvertretung Köln-Innenstadt", "die Bezirksvertretung Köln-Innenstadt", "in der Bezirksvertretung Köln-Innenstadt", "der Bezirksvertretung Köln-Innenstadt")]
    [InlineData("Bezirksversammlung Altona", "die Bezirksversammlung Altona", "in der Bezirksversammlung Altona", "der Bezirksversammlung Altona")]
    [InlineData("Bürgerschaft der Freien Hansestadt Bremen", "die Bürgerschaft der Freien Hansestadt Bremen", "in der Bürgerschaft der Freien Hansestadt Bremen", "der Bürgerschaft der Freien Hansestadt Bremen")]
    [InlineData("Verbandsversammlung des Regionalverbands Ruhr", "die Verbandsversammlung des Regionalverbands Ruhr", "in der Verbandsversammlung des Regionalverbands Ruhr", "der Verbandsversammlung des Regionalverbands Ruhr")]
    [InlineData("Samtgemeinderat der Samtgemeinde Sittensen", "der Samtgemeinderat der Samtgemeinde Sittensen", "im Samtgemeinderat der Samtgemeinde Sittensen", "des Samtgemeinderates der Samtgemeinde Sittensen")]
    [InlineData("Regionsversammlung der Region Hannover", "die Regionsversammlung der Region Hannover", "in der Regionsversammlung der Region Hannover", "der Regionsversammlung der Region Hannover")]
    [InlineData("Gemeindevertretung Zingst", "die Gemeindevertretung Zingst", "in der Gemeindevertretung Zingst", "der Gemeindevertretung Zingst")]
    [InlineData("Stadtbezirksrat Dresden-Neustadt", "der Stadtbezirksrat Dresden-Neustadt", "im Stadtbezirksrat Dresden-Neustadt", "des Stadtbezirksrates Dresden-Neustadt")]
    [InlineData("Bezirksausschuss Maxvorstadt", "der Bezirksausschuss Maxvorstadt", "im Bezirksausschuss Maxvorstadt", "des Bezirksausschusses Maxvorstadt")]
    [InlineData("Marktgemeinderat Garmisch-Partenkirchen", "der Marktgemeinderat Garmisch-Partenkirchen", "im Marktgemeinderat Garmisch-Partenkirchen", "des Marktgemeinderates Garmisch-Partenkirchen")]
    public void Every_body_has_its_article_and_case_forms(string name, string nominative, string inDative, string genitive)
    {
        var forms = CouncilForms.Of(name);
        Assert.True(forms.IsKnown);
        Assert.Equal(nominative, forms.Nominative);
        Assert.Equal(inDative, forms.In);
        Assert.Equal(genitive, forms.Genitive);
        Assert.Equal(char.ToUpperInvariant(nominative[0]) + nominative[1..], forms.NominativeCapitalised);
    }

    [Fact]
    public void A_profile_names_gender_and_genitive_of_a_body_antrag_does_not_know()
    {
        Assert.False(CouncilForms.Of("Zweckverband Nord").IsKnown);
        var forms = CouncilForms.Of("Magistrat der Stadt Frankfurt", "m", "Magistrats");
        Assert.Equal("im Magistrat der Stadt Frankfurt", forms.In);
        Assert.Equal("des Magistrats der Stadt Frankfurt", forms.Genitive);
    }

    private const string Profile = "name: Fraktion Lichtblick\nrat: Bezirksverordnetenversammlung Lichtenberg\nstadt: Berlin\n";

    private static string Render(string profile, string motion, out DiagnosticBag diagnostics)
    {
        using var folder = new ScratchFolder();
        folder.Write("fraktion.yaml", profile);
        var path = folder.Write("antrag.yaml", motion);
        diagnostics = new DiagnosticBag();
        var loaded = diagnostics.Take(Pipeline.Load(path));
        Assert.True(loaded is not null, string.Join("\n", diagnostics.Items));
        var text = LetterheadWriter.Write(loaded, diagnostics);
        Assert.True(text is not null, string.Join("\n", diagnostics.Items));
        return text;
    }

    [Fact]
    public void The_title_and_intro_use_the_councils_forms()
    {
        var text = Render(Profile, "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: Das Bezirksamt wird ersucht, …\n", out _);
        Assert.Contains("::: titel\nAntrag der Fraktion Lichtblick in der Bezirksverordnetenversammlung Lichtenberg\n", text, StringComparison.Ordinal);
        Assert.Contains("Die Bezirksverordnetenversammlung Lichtenberg beschließt:\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_are_set_by_the_profile_for_its_council_and_by_a_motion_for_itself()
    {
        var profile = Profile + "texte:\n  beschlussentwurf: Beschlussvorschlag\n  beschluss_einleitung: \"{rat} möge beschließen:\"\n  gez: \"\"\n";
        var text = Render(profile, "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nbegruendung: G\ntexte:\n  begruendung: Sachverhalt/Begründung\nunterzeichner:\n  - name: A\n", out _);
        Assert.Contains("## Beschlussvorschlag\n\nDie Bezirksverordnetenversammlung Lichtenberg möge beschließen:\n", text, StringComparison.Ordinal);
        Assert.Contains("## Sachverhalt/Begründung\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("::: gez", text, StringComparison.Ordinal);
        Assert.Contains("::: unterschriften\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_intro_the_text_already_begins_with_is_printed_once_with_a_note()
    {
        var text = Render(Profile, "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: Die Bezirksverordnetenversammlung Lichtenberg beschließt, den Park zu öffnen.\n", out var diagnostics);
        Assert.DoesNotContain("beschließt:", text, StringComparison.Ordinal);
        Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.IntroInText && d.Severity == Severity.Note);
    }

    [Fact]
    public void A_kind_the_profile_declares_is_read_rendered_and_ruled_like_the_kind_it_is_based_on()
    {
        var profile = Profile + "arten:\n  - name: kleineanfrage\n    titel: Kleine Anfrage\n    wie: anfrage\n    gemeinsam: Gemeinsame\n    texte:\n      fragen: Wir fragen das Bezirksamt\n";
        var text = Render(profile, "art: kleineanfrage\ndatum: 01.02.2024\nbetreff: B\nfragen: [Wie viele?]\n", out _);
        Assert.Contains("::: titel\nKleine Anfrage der Fraktion Lichtblick in der Bezirksverordnetenversammlung Lichtenberg\n", text, StringComparison.Ordinal);
        Assert.Contains("## Wir fragen das Bezirksamt\n", text, StringComparison.Ordinal);
        Assert.Contains("1. Wie viele?", text, StringComparison.Ordinal);

        // The rules of the kind it is based on: an Anfrage takes no Beschlussentwurf.
        using var folder = new ScratchFolder();
        folder.Write("fraktion.yaml", profile);
        var path = folder.Write("antrag.yaml", "art: Kleine Anfrage\ndatum: 01.02.2024\nbetreff: B\nfragen: [Wie viele?]\nbeschlussentwurf: E\n");
        var diagnostics = new DiagnosticBag();
        Assert.Null(diagnostics.Take(Pipeline.Load(path)));
        Assert.Equal([path + "(5,1): error ANT2002"], diagnostics.Items.Select(Infrastructure.DiagnosticText.StartLine));

        // A kind neither built in nor declared.
        var unknown = folder.Write("b.yaml", "art: grosseanfrage\ndatum: 01.02.2024\nbetreff: B\n");
        var bag = new DiagnosticBag();
        Assert.Null(bag.Take(Pipeline.Load(unknown)));
        Assert.Equal([unknown + "(1,1): error ANT2001"], bag.Items.Select(Infrastructure.DiagnosticText.StartLine));
    }

    [Fact]
    public void Antrag_new_and_the_schema_know_the_kinds_a_profile_declares()
    {
        using var folder = new Cli.TempFolder();
        File.WriteAllText(folder.File("fraktion.yaml"), Profile + "arten:\n  - name: kleineanfrage\n    titel: Kleine Anfrage\n    wie: anfrage\n");
        var created = Infrastructure.CliRunner.Run(folder.Path, "new", "kleineanfrage", "-o", "k.yaml");
        Assert.True(created.ExitCode == 0, created.StdErr);
        var text = File.ReadAllText(folder.File("k.yaml"));
        Assert.Contains("art: kleineanfrage", text, StringComparison.Ordinal);
        Assert.Contains("fragen:", text, StringComparison.Ordinal);
        var check = Infrastructure.CliRunner.Run(folder.Path, "check", "k.yaml");
        Assert.True(check.ExitCode == 0, check.StdErr);

        var schema = Infrastructure.CliRunner.Run(folder.Path, "schema", "-o", "schemas");
        Assert.True(schema.ExitCode == 0, schema.StdErr);
        Assert.Contains("\"Kleine Anfrage\"", File.ReadAllText(folder.File(Path.Combine("schemas", "antrag.schema.json"))), StringComparison.Ordinal);
    }

    [Fact]
    public void An_amendment_names_what_it_amends_and_numbers_changes_only_when_there_are_several()
    {
        var text = Render(Profile, "art: aenderungsantrag\ndatum: 01.02.2024\nbetreff: B\nvorlage: {nummer: 0377/24}\naendert: die Anlage 2\naenderungen:\n  - text: Der Satz wird gestrichen.\n", out _);
        Assert.Contains("Die Anlage 2 der Vorlage 0377/24 wird wie folgt geändert:\n\nDer Satz wird gestrichen.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1. Der Satz", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_urgency_argued_orally_and_a_letter_without_recipient_are_accepted()
    {
        var text = Render(Profile, "art: dringlichkeitsantrag\ndatum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nrechtsgrundlage: Antrag gemäß § 4 der Geschäftsordnung\nbrief:\n  anrede: Sehr geehrte Damen und Herren,\n", out _);
        Assert.DoesNotContain("## Begründung der Dringlichkeit", text, StringComparison.Ordinal);
        Assert.Contains("Antrag gemäß § 4 der Geschäftsordnung\n", text, StringComparison.Ordinal);
        Assert.Contains("Sehr geehrte Damen und Herren,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_named_text_is_declared_once_with_a_default()
    {
        Assert.Equal(TextKeys.Texts.Count, TextKeys.Texts.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(TextKeys.Texts, t => Assert.False(string.IsNullOrWhiteSpace(t.Default) && t.Name != "gez"));
    }
}
