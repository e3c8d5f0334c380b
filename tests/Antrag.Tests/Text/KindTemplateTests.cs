using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Text;

namespace Antrag.Tests.Text;

/// <summary>The built-in template of every kind, run over motions built in code: the wording each kind must carry.</summary>
public sealed class KindTemplateTests
{
    private static readonly FactionProfile Lead = new()
    {
        SourcePath = "fraktion.yaml",
        Name = "CDU-Fraktion",
        Council = "Rat der Stadt Krefeld",
        City = "Krefeld",
        Board = [new BoardMember("Vorsitzender", "Philibert Reuters")],
    };

    private static Motion Base(string kind) => new()
    {
        SourcePath = "m.yaml",
        Kind = kind,
        Date = new DateOnly(2023, 2, 28),
        Subject = "Ein Betreff",
        DraftResolution = "Ein Beschluss.",
        Signers = [new Signer("Philibert Reuters", "Fraktionsvorsitzender")],
    };

    private static string Write(Motion motion, params FactionProfile[] coSponsors)
    {
        var diagnostics = new DiagnosticBag();
        var text = LetterheadWriter.Write(new LoadedMotion(motion, Lead, coSponsors), diagnostics);
        Assert.True(text is not null, string.Join("\n", diagnostics.Items));
        var doc = LetterheadParser.Parse(text, "template", diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.NotEmpty(doc.Body);
        return text;
    }

    [Theory]
    [InlineData("antrag", "Antrag der CDU-Fraktion im Rat der Stadt Krefeld", "Der Rat der Stadt Krefeld beschließt:")]
    [InlineData("pruefantrag", "Prüfantrag der CDU-Fraktion im Rat der Stadt Krefeld", "Der Rat der Stadt Krefeld beauftragt die Verwaltung zu prüfen:")]
    [InlineData("resolution", "Resolutionsantrag der CDU-Fraktion im Rat der Stadt Krefeld", "Der Rat der Stadt Krefeld verabschiedet folgende Resolution:")]
    public void Each_kind_has_its_title_and_resolution_formula(string kind, string title, string formula)
    {
        var text = Write(Base(kind));
        Assert.Contains("::: titel\n" + title + "\n", text, StringComparison.Ordinal);
        Assert.Contains(formula, text, StringComparison.Ordinal);
        Assert.Contains("::: gez\ngez.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dringlichkeitsantrag_argues_the_urgency_before_the_draft_resolution()
    {
        var text = Write(Base("dringlichkeitsantrag") with { UrgencyReason = "Weil es eilt." });
        Assert.Contains("::: titel\nDringlichkeitsantrag der CDU-Fraktion", text, StringComparison.Ordinal);
        var urgency = text.IndexOf("## Begründung der Dringlichkeit\n\nWeil es eilt.", StringComparison.Ordinal);
        var draft = text.IndexOf("## Beschlussentwurf", StringComparison.Ordinal);
        Assert.True(urgency > 0 && urgency < draft);
    }

    [Theory]
    [InlineData("aenderungsantrag", "Änderungsantrag", "geändert")]
    [InlineData("ergaenzungsantrag", "Ergänzungsantrag", "ergänzt")]
    public void Amendments_name_the_vorlage_and_number_the_changes(string kind, string title, string verb)
    {
        var motion = Base(kind) with
        {
            DraftResolution = null,
            AmendedPaper = new PaperReference("0377/24", "Haushaltssatzung 2025"),
            Amendments = [new Amendment("Ziffer 2", "Neuer Text."), new Amendment("Ziffer 5 (neu)", "Erste Zeile.\n\nZweite Zeile.\n")],
        };
        var text = Write(motion);
        Assert.Contains($"::: titel\n{title} der CDU-Fraktion", text, StringComparison.Ordinal);
        Assert.Contains($"Der Beschlussentwurf der Vorlage 0377/24 „Haushaltssatzung 2025“ wird wie folgt {verb}:", text, StringComparison.Ordinal);
        // The paragraphs of a change are lines of its item: a hard break ("\\" at the line's end).
        Assert.Contains("1. **Ziffer 2:** Neuer Text.\n2. **Ziffer 5 (neu):** Erste Zeile.\\\nZweite Zeile.\n", text, StringComparison.Ordinal);
        Assert.Contains("zur Vorlage\n**0377/24**", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AnswerKind.Written, "Wir bitten die Verwaltung um schriftliche Beantwortung bis zum 14.03.2023:")]
    [InlineData(AnswerKind.Oral, "Wir bitten die Verwaltung um mündliche Beantwortung in der Sitzung bis zum 14.03.2023:")]
    public void An_anfrage_numbers_its_questions_and_says_how_to_answer(AnswerKind answer, string request)
    {
        var motion = Base("anfrage") with
        {
            DraftResolution = null,
            Preamble = "Eine Vorbemerkung.",
            Questions = ["Erste Frage?", "Zweite Frage?"],
            Answer = answer,
            Deadline = new DateOnly(2023, 3, 14),
        };
        var text = Write(motion);
        Assert.Contains("::: titel\nAnfrage der CDU-Fraktion", text, StringComparison.Ordinal);
        Assert.Contains("## Vorbemerkung\n\nEine Vorbemerkung.", text, StringComparison.Ordinal);
        Assert.Contains(request + "\n\n1. Erste Frage?\n2. Zweite Frage?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("beschließt", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_joint_motion_names_all_factions_and_groups_the_signers()
    {
        var partner = Lead with { SourcePath = "p.yaml", Name = "SPD-Fraktion", Board = [new BoardMember("Vorsitzende", "Erika Muster")] };
        var single = Lead with { SourcePath = "e.yaml", Name = "Clara Einzeln", Kind = ProfileKind.SingleMember, Party = "UL" };
        var motion = Base("antrag") with
        {
            Signers = [new Signer("Philibert Reuters", "Fraktionsvorsitzender"), new Signer("Erika Muster", "Vorsitzende", "SPD-Fraktion"), new Signer("Clara Einzeln", null, "Clara Einzeln")],
        };
        var text = Write(motion, partner, single);
        Assert.Contains("::: titel\nGemeinsamer Antrag der CDU-Fraktion, der SPD-Fraktion und des Ratsmitglieds Clara Einzeln (UL) im Rat der Stadt Krefeld\n", text, StringComparison.Ordinal);
        Assert.Contains("## CDU-Fraktion\n\nPhilibert Reuters\nFraktionsvorsitzender\n\n## SPD-Fraktion\n\nErika Muster\nVorsitzende\n\n## Clara Einzeln\n\nClara Einzeln", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_council_member_files_with_the_party_in_parentheses()
    {
        var diagnostics = new DiagnosticBag();
        var member = Lead with { Name = "Clara Einzeln", Kind = ProfileKind.SingleMember, Party = "Unabhängige Liste" };
        var text = LetterheadWriter.Write(new LoadedMotion(Base("antrag"), member, []), diagnostics)!;
        Assert.Contains("::: titel\nAntrag des Ratsmitglieds Clara Einzeln (Unabhängige Liste) im Rat der Stadt Krefeld\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_framing_attachments_references_and_draft_mark()
    {
        var motion = Base("antrag") with
        {
            IsDraft = true,
            Date = null,
            ReferenceNumber = null,
            Letter = new LetterFraming { Recipient = ["Herrn Oberbürgermeister", "Frank Meyer"], Salutation = "Sehr geehrter Herr Oberbürgermeister,", Intro = "wir stellen folgenden Antrag:" },
            Attachments = ["Karte"],
            References = ["Vorlage 1/23", "Anfrage 2/23"],
        };
        var text = Write(motion);
        Assert.Contains("::: wasserzeichen\nENTWURF\n", text, StringComparison.Ordinal);
        Assert.Contains("Krefeld, (Datum offen)", text, StringComparison.Ordinal);
        Assert.Contains("::: empfaenger\nHerrn Oberbürgermeister\nFrank Meyer\n::: inhalt\n", text, StringComparison.Ordinal);
        Assert.Contains("Bezug: Vorlage 1/23; Anfrage 2/23", text, StringComparison.Ordinal);
        Assert.Contains("Sehr geehrter Herr Oberbürgermeister,\n\nwir stellen folgenden Antrag:", text, StringComparison.Ordinal);
        Assert.Contains("::: gruss\nMit freundlichen Grüßen\n", text, StringComparison.Ordinal);
        Assert.Contains("## Anlagen\n\n- Karte\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vorlagennummer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Signature_images_replace_gez()
    {
        var motion = Base("antrag") with { Signers = [new Signer("Philibert Reuters", "Fraktionsvorsitzender", null, "/abs/sig.png")] };
        var text = Write(motion);
        Assert.DoesNotContain("::: gez", text, StringComparison.Ordinal);
        Assert.Contains("![Unterschrift](/abs/sig.png)\nPhilibert Reuters\n", text, StringComparison.Ordinal);
    }
}
