namespace Antrag.Read.Keys;

/// <summary>The declaration of a faction profile (<c>fraktion.yaml</c>): every key it takes.</summary>
public static class ProfileKeys
{
    private static readonly string[] FontStyles = ["normal", "fett", "kursiv", "fettkursiv"];

    /// <summary>The declaration of profiles as antrag reads them.</summary>
    public static DocumentDeclaration Declaration { get; } = new("fraktion", "Profil einer Fraktion (fraktion.yaml)", Declare());

    private static List<KeyDeclaration> Declare() =>
    [
        new("name", KeyType.Line, "Name der Fraktion, z. B. CDU-Fraktion")
        {
            Example = "CDU-Fraktion", Required = true, MissingHint = "add 'name:' with the faction's name, e.g. 'name: CDU-Fraktion'",
            Scaffold = new("Hier steht der Name der Fraktion", "z. B. CDU-Fraktion, Fraktion Bündnis 90/Die Grünen"),
        },
        new("rat", KeyType.Line, "der Rat, im Titel und in „Der … beschließt:“, z. B. Rat der Stadt Krefeld")
        {
            Example = "Rat der Stadt Krefeld", Required = true, MissingHint = "add 'rat:' with the council, e.g. 'rat: Rat der Stadt Krefeld'",
            Scaffold = new("Rat der Stadt Musterstadt", "ohne Artikel: Kreistag des Landkreises …, Bezirksverordnetenversammlung …"),
        },
        new("rat_genus", KeyType.Choice, "Genus des ersten Worts von rat, wenn antrag es nicht kennt: m (der), f (die), n (das)")
        {
            Example = "f", Choices = ["m", "f", "n"], ChoiceHint = "m: der Rat, f: die Stadtverordnetenversammlung, n: das Gremium",
        },
        new("rat_genitiv", KeyType.Line, "Genitiv des ersten Worts von rat, wenn antrag ihn nicht kennt (des Rates, der Versammlung)") { Example = "Rates" },
        new("stadt", KeyType.Line, "Stadt, vor dem Datum (wenn der Antrag keinen ort nennt)")
        {
            Example = "Krefeld", Required = true, MissingHint = "add 'stadt:' with the city, e.g. 'stadt: Krefeld'",
            Scaffold = new("Musterstadt", "steht vor dem Datum"),
        },
        new("anschrift", KeyType.Lines, "Anschrift, eine Zeile je Eintrag")
        {
            Example = "Von-der-Leyen-Platz 1 – Rathaus",
            Scaffold = new("Rathausplatz 1\n12345 Musterstadt", "eine Zeile je Eintrag"),
            ShapeHint = "write each line of the address as '- …' on its own line, or as [line 1, line 2]",
        },
        new("telefon", KeyType.Line, "Telefon") { Example = "02151-862015", Scaffold = new("01234 5678-0") },
        new("telefax", KeyType.Line, "Telefax") { Example = "02151-862019" },
        new("vorstand", KeyType.Entries, "Vorstand (im Kontaktblock); der erste unterschreibt neue Anträge")
        {
            ShapeHint = "start each board member with '- funktion: …' on its own line, and write 'name: …' below it, indented like 'funktion'",
            Scaffold = new(string.Empty, "im Kontaktblock; der erste unterschreibt neue Anträge"),
            Children =
            [
                new("funktion", KeyType.Line, "z. B. Vorsitzender")
                {
                    Example = "Vorsitzender", Required = true, MissingHint = "add 'funktion:', e.g. 'funktion: Vorsitzender'", Scaffold = new("Fraktionsvorsitzende"),
                },
                new("name", KeyType.Line, "Name") { Example = "Philibert Reuters", Required = true, MissingHint = "add 'name:' with the board member's name", Scaffold = new("Hier steht der Name") },
            ],
        },
        new("mitglieder", KeyType.Lines, "weitere Mitglieder, die Anträge unterzeichnen")
        {
            Example = "Max Mustermann",
            ShapeHint = "write each member's name as '- …' on its own line, or as [Name 1, Name 2]",
        },
        new("email", KeyType.Line, "E-Mail") { Example = "cdu-fraktion@krefeld.de", Scaffold = new("fraktion@example.org") },
        new("web", KeyType.Line, "Website") { Example = "www.cdu-krefeld.de/fraktion" },
        new("logo", KeyType.File, "Logo (SVG oder PNG), relativ zu fraktion.yaml")
        {
            Example = "logo.svg", Extensions = [".svg", ".png"], ExtensionHint = "convert the logo to SVG or PNG",
            Scaffold = new("logo.svg", "SVG oder PNG neben dieser Datei", Commented: true),
        },
        new("logobeschreibung", KeyType.Line, "was ein Screenreader für das Logo vorliest (Vorgabe: „Logo der“ und der Name)")
        {
            Example = "Logo der CDU-Fraktion Krefeld",
        },
        new("logobreite", KeyType.Number, "Breite des Logos in mm")
        {
            Example = "32", Minimum = 5, Maximum = 120, Unit = ("mm", "millimetres"), Default = 40.0,
        },
        new("schriften", KeyType.Mapping, "eigene Schriftdateien (TrueType/OpenType), relativ zu fraktion.yaml")
        {
            ShapeHint = "write the fonts below 'schriften:', indented, e.g. 'normal: fonts/X-Regular.ttf'",
            Children = FontStyles.Select(style => new KeyDeclaration(style, KeyType.File, "Schrift " + style switch
            {
                "fett" => "fett",
                "kursiv" => "kursiv",
                "fettkursiv" => "fett kursiv",
                _ => "normal",
            })
            {
                Example = "fonts/MeineSchrift-" + style switch { "fett" => "Bold", "kursiv" => "Italic", "fettkursiv" => "BoldItalic", _ => "Regular" } + ".ttf",
            }).Append(new KeyDeclaration("ersatz", KeyType.File, "Ersatzschrift für Zeichen, die die Schrift nicht hat (z. B. Symbole wie ❗ oder ➡), in jedem Schnitt")
            {
                Example = "fonts/NotoSansSymbols2-Regular.ttf",
            }).ToList(),
        },
        new("akzentfarbe", KeyType.Color, "Akzentfarbe von Titel, Überschriften und Linien, in Anführungszeichen")
        {
            Example = "\"#1f3a68\"", Default = "#000000", Scaffold = new("\"#1f3a68\"", "in Anführungszeichen", Commented: true),
        },
        new("kontaktblock", KeyType.Choice, "wo der Kontaktblock steht")
        {
            Example = "seitenleiste",
            Default = "seitenleiste",
            Choices = ["seitenleiste", "fusszeile"],
            Spellings = new Dictionary<string, string>(StringComparer.Ordinal) { ["Seitenleiste"] = "seitenleiste", ["Fußzeile"] = "fusszeile", ["fußzeile"] = "fusszeile", ["Fusszeile"] = "fusszeile" },
            ChoiceHint = "'seitenleiste' puts the contact block at the right edge of page 1, 'fusszeile' across its foot",
        },
        new("typ", KeyType.Choice, "fraktion, oder einzelratsmitglied für ein Ratsmitglied ohne Fraktion (dann mit partei)")
        {
            Example = "fraktion",
            Default = "fraktion",
            Choices = ["fraktion", "einzelratsmitglied"],
            Spellings = new Dictionary<string, string>(StringComparer.Ordinal) { ["Fraktion"] = "fraktion", ["Einzelratsmitglied"] = "einzelratsmitglied", ["ratsmitglied"] = "einzelratsmitglied" },
            ChoiceHint = "a single council member without a faction uses 'typ: einzelratsmitglied' with 'partei:'",
        },
        new("partei", KeyType.Line, "Partei eines Einzelratsmitglieds, in Klammern nach dem Namen")
        {
            Example = "Unabhängige Liste",
            RequiredWhen = ("typ", "einzelratsmitglied"),
            MissingHint = "add 'partei:' with the party of the council member; it is printed in parentheses after the name",
        },
        new("mitglied", KeyType.Line, "wie ein Einzelratsmitglied im Titel heißt, im Genitiv mit Artikel: des Ratsmitglieds, der Bezirksverordneten, des Stadtrats")
        {
            Example = "der Bezirksverordneten",
            Default = "des Ratsmitglieds",
        },
        PartKeys.Sender,
        PartKeys.PlaceAndDate with { Default = "oben", Description = "wo Ort und Datum stehen: oben (im Infoblock) oder unten (vor den Unterzeichnern)" },
        PartKeys.Signing with { Default = "gez", Description = "wie die Unterzeichner zeichnen: gez (getippt, mit „gez.“) oder handschriftlich (Platz für die Unterschrift)" },
        LetterKeys.Declaration,
        new("briefbogen", KeyType.Choice, "Briefbogen: standard, oder DIN 5008 Form A (27 mm Kopf) oder B (45 mm Kopf)")
        {
            Example = "din5008-b",
            Default = "standard",
            Choices = ["standard", "din5008-a", "din5008-b"],
            Spellings = new Dictionary<string, string>(StringComparer.Ordinal) { ["din5008a"] = "din5008-a", ["din5008b"] = "din5008-b", ["DIN5008-A"] = "din5008-a", ["DIN5008-B"] = "din5008-b", ["DIN 5008-A"] = "din5008-a", ["DIN 5008-B"] = "din5008-b", ["a"] = "din5008-a", ["b"] = "din5008-b" },
            ChoiceHint = "din5008-a has a 27 mm letterhead, din5008-b a 45 mm letterhead",
        },
        new("blocksatz", KeyType.Bool, "true: Blocksatz; Vorgabe Flattersatz") { Example = "false", Default = false },
        new("silbentrennung", KeyType.Bool, "deutsche Silbentrennung des Fließtexts") { Example = "true", Default = true },
        new("typografie", KeyType.Bool, "„…“, Gedankenstriche und geschützte Leerzeichen") { Example = "true", Default = true },
        LineNumberKeys.Declaration,
        TextKeys.Declaration,
        new("arten", KeyType.Entries, "weitere Arten von Dokumenten dieses Rats, z. B. Kleine Anfrage, Haushaltsantrag")
        {
            ShapeHint = "start each kind with '- name: …' on its own line, with 'titel:' and 'wie:' below it, indented like 'name'",
            Children =
            [
                new("name", KeyType.Line, "Name der Art, wie er hinter art: steht (Kleinbuchstaben ohne Leerzeichen)")
                {
                    Example = "kleineanfrage", Required = true, MissingHint = "add 'name:' with the kind's name as written after 'art:', e.g. 'name: kleineanfrage'",
                },
                new("titel", KeyType.Line, "Titel der Art, z. B. Kleine Anfrage")
                {
                    Example = "Kleine Anfrage", Required = true, MissingHint = "add 'titel:' with the kind's title, e.g. 'titel: Kleine Anfrage'",
                },
                new("wie", KeyType.Choice, "eingebaute Art, deren Schlüssel, Regeln und Vorlage sie übernimmt")
                {
                    Example = "anfrage", Default = "antrag", Choices = ["antrag", "aenderungsantrag", "ergaenzungsantrag", "anfrage", "dringlichkeitsantrag", "pruefantrag", "resolution"],
                },
                new("wort", KeyType.Line, "Wort im Titel, wenn es vom Titel abweicht (Vorgabe: der Titel)") { Example = "Kleine Anfrage" },
                new("gemeinsam", KeyType.Line, "Gemeinsamer oder Gemeinsame, vor dem Wort in gemeinsamen Anträgen") { Example = "Gemeinsame", Default = "Gemeinsamer" },
                new("vorlage", KeyType.Line, "eigene Vorlage (Name einer .sbn-Datei im Ordner templates)") { Example = "kleineanfrage" },
                TextKeys.Declaration,
            ],
        },
        new("sprache", KeyType.Language, "Sprache der Anträge als Sprachcode (BCP 47), damit Screenreader sie richtig vorlesen")
        {
            Example = "de-DE", Default = "de-DE",
        },
    ];
}
