namespace Antrag.Read.Keys;

/// <summary>
/// The fixed phrases of the letterhead — headings, intro lines, lead-ins, labels, "gez." — each a named text with a default.
/// A profile overrides them for its whole council (<c>texte:</c> in fraktion.yaml), a declared kind for its documents, a
/// motion for itself; templates print <c>texte.NAME</c>. Placeholders: <c>{rat}</c> "Der Rat der Stadt Krefeld",
/// <c>{der_rat}</c> "der Rat …", <c>{im_rat}</c> "im Rat …", <c>{des_rats}</c> "des Rates …", <c>{dem_rat}</c> "dem Rat …".
/// </summary>
public static class TextKeys
{
    /// <summary>Every named text with its default wording.</summary>
    public static IReadOnlyList<(string Name, string Default, string Description)> Texts { get; } =
    [
        ("oeffentlich", "-öffentlich-", "Vermerk eines öffentlichen Antrags"),
        ("nichtoeffentlich", "-nichtöffentlich-", "Vermerk eines nichtöffentlichen Antrags"),
        ("vorlagennummer", "Vorlagennummer", "Bezeichnung der Vorlagennummer im Infoblock"),
        ("zur_vorlage", "zur Vorlage", "Bezeichnung der geänderten Vorlage im Infoblock"),
        ("datum_offen", "(Datum offen)", "statt des Datums eines Entwurfs ohne Datum"),
        ("seitenzahl", "Seite {seite} von {seiten}", "Seitenzahl ab zwei Seiten"),
        ("telefon", "Telefon", "Bezeichnung der Telefonnummer im Kontaktblock"),
        ("telefax", "Telefax", "Bezeichnung der Faxnummer im Kontaktblock"),
        ("wasserzeichen", "ENTWURF", "Wasserzeichen eines Entwurfs"),
        ("beratungsfolge", "Beratungsfolge", "Spaltenkopf der Beratungsfolge"),
        ("sitzungstermin", "Sitzungstermin", "Spaltenkopf des Sitzungstermins"),
        ("beschlussform", "Beschlussform", "Spaltenkopf der Beschlussform"),
        ("betreff", "Betreff", "Überschrift des Betreffs"),
        ("bezug", "Bezug", "vor den Bezügen"),
        ("beschlussentwurf", "Beschlussentwurf", "Überschrift des Beschlusstexts, z. B. Beschlussvorschlag, Antragstext"),
        ("beschluss_einleitung", "{rat} beschließt:", "Satz vor dem Beschlusstext; entfällt, wenn der Text selbst so beginnt"),
        ("aenderung_einleitung", "{gegenstand} der Vorlage {vorlage} wird wie folgt {verb}:", "Satz vor den Änderungen eines Änderungs- oder Ergänzungsantrags"),
        ("begruendung", "Begründung", "Überschrift der Begründung, z. B. Sachverhalt/Begründung"),
        ("dringlichkeit", "Begründung der Dringlichkeit", "Überschrift der Begründung der Dringlichkeit"),
        ("begruendung_muendlich", "Die Begründung erfolgt mündlich.", "statt der Begründung, wenn begruendung_muendlich: true"),
        ("vorbemerkung", "Vorbemerkung", "Überschrift der Vorbemerkung einer Anfrage"),
        ("fragen", "Fragen", "Überschrift der Fragen einer Anfrage"),
        ("antwort_schriftlich", "Wir bitten die Verwaltung um schriftliche Beantwortung", "Bitte um schriftliche Antwort"),
        ("antwort_muendlich", "Wir bitten die Verwaltung um mündliche Beantwortung in der Sitzung", "Bitte um mündliche Antwort"),
        ("frist", "bis zum", "vor der Frist der Antwort"),
        ("gez", "gez.", "über den Unterzeichnern; leer: keine Zeile (eigenhändige Unterschrift)"),
        ("anlagen", "Anlagen", "Überschrift der Anlagen"),
        ("gruss", "Mit freundlichen Grüßen", "Grußformel eines Briefs"),
    ];

    /// <summary>The key <c>texte</c>: one optional line per named text.</summary>
    public static KeyDeclaration Declaration { get; } = new("texte", KeyType.Mapping, "eigene Formulierungen statt der festen Texte (Überschriften, Einleitungssätze, gez.)")
    {
        ShapeHint = "write each text below 'texte:', indented by two spaces, e.g. 'beschlussentwurf: Beschlussvorschlag'",
        Children = Texts.Select(t => new KeyDeclaration(t.Name, KeyType.Line, t.Description) { Example = t.Default, Default = t.Default, EmptyAllowed = true }).ToList(),
    };
}
