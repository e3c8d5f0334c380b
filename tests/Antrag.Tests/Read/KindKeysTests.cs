using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Read;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Read;

/// <summary>The keys of every kind, the requirements per kind, and the Markdown input format.</summary>
public sealed class KindKeysTests
{
    private static (Motion? Motion, DiagnosticBag Diagnostics) Parse(string yaml)
    {
        var d = new DiagnosticBag();
        return (MotionReader.Parse(yaml, "m.yaml", d), d);
    }

    private static string Errors(DiagnosticBag d) => string.Join("\n", d.Items.Select(DiagnosticText.StartLine));

    [Fact]
    public void An_aenderungsantrag_names_its_vorlage_and_changes()
    {
        var (m, d) = Parse("art: aenderungsantrag\ndatum: 01.02.2024\nbetreff: B\nvorlage:\n  nummer: 0377/24\n  betreff: Haushalt\naenderungen:\n  - stelle: Ziffer 2\n    text: Neu.\n");
        Assert.True(m is not null, Errors(d));
        Assert.Equal(new PaperReference("0377/24", "Haushalt"), m.AmendedPaper);
        Assert.Equal([new Amendment("Ziffer 2", "Neu.")], m.Amendments);
    }

    [Fact]
    public void An_aenderungsantrag_without_its_vorlage_is_an_error()
    {
        var (m, d) = Parse("art: aenderungsantrag\ndatum: 01.02.2024\nbetreff: B\naenderungen:\n  - stelle: Ziffer 2\n    text: Neu.\n");
        Assert.Null(m);
        Assert.Equal("m.yaml(1,1): error ANT1004", Errors(d));
    }

    [Fact]
    public void An_anfrage_has_questions_an_answer_kind_and_a_deadline_but_no_beschlussentwurf()
    {
        var (m, d) = Parse("art: anfrage\ndatum: 01.02.2024\nbetreff: B\nvorbemerkung: V\nfragen:\n  - Eins?\n  - Zwei?\nantwort: mündlich\nfrist: 10.02.2024\n");
        Assert.True(m is not null, Errors(d));
        Assert.Equal(["Eins?", "Zwei?"], m.Questions);
        Assert.Equal(AnswerKind.Oral, m.Answer);
        Assert.Equal(new DateOnly(2024, 2, 10), m.Deadline);

        var (bad, d2) = Parse("art: anfrage\ndatum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nfragen: [Eins?]\n");
        Assert.Null(bad);
        Assert.Contains("m.yaml(4,1): error ANT2002", Errors(d2), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("art: antrag\ndatum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nfragen: [Eins?]\n", "m.yaml(5,1): error ANT2002")]
    [InlineData("art: dringlichkeitsantrag\ndatum: 01.02.2024\nbetreff: B\n", "m.yaml(1,1): error ANT1004")]
    [InlineData("art: aenderungsanrag\ndatum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\n", "m.yaml(1,1): error ANT2001")]
    [InlineData("art: anfrage\ndatum: 01.02.2024\nbetreff: B\nfragen: [Eins?]\nantwort: telefonisch\n", "m.yaml(5,1): error ANT1007")]
    [InlineData("betreff: B\nbeschlussentwurf: E\n", "m.yaml(1,1): error ANT1004")]
    public void Kind_rules_are_located_errors(string yaml, string expected)
    {
        var (m, d) = Parse(yaml);
        Assert.Null(m);
        Assert.Equal(expected, Errors(d));
    }

    [Fact]
    public void The_kind_may_be_written_with_umlauts()
    {
        var (m, _) = Parse("art: Änderungsantrag\ndatum: 01.02.2024\nbetreff: B\nvorlage: {nummer: 1/24}\nbeschlussentwurf: E\n");
        Assert.Equal("aenderungsantrag", m!.Kind);
    }

    [Fact]
    public void A_draft_needs_no_date()
    {
        var (m, d) = Parse("entwurf: true\nbetreff: B\nbeschlussentwurf: E\n");
        Assert.True(m is not null, Errors(d));
        Assert.True(m.IsDraft);
        Assert.Null(m.Date);
    }

    [Fact]
    public void Letter_framing_attachments_references_and_co_sponsors_are_read()
    {
        var (m, d) = Parse("datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nbrief:\n  empfaenger: [Herrn OB, Rathaus]\n  anrede: Sehr geehrter Herr Oberbürgermeister,\nanlagen: [Karte]\nbezuege: [Vorlage 1/23]\nmitantragsteller: [../spd]\n");
        Assert.True(m is not null, Errors(d));
        Assert.Equal(["Herrn OB", "Rathaus"], m.Letter!.Recipient);
        Assert.Equal("Mit freundlichen Grüßen", m.Letter.Closing);
        Assert.Equal(["Karte"], m.Attachments);
        Assert.Equal(["Vorlage 1/23"], m.References);
        Assert.Equal(["../spd"], m.CoSponsorProfilePaths);
    }

    [Fact]
    public void A_markdown_motion_gives_the_same_pdf_as_its_yaml_twin()
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample("krefeld"));
        var yaml = File.ReadAllText(dir.File("antrag-4493-23-A.yaml"));
        var head = yaml[..yaml.IndexOf("beschlussentwurf:", StringComparison.Ordinal)];
        var loaded = MotionReader.Read(dir.File("antrag-4493-23-A.yaml"), "a.yaml", new DiagnosticBag())!;
        var md = "---\n" + head + "unterzeichner:\n  - name: Philibert Reuters\n    funktion: Fraktionsvorsitzender\n---\n\n## Beschlussentwurf\n\n"
                 + loaded.DraftResolution + "\n\n## Begründung\n\n" + loaded.Reasoning + "\n";
        File.WriteAllText(dir.File("antrag.md"), md);

        var d = new DiagnosticBag();
        using var fromYaml = d.Take(Pipeline.Render(dir.File("antrag-4493-23-A.yaml")));
        using var fromMd = d.Take(Pipeline.Render(dir.File("antrag.md")));
        Assert.True(fromYaml is not null && fromMd is not null, string.Join("\n", d.Items));
        Assert.Equal(fromYaml.Motion.DraftResolution, fromMd.Motion.DraftResolution);
        Assert.Equal(fromYaml.Motion.Reasoning, fromMd.Motion.Reasoning);
        Assert.Equal(PdfExporter.Export(fromYaml.Layout), PdfExporter.Export(fromMd.Layout));
    }

    [Theory]
    [InlineData("---\ndatum: 01.02.2024\nbetreff: B\n---\n\n## Beschluss\n\nE\n", "m.md(6,1): error ANT1022")]
    [InlineData("---\ndatum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\n---\n\n## Beschlussentwurf\n\nE\n", "m.md(7,1): error ANT1023")]
    [InlineData("---\ndatum: 31.02.2024\nbetreff: B\n---\n\n## Beschlussentwurf\n\nE\n", "m.md(2,8): error ANT1008")]
    [InlineData("datum: 01.02.2024\n", "m.md(1,1): error ANT1020")]
    public void Markdown_errors_point_into_the_markdown_file(string markdown, string expected)
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("m.md"), markdown);
        var d = new DiagnosticBag();
        Assert.Null(MotionReader.Read(dir.File("m.md"), "m.md", d));
        Assert.Contains(expected, Errors(d), StringComparison.Ordinal);
    }
}
