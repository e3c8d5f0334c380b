using Antrag.Diagnostics;
using Antrag.Edit;
using Antrag.Read;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Edit;

/// <summary>Form edits change only the edited value of a motion's source; comments, order and formatting of the rest stay.</summary>
public sealed class MotionSourceEditorTests
{
    private const string Motion = """
        # Kopfkommentar
        art: antrag
        datum: 28.02.2023   # Datum der Sitzung
        oeffentlich: ja
        beratungsfolge:
          - gremium: Rat   # zuerst
            sitzungstermin: 28.02.2023
            beschlussform: beschließend
          - gremium: Hauptausschuss
            sitzungstermin: 01.03.2023
            beschlussform: vorberatend
        betreff: 'Sanierung der Turnhalle'
        beschlussentwurf: |
          Die Verwaltung wird beauftragt, …

          Zweiter Absatz.
        # Kommentar vor der Begründung
        begruendung: >-
          Das Dach
          ist undicht.
        unterzeichner:
          - name: Erika Muster
            funktion: Fraktionsvorsitzende

        """;

    private static string Set(string text, string path, string value, string file = "a.yaml") =>
        MotionSourceEditor.Apply(text, file, [new SourceEdit(SourceEditKind.Set, path) { Text = value }]);

    private static Motion Read(string text, string file = "a.yaml")
    {
        var bag = new DiagnosticBag();
        var motion = MotionReader.Read(System.Text.Encoding.UTF8.GetBytes(text), file, bag);
        Assert.True(motion is not null, string.Join("\n", bag.Items));
        return motion!;
    }

    /// <summary>The lines of <paramref name="after"/> that differ from <paramref name="before"/> (same line count assumed).</summary>
    private static List<string> Changed(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        Assert.Equal(a.Length, b.Length);
        return b.Where((line, i) => line != a[i]).ToList();
    }

    [Fact]
    public void A_scalar_changes_alone_and_keeps_its_comment_and_quotes()
    {
        var edited = Set(Motion, "datum", "01.03.2023");
        Assert.Equal(["datum: 01.03.2023   # Datum der Sitzung"], Changed(Motion, edited));

        edited = Set(Motion, "betreff", "Neue Turnhalle: jetzt");
        Assert.Equal(["betreff: 'Neue Turnhalle: jetzt'"], Changed(Motion, edited));
        Assert.Equal("Neue Turnhalle: jetzt", Read(edited).Subject);

        edited = Set(Motion, "beratungsfolge[1].gremium", "Rat # nicht Kommentar");
        Assert.Equal(["  - gremium: \"Rat # nicht Kommentar\""], Changed(Motion, edited));
        Assert.Equal("Rat # nicht Kommentar", Read(edited).Consultations[1].Committee);
    }

    [Fact]
    public void A_block_text_stays_a_block_and_a_folded_one_becomes_literal()
    {
        var edited = Set(Motion, "beschlussentwurf", "Erster Satz.\n\nZweiter Satz: mit Doppelpunkt.");
        Assert.Contains("beschlussentwurf: |\n  Erster Satz.\n\n  Zweiter Satz: mit Doppelpunkt.\n# Kommentar vor der Begründung\n", edited);
        Assert.Equal("Erster Satz.\n\nZweiter Satz: mit Doppelpunkt.", Read(edited).DraftResolution);

        edited = Set(Motion, "begruendung", "Eine Zeile\nzwei Zeilen");
        Assert.Contains("begruendung: |-\n  Eine Zeile\n  zwei Zeilen\nunterzeichner:", edited);
        Assert.Equal("Eine Zeile\nzwei Zeilen", Read(edited).Reasoning);
    }

    [Fact]
    public void A_one_line_value_that_gets_a_second_line_becomes_a_block_with_its_comment_on_the_key()
    {
        var text = "datum: 01.01.2024\nbetreff: Kurz  # Betreff\nbeschlussentwurf: x\n";
        var edited = Set(text, "betreff", "Erste Zeile\nzweite Zeile");
        Assert.Equal("datum: 01.01.2024\nbetreff: | # Betreff\n  Erste Zeile\n  zweite Zeile\nbeschlussentwurf: x\n", edited);
        Assert.Equal("Erste Zeile\nzweite Zeile", Read(edited).Subject);
    }

    [Fact]
    public void A_missing_key_is_inserted_after_the_keys_declared_before_it()
    {
        var edited = Set(Motion, "ort", "Krefeld");
        Assert.Contains("datum: 28.02.2023   # Datum der Sitzung\nort: Krefeld\noeffentlich: ja\n", edited);
        edited = Set(Motion, "vorlagennummer", "0377/24");
        Assert.Contains("art: antrag\nvorlagennummer: 0377/24\ndatum:", edited);
        edited = Set(Motion, "beratungsfolge[0].gremium", "Rat");
        Assert.Equal(Motion, edited);
        edited = Set(Motion, "unterzeichner[0].fraktion", "Fraktion Gemeinsinn");
        Assert.Contains("  - name: Erika Muster\n    funktion: Fraktionsvorsitzende\n    fraktion: Fraktion Gemeinsinn\n", edited);
    }

    [Fact]
    public void A_nested_key_creates_its_mapping()
    {
        var text = "art: aenderungsantrag\ndatum: 01.01.2024\nbetreff: x\n";
        var edited = Set(text, "vorlage.nummer", "0377/24");
        Assert.Equal("art: aenderungsantrag\ndatum: 01.01.2024\nbetreff: x\nvorlage:\n  nummer: 0377/24\n", edited);
        edited = Set(edited, "vorlage.betreff", "Haushalt");
        Assert.EndsWith("vorlage:\n  nummer: 0377/24\n  betreff: Haushalt\n", edited);
    }

    [Fact]
    public void Clearing_an_optional_key_removes_its_line_and_a_required_one_stays_empty()
    {
        var edited = Set(Motion, "oeffentlich", string.Empty);
        Assert.DoesNotContain("oeffentlich", edited);
        Assert.Equal(Motion.Split('\n').Length - 1, edited.Split('\n').Length);
        edited = Set("datum: 01.01.2024\nbetreff: x  # Betreff\n", "betreff", string.Empty);
        Assert.Equal("datum: 01.01.2024\nbetreff:  # Betreff\n", edited);
        Assert.Equal("datum: 01.01.2024\nbetreff: Neu  # Betreff\n", Set(edited, "betreff", "Neu"));
    }

    [Fact]
    public void An_emptied_block_text_keeps_its_block_for_what_is_typed_next()
    {
        var emptied = Set(Motion, "beschlussentwurf", string.Empty);
        Assert.Contains("beschlussentwurf: |\n# Kommentar vor der Begründung\n", emptied);
        var typed = Set(emptied, "beschlussentwurf", "D");
        Assert.Contains("beschlussentwurf: |\n  D\n# Kommentar vor der Begründung\n", typed);
    }

    [Fact]
    public void Ja_and_nein_are_kept_as_the_user_spelled_them()
    {
        var edited = Set(Motion, "oeffentlich", "false");
        Assert.Equal(["oeffentlich: nein"], Changed(Motion, edited));
        Assert.False(Read(edited).IsPublic);
    }

    [Fact]
    public void Entries_are_added_removed_and_moved_with_their_lines()
    {
        var added = MotionSourceEditor.Apply(Motion, "a.yaml", [new SourceEdit(SourceEditKind.Add, "beratungsfolge")
        {
            Entry = [new("gremium", "Bauausschuss"), new("sitzungstermin", "02.03.2023"), new("beschlussform", "vorberatend")],
        }]);
        Assert.Contains("    beschlussform: vorberatend\n  - gremium: Bauausschuss\n    sitzungstermin: 02.03.2023\n    beschlussform: vorberatend\nbetreff:", added);
        Assert.Equal(["Rat", "Hauptausschuss", "Bauausschuss"], Read(added).Consultations.Select(c => c.Committee));

        var moved = MotionSourceEditor.Apply(added, "a.yaml", [new SourceEdit(SourceEditKind.Move, "beratungsfolge[0]") { Delta = 1 }]);
        Assert.Equal(["Hauptausschuss", "Rat", "Bauausschuss"], Read(moved).Consultations.Select(c => c.Committee));
        Assert.Contains("  - gremium: Rat   # zuerst\n", moved);

        var removed = MotionSourceEditor.Apply(moved, "a.yaml", [new SourceEdit(SourceEditKind.Remove, "beratungsfolge[1]")]);
        Assert.Equal(["Hauptausschuss", "Bauausschuss"], Read(removed).Consultations.Select(c => c.Committee));
        Assert.DoesNotContain("zuerst", removed);
        Assert.StartsWith("# Kopfkommentar\nart: antrag\ndatum: 28.02.2023   # Datum der Sitzung\n", removed);
    }

    [Fact]
    public void A_list_of_lines_gets_items_in_block_and_in_flow_style()
    {
        var text = "art: anfrage\ndatum: 01.01.2024\nbetreff: x\nfragen:\n  - Erste?\nanlagen: [Plan, Foto]\n";
        var edited = MotionSourceEditor.Apply(text, "a.yaml",
        [
            new SourceEdit(SourceEditKind.Add, "fragen") { Text = "Zweite, mit Komma?" },
            new SourceEdit(SourceEditKind.Add, "anlagen") { Text = "Karte, groß" },
            new SourceEdit(SourceEditKind.Remove, "anlagen[0]"),
        ]);
        Assert.Equal("art: anfrage\ndatum: 01.01.2024\nbetreff: x\nfragen:\n  - Erste?\n  - Zweite, mit Komma?\nanlagen: [Foto, \"Karte, groß\"]\n", edited);
        var motion = Read(edited);
        Assert.Equal(["Erste?", "Zweite, mit Komma?"], motion.Questions);
        Assert.Equal(["Foto", "Karte, groß"], motion.Attachments);
    }

    [Fact]
    public void A_list_is_created_where_it_was_missing_or_empty()
    {
        var text = "datum: 01.01.2024\nbetreff: x\nbeschlussentwurf: y\nunterzeichner:  # wer unterschreibt\n";
        var edited = MotionSourceEditor.Apply(text, "a.yaml",
        [
            new SourceEdit(SourceEditKind.Add, "unterzeichner") { Entry = [new("name", "Erika Muster"), new("funktion", "Vorsitzende")] },
            new SourceEdit(SourceEditKind.Add, "beratungsfolge") { Entry = [new("gremium", "Rat"), new("sitzungstermin", "01.02.2024"), new("beschlussform", "beschließend")] },
        ]);
        Assert.Equal(
            "datum: 01.01.2024\nberatungsfolge:\n  - gremium: Rat\n    sitzungstermin: 01.02.2024\n    beschlussform: beschließend\nbetreff: x\nbeschlussentwurf: y\n"
            + "unterzeichner:  # wer unterschreibt\n  - name: Erika Muster\n    funktion: Vorsitzende\n",
            edited);
        Assert.Single(Read(edited).Signers);
    }

    [Fact]
    public void Removing_the_first_key_of_an_entry_keeps_the_entry()
    {
        var text = "datum: 01.01.2024\nbetreff: x\nbeschlussentwurf: y\nunterzeichner:\n  - funktion: Vorsitzende\n    name: Erika Muster\n";
        var edited = MotionSourceEditor.Apply(text, "a.yaml", [new SourceEdit(SourceEditKind.Set, "unterzeichner[0].funktion") { Text = string.Empty }]);
        Assert.Equal("datum: 01.01.2024\nbetreff: x\nbeschlussentwurf: y\nunterzeichner:\n  - name: Erika Muster\n", edited);
    }

    [Fact]
    public void Line_ends_and_a_byte_order_mark_are_kept()
    {
        var text = "\uFEFFdatum: 01.01.2024\r\nbetreff: x\r\nbeschlussentwurf: y\r\n";
        var edited = Set(text, "betreff", "Zwei\nZeilen");
        Assert.Equal("\uFEFFdatum: 01.01.2024\r\nbetreff: |\r\n  Zwei\r\n  Zeilen\r\nbeschlussentwurf: y\r\n", edited);
    }

    [Fact]
    public void A_broken_source_is_not_edited()
    {
        var e = Assert.Throws<SourceEditException>(() => Set("datum: [01.01.2024\nbetreff: x\n", "betreff", "y"));
        Assert.Contains("Quelltext", e.Message);
        Assert.Null(MotionSourceEditor.Outline("datum: [01.01.2024\n", "a.yaml"));
    }

    [Theory]
    [InlineData("betreff")]
    [InlineData("begruendung")]
    [InlineData("ort")]
    [InlineData("beratungsfolge[0].gremium")]
    [InlineData("unterzeichner[0].funktion")]
    public void Any_text_reads_back_as_written(string path)
    {
        string[] values =
        [
            "plain", "Doppelpunkt: danach", "# kein Kommentar", "- kein Listeneintrag", "'einfach'", "\"doppelt\"", "ja", "true", "null", "~",
            "1.10", "12345", "2024-01-01", "a # b", "ende:", "  führende Leerzeichen", "Tab\tmitten", "[klammer]", "{geschweift}", "&anker", "*alias",
            "!tag", "|pipe", ">größer", "%prozent", "@at", "`backtick`", "Zeile 1\nZeile 2", "\nerste Zeile leer", "  eingerückt\nund weiter",
            "Absatz\n\nAbsatz", "Ende mit Leerzeichen ", "Emoji 😀 und ß", "Backslash \\ und \\n", "Steuerzeichen \u0001", "a\n- b\n# c",
        ];
        var key = Antrag.Read.Keys.MotionKeys.Declaration.Key(path.Split('[', '.')[0])!;
        foreach (var value in values)
        {
            var edited = Set(Motion, path, value);
            // Control characters are left out of every value by the reader (with a warning), so they do not read back.
            var clean = value.Replace("\u0001", string.Empty, StringComparison.Ordinal);
            var expected = key.Type == Antrag.Read.Keys.KeyType.Text ? clean.TrimEnd('\n') : clean.Replace('\n', ' ').Trim();
            var motion = Read(edited);
            var read = path switch
            {
                "betreff" => motion.Subject,
                "begruendung" => motion.Reasoning,
                "ort" => motion.Place,
                "beratungsfolge[0].gremium" => motion.Consultations[0].Committee,
                _ => motion.Signers[0].Role,
            };
            Assert.True(expected == read, $"{path} = '{value}' read back as '{read}' from:\n{edited}");
            Assert.All(Motion.Split('\n').Where(l => l.StartsWith('#')), l => Assert.Contains(l, edited));
            Assert.Contains("# zuerst", edited);
        }
    }

    [Fact]
    public void Markdown_motions_edit_their_front_matter_and_their_sections()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Samples, "musterstadt", "pruefantrag-solardaecher.md"));
        var edited = Set(text, "betreff", "Neuer Betreff", "p.md");
        Assert.Equal(["betreff: Neuer Betreff"], Changed(text, edited));

        edited = Set(text, "beschlussentwurf", "Die Verwaltung prüft alles.", "p.md");
        Assert.Contains("## Beschlussentwurf\n\nDie Verwaltung prüft alles.\n\n## Begründung\n", edited);
        Assert.Equal("Die Verwaltung prüft alles.", Read(edited, "p.md").DraftResolution);

        edited = Set(text, "begruendung", string.Empty, "p.md");
        Assert.DoesNotContain("## Begründung", edited);
        Assert.Null(Read(edited, "p.md").Reasoning);

        var anfrage = "---\nart: anfrage\ndatum: 01.01.2024\nbetreff: x\n---\n\n## Begründung\n\nWeil.\n";
        edited = MotionSourceEditor.Apply(anfrage, "a.md",
        [
            new SourceEdit(SourceEditKind.Add, "fragen") { Text = "Erste?" },
            new SourceEdit(SourceEditKind.Add, "fragen") { Text = "Zweite?" },
            new SourceEdit(SourceEditKind.Move, "fragen[1]") { Delta = -1 },
            new SourceEdit(SourceEditKind.Set, "vorbemerkung") { Text = "Vorweg." },
        ]);
        Assert.Equal("---\nart: anfrage\ndatum: 01.01.2024\nbetreff: x\n---\n\n## Vorbemerkung\n\nVorweg.\n\n## Fragen\n\n1. Zweite?\n2. Erste?\n\n## Begründung\n\nWeil.\n", edited);
    }

    [Fact]
    public void The_outline_puts_every_key_on_the_line_where_the_reader_found_it()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Samples, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Where(f => !Checker.IsProfile(f) && !f.Contains(Path.DirectorySeparatorChar + "ci" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);

            // The corpus declares kinds of its own (arten:): read with the declaration of the motion's folder, as check does.
            var declaration = Antrag.Scaffold.MotionScaffold.DeclarationFor(Path.GetDirectoryName(file)!);
            var bag = new DiagnosticBag();
            var motion = file.EndsWith(".md", StringComparison.Ordinal) ? Read(text, file) : MotionReader.Parse(text, file, bag, declaration);
            Assert.True(motion is not null, string.Join("\n", bag.Items));
            var outline = MotionSourceEditor.Outline(text, file)!;
            foreach (var (path, span) in motion.Positions)
            {
                var field = outline.Fields.SingleOrDefault(f => f.Path == path);
                Assert.True(field is not null, $"{file}: no field {path}");
                Assert.True(field.Line == span.Line, $"{file}: {path} at line {field.Line}, the reader says {span.Line}");
                Assert.Equal(path, outline.FieldAt(span.Line) is { } at && (at == path || at.StartsWith(path, StringComparison.Ordinal)) ? path : outline.FieldAt(span.Line));
            }
        }
    }
}
