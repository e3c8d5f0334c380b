namespace Antrag.Read.Keys;

/// <summary>The declaration of a motion file: every key, in the order <c>antrag new</c> writes them, and the seven built-in kinds.</summary>
public static class MotionKeys
{
    private const string Anfrage = "anfrage";
    private const string Aenderung = "aenderungsantrag";
    private const string Ergaenzung = "ergaenzungsantrag";
    private const string Dringlich = "dringlichkeitsantrag";
    private const string TextHint = "write the text after '{0}:', or write '{0}: |' and the text on the lines below, indented by two spaces";

    /// <summary>The placeholder <c>antrag new</c> writes for today's date.</summary>
    public const string Today = "{heute}";

    /// <summary>The placeholder <c>antrag new</c> writes for the date two weeks from today.</summary>
    public const string InTwoWeeks = "{heute+14}";

    /// <summary>A scaffold line that leaves the key out for a kind.</summary>
    public static ScaffoldLine Omitted { get; } = new("\0omitted");

    /// <summary>The built-in kinds of document.</summary>
    public static IReadOnlyList<KindDeclaration> Kinds { get; } =
    [
        new("antrag", "Antrag"),
        new(Aenderung, "Änderungsantrag")
        {
            Texts = new Dictionary<string, string>(StringComparer.Ordinal) { ["aenderung_einleitung"] = "{gegenstand} der Vorlage {vorlage} wird wie folgt geändert:" },
            Scaffold = new Dictionary<string, ScaffoldLine>(StringComparer.Ordinal)
            {
                ["beschlussentwurf"] = Omitted,
                ["begruendung"] = new("Hier steht die Begründung: warum die Vorlage geändert werden soll.\n\nEine Leerzeile beginnt einen neuen Absatz."),
            },
        },
        new(Ergaenzung, "Ergänzungsantrag")
        {
            Texts = new Dictionary<string, string>(StringComparer.Ordinal) { ["aenderung_einleitung"] = "{gegenstand} der Vorlage {vorlage} wird wie folgt ergänzt:" },
            Scaffold = new Dictionary<string, ScaffoldLine>(StringComparer.Ordinal)
            {
                ["vorlage"] = new(string.Empty, "die Vorlage, die ergänzt werden soll"),
                ["aenderungen"] = new(string.Empty, "eine Ergänzung je Eintrag"),
                ["aenderungen.stelle"] = new("Ziffer 4 (neu)", "wo die Ergänzung eingefügt wird"),
                ["aenderungen.text"] = new("Hier steht der Text, der ergänzt werden soll."),
                ["beschlussentwurf"] = Omitted,
                ["begruendung"] = new("Hier steht die Begründung: warum die Vorlage ergänzt werden soll.\n\nEine Leerzeile beginnt einen neuen Absatz."),
            },
        },
        new(Anfrage, "Anfrage")
        {
            JointWord = "Gemeinsame",
            Scaffold = new Dictionary<string, ScaffoldLine>(StringComparer.Ordinal)
            {
                ["beratungsfolge.beschlussform"] = new("Kenntnisnahme", "z. B. vorberatend, beschließend, Kenntnisnahme"),
                ["betreff"] = new("Hier steht der Betreff der Anfrage in einer Zeile", "eine Zeile; längere Betreffe mit „betreff: |“ und eingerückten Zeilen darunter"),
                ["begruendung"] = Omitted,
            },
        },
        new(Dringlich, "Dringlichkeitsantrag"),
        new("pruefantrag", "Prüfantrag")
        {
            Texts = new Dictionary<string, string>(StringComparer.Ordinal) { ["beschluss_einleitung"] = "{rat} beauftragt die Verwaltung zu prüfen:" },
            Scaffold = new Dictionary<string, ScaffoldLine>(StringComparer.Ordinal)
            {
                ["beschlussentwurf"] = new(
                    "Hier steht, was die Verwaltung prüfen soll; jeder Prüfauftrag als eigener Punkt:\n\n"
                    + "1. Hier steht der erste Prüfauftrag,\n"
                    + "2. hier der zweite."),
            },
        },
        new("resolution", "Resolution")
        {
            DocumentWord = "Resolutionsantrag",
            Texts = new Dictionary<string, string>(StringComparer.Ordinal) { ["beschluss_einleitung"] = "{rat} verabschiedet folgende Resolution:" },
            Scaffold = new Dictionary<string, ScaffoldLine>(StringComparer.Ordinal)
            {
                ["betreff"] = new("Hier steht der Betreff der Resolution in einer Zeile", "eine Zeile; längere Betreffe mit „betreff: |“ und eingerückten Zeilen darunter"),
                ["beschlussentwurf"] = new("Hier steht der Text der Resolution: was der Rat erklärt oder fordert.\n\nEine Leerzeile beginnt einen neuen Absatz."),
            },
        },
    ];

    /// <summary>The declaration of motions as antrag reads them.</summary>
    public static DocumentDeclaration Declaration { get; } = new("antrag", "Antrag, Anfrage oder Resolution einer Fraktion", Declare())
    {
        Kinds = WithSpellings(Kinds),
    };

    private static List<KindDeclaration> WithSpellings(IEnumerable<KindDeclaration> kinds) =>
        kinds.Select(k => k with { Spellings = Spellings(k) }).ToList();

    /// <summary>The title ("Änderungsantrag") and its lower-case form, where they differ from the name.</summary>
    private static List<string> Spellings(KindDeclaration kind) =>
        new[] { kind.Title, kind.Title.ToLowerInvariant() }.Where(s => s != kind.Name).Distinct(StringComparer.Ordinal).ToList();

    private static List<KeyDeclaration> Declare() =>
    [
        new("art", KeyType.Kind, "Art des Dokuments")
        {
            Example = "antrag",
            Default = "antrag",
            Scaffold = new("{art}"),
        },
        new("vorlagennummer", KeyType.Line, "Vorlagennummer, wie sie das Ratsbüro vergibt")
        {
            Example = "4493/23 A",
            Scaffold = new(string.Empty, "vergibt das Ratsbüro; eintragen, sobald sie feststeht", Commented: true),
        },
        new("datum", KeyType.Date, "Datum des Antrags; darf nur in einem Entwurf fehlen")
        {
            Example = "28.02.2023",
            RequiredUnlessDraft = true,
            MissingHint = "add 'datum:' with the date of the motion, e.g. 'datum: 28.02.2023'",
            Scaffold = new(Today, "Datum des Antrags (TT.MM.JJJJ)"),
        },
        new("entwurf", KeyType.Bool, "true: ENTWURF auf jeder Seite; Datum und Vorlagennummer dürfen fehlen") { Example = "true", Default = false },
        new("ort", KeyType.Line, "Ort vor dem Datum (Vorgabe: die Stadt aus fraktion.yaml)") { Example = "Krefeld" },
        PartKeys.Sender,
        PartKeys.PlaceAndDate,
        new("oeffentlich", KeyType.Bool, "false: -nichtöffentlich-") { Example = "true", Default = true, Scaffold = new("true", "false: nichtöffentlich") },
        new("beratungsfolge", KeyType.Entries, "Beratungsfolge: Gremium, Sitzungstermin, Beschlussform, in der Reihenfolge der Beratung")
        {
            ShapeHint = "start each entry with '- ' on its own line, e.g. '- gremium: Rat', with 'sitzungstermin:' and 'beschlussform:' below it, indented like 'gremium'",
            Scaffold = new(string.Empty, "ein Eintrag je Gremium, in der Reihenfolge der Beratung"),
            Children =
            [
                new("gremium", KeyType.Line, "Gremium, z. B. Rat")
                {
                    Example = "Rat", Required = true, MissingHint = "add 'gremium:' with the committee, e.g. 'gremium: Rat'", Scaffold = new("{gremium}"),
                },
                new("sitzungstermin", KeyType.Date, "Datum der Sitzung")
                {
                    Example = "28.02.2023", Required = true,
                    MissingHint = "add 'sitzungstermin:' with the date of the meeting, e.g. 'sitzungstermin: 28.02.2023'",
                    Scaffold = new(Today, "Hier steht das Datum der Sitzung"),
                },
                new("beschlussform", KeyType.Line, "z. B. beschließend, vorberatend, Kenntnisnahme")
                {
                    Example = "beschließend", Required = true, MissingHint = "add 'beschlussform:', e.g. 'beschlussform: beschließend'",
                    Scaffold = new("beschließend", "z. B. vorberatend, beschließend, Kenntnisnahme"),
                },
            ],
        },
        new("betreff", KeyType.Text, "Betreff (fett gedruckt); ein Zeilenumbruch bleibt ein Zeilenumbruch")
        {
            Example = "Sanierung der Turnhalle an der Schulstraße",
            Required = true,
            MissingHint = "add 'betreff:' with the subject of the motion",
            Scaffold = new("Hier steht der Betreff des Antrags in einer Zeile", "eine Zeile; längere Betreffe mit „betreff: |“ und eingerückten Zeilen darunter"),
        },
        new("vorlage", KeyType.Mapping, "die Vorlage, die ein Änderungs- oder Ergänzungsantrag ändert")
        {
            OnlyFor = [Aenderung, Ergaenzung],
            RequiredFor = [Aenderung, Ergaenzung],
            MissingHint = "add 'vorlage:' with 'nummer:' (and 'betreff:') of the Vorlage this amends",
            ShapeHint = "write 'nummer:' (and 'betreff:') below 'vorlage:', indented by two spaces",
            Scaffold = new(string.Empty, "die Vorlage, die geändert werden soll"),
            Children =
            [
                new("nummer", KeyType.Line, "Vorlagennummer")
                {
                    Example = "0377/24", Required = true, MissingHint = "add 'nummer:' with the number of the Vorlage, e.g. 'nummer: 0377/24'",
                    Scaffold = new("Hier steht die Nummer der Vorlage", "z. B. 0377/24"),
                },
                new("betreff", KeyType.Text, "Betreff der Vorlage") { Example = "Haushaltssatzung 2025", Scaffold = new("Hier steht der Betreff der Vorlage") },
            ],
        },
        new("aendert", KeyType.Line, "was geändert wird, mit Artikel: die Anlage 2, die Satzung, der Haushaltsplan")
        {
            OnlyFor = [Aenderung, Ergaenzung],
            Example = "die Anlage 2",
            Default = "der Beschlussentwurf",
        },
        new("aenderungen", KeyType.Entries, "Änderungen: Stelle und neuer Wortlaut")
        {
            OnlyFor = [Aenderung, Ergaenzung],
            RequiredFor = [Aenderung, Ergaenzung],
            Alternative = "beschlussentwurf",
            MissingHint = "add 'aenderungen:' with the changes ('- stelle: Ziffer 2' and 'text: …'), or a 'beschlussentwurf:'",
            ShapeHint = "start each change with '- stelle: …' and write 'text: …' below it, indented like 'stelle'",
            Scaffold = new(string.Empty, "eine Änderung je Eintrag"),
            Children =
            [
                new("stelle", KeyType.Line, "z. B. Ziffer 2; ohne stelle ist text der ganze Satz („In Zeile 3 wird …“)")
                {
                    Example = "Ziffer 2", Scaffold = new("Ziffer 1", "welche Stelle des Beschlussentwurfs"),
                },
                new("text", KeyType.Text, "neuer Wortlaut")
                {
                    Example = "Die Mittel werden auf 1,8 Mio. Euro erhöht.", Required = true, MissingHint = "add 'text:' with the new wording",
                    Scaffold = new("Hier steht, wie die Stelle künftig lauten soll."),
                },
            ],
        },
        new("vorbemerkung", KeyType.Text, "Vorbemerkung einer Anfrage")
        {
            OnlyFor = [Anfrage],
            Example = "Nach Berichten aus mehreren Stadtteilen …",
            Scaffold = new("Hier steht der Anlass der Anfrage: was die Fraktion beobachtet hat und was schon bekannt ist.", Block: true),
        },
        new("fragen", KeyType.Lines, "Fragen einer Anfrage, nummeriert gedruckt")
        {
            OnlyFor = [Anfrage],
            RequiredFor = [Anfrage],
            MissingHint = "add 'fragen:' with the questions, each as '- …' on its own line",
            ShapeHint = "write each question as '- …' on its own line",
            Example = "Wie viele Kinder warten derzeit auf einen Betreuungsplatz?",
            Scaffold = new("Hier steht die erste Frage?\nHier steht die zweite Frage?", "jede Frage als eigener Eintrag; sie werden nummeriert"),
        },
        new("antwort", KeyType.Choice, "erbetene Antwort einer Anfrage")
        {
            OnlyFor = [Anfrage],
            Choices = ["schriftlich", "muendlich"],
            Spellings = new Dictionary<string, string>(StringComparer.Ordinal) { ["mündlich"] = "muendlich" },
            Example = "schriftlich",
            Scaffold = new("schriftlich", "schriftlich oder muendlich"),
        },
        new("frist", KeyType.Date, "bis wann die Antwort einer Anfrage erbeten wird")
        {
            OnlyFor = [Anfrage],
            Example = "25.11.2024",
            Scaffold = new(InTwoWeeks, "bei Bedarf: bis wann die Antwort erbeten wird", Commented: true),
        },
        new("dringlichkeit", KeyType.Text, "Begründung der Dringlichkeit eines Dringlichkeitsantrags (leer lassen, wenn sie mündlich vorgetragen wird)")
        {
            OnlyFor = [Dringlich],
            Example = "Die nächste ordentliche Ratssitzung findet erst im Februar statt …",
            Scaffold = new("Hier steht, warum der Antrag nicht bis zur nächsten ordentlichen Sitzung warten kann.", Block: true),
        },
        new("beschlussentwurf", KeyType.Text, "Beschlussentwurf (leichtes Markdown): was der Rat beschließen soll")
        {
            OnlyFor = ["antrag", Aenderung, Ergaenzung, Dringlich, "pruefantrag", "resolution"],
            RequiredFor = ["antrag", Dringlich, "pruefantrag", "resolution"],
            MissingHint = "add 'beschlussentwurf:' with the text the council is asked to resolve",
            Example = "Die Verwaltung wird beauftragt, …",
            Scaffold = new(
                "Hier steht der Beschlusstext: was der Rat beschließen soll, so wie es im Protokoll stehen kann.\n\n"
                + "Mehrere Punkte werden nummeriert:\n\n"
                + "1. Hier steht der erste Punkt,\n"
                + "2. hier der zweite."),
        },
        new("begruendung", KeyType.Text, "Begründung (leichtes Markdown)")
        {
            Example = "Die Fraktion strebt mit diesem Vorschlag …",
            Scaffold = new("Hier steht die Begründung: warum die Fraktion den Antrag stellt.\n\nEine Leerzeile beginnt einen neuen Absatz."),
        },
        new("begruendung_muendlich", KeyType.Bool, "true: die Begründung erfolgt mündlich (statt einer schriftlichen Begründung)")
        {
            Example = "true",
            Default = false,
        },
        new("mitantragsteller", KeyType.Lines, "Pfade zu fraktion.yaml (oder deren Ordnern) mitantragstellender Fraktionen")
        {
            ShapeHint = "write the path of each co-sponsoring faction's fraktion.yaml (or its folder) as '- …' on its own line",
            Example = "../musterstadt-partner",
        },
        LetterKeys.Declaration,
        new("anlagen", KeyType.Lines, "Anlagen, am Ende aufgeführt")
        {
            ShapeHint = "write each attachment as '- …' on its own line",
            Example = "Fotos der Schäden am Dach (4 Seiten)",
        },
        new("bezuege", KeyType.Lines, "Bezüge auf andere Vorlagen, unter dem Betreff gedruckt")
        {
            ShapeHint = "write each reference as '- …' on its own line, e.g. '- Vorlage 0211/23'",
            Example = "Vorlage 0211/23",
        },
        new("unterzeichner", KeyType.Entries, "Unterzeichner (gez.)")
        {
            ShapeHint = "start each signer with '- name: …' on its own line, and write 'funktion: …' below it, indented like 'name'",
            Scaffold = new(string.Empty, "stehen unter „gez.“; weitere mit „- name: …“ anfügen"),
            Children =
            [
                new("name", KeyType.Line, "Name")
                {
                    Example = "Philibert Reuters", Required = true, MissingHint = "add 'name:' with the signer's name", Scaffold = new("{vorstand.name}"),
                },
                new("funktion", KeyType.Line, "Funktion, z. B. Fraktionsvorsitzende") { Example = "Fraktionsvorsitzender", Scaffold = new("{vorstand.funktion}") },
                new("fraktion", KeyType.Line, "Fraktion (bei gemeinsamen Anträgen), wie in deren fraktion.yaml") { Example = "Fraktion Gemeinsinn" },
                new("unterschrift", KeyType.File, "Bild der Unterschrift (SVG oder PNG), relativ zum Antrag; dann kein „gez.“")
                {
                    Example = "unterschrift.svg",
                    Extensions = [".png", ".svg"],
                    ExtensionHint = "scan the signature and save it as PNG, or draw it as SVG",
                },
            ],
        },
        PartKeys.Signing,
        new("rechtsgrundlage", KeyType.Line, "Rechtsgrundlage unter dem Titel, z. B. Antrag gemäß § 4 der Geschäftsordnung für den Rat") { Example = "Antrag gemäß § 4 der Geschäftsordnung für den Rat" },
        TextKeys.Declaration,
        new("profil", KeyType.Line, "Pfad zu einer anderen fraktion.yaml (Vorgabe: die nächste fraktion.yaml in diesem Ordner oder darüber)") { Example = "../fraktion.yaml" },
        LineNumberKeys.Declaration,
        new("sprache", KeyType.Language, "Sprache dieses Dokuments als Sprachcode (BCP 47), wenn sie von der in fraktion.yaml abweicht") { Example = "en-GB" },
    ];

    /// <summary>The hint for an empty or missing text.</summary>
    internal static string EmptyTextHint(string key) => string.Format(System.Globalization.CultureInfo.InvariantCulture, TextHint, key);
}
