namespace Antrag.Read.Keys;

/// <summary>The declaration of <c>brief</c>, the letter framing of a motion or of every motion of a profile.</summary>
public static class LetterKeys
{
    /// <summary>The key <c>brief</c> with its children.</summary>
    public static KeyDeclaration Declaration { get; } = new("brief", KeyType.Mapping, "Briefform: Empfänger, Anrede, Einleitung, Gruß (im Antrag ersetzt sie die aus fraktion.yaml)")
    {
        ShapeHint = "write 'empfaenger:', 'anrede:', 'einleitung:' and 'gruss:' below 'brief:', indented by two spaces",
        Children =
        [
            new("empfaenger", KeyType.Lines, "Anschrift des Empfängers, eine Zeile je Eintrag")
            {
                Example = "Herrn Oberbürgermeister",
                ShapeHint = "write each line of the address as '- …' on its own line",
            },
            new("anrede", KeyType.Text, "Anrede, eine oder mehrere Zeilen, z. B. Sehr geehrter Herr Oberbürgermeister,") { Example = "Sehr geehrter Herr Oberbürgermeister," },
            new("einleitung", KeyType.Text, "Einleitungssatz vor dem Antrag") { Example = "die Fraktion bittet Sie, den folgenden Antrag auf die Tagesordnung zu setzen." },
            new("gruss", KeyType.Line, "Grußformel") { Example = "Mit freundlichen Grüßen", Default = "Mit freundlichen Grüßen" },
        ],
    };
}
