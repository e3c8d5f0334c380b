namespace Antrag.Read.Keys;

/// <summary>The declaration of <c>zeilennummern</c>, in a motion or a profile.</summary>
public static class LineNumberKeys
{
    /// <summary>The key <c>zeilennummern</c> with the children of its long form.</summary>
    public static KeyDeclaration Declaration { get; } = new("zeilennummern", KeyType.LineNumbering, "Zeilennummern am Rand: true (jede Zeile), eine Zahl n (jede n-te Zeile), alles (jede Zeile des ganzen Texts), false, oder {schritt, bereich}")
    {
        Example = "5",
        ShapeHint = "write 'zeilennummern: true' (every line), 'zeilennummern: 5' (every fifth line) or 'zeilennummern: false'",
        Children =
        [
            new("schritt", KeyType.Number, "jede n-te Zeile nummerieren") { Example = "5", Minimum = 1, Maximum = 100, Unit = (string.Empty, "every n-th line") },
            new("bereich", KeyType.Choice, "text: Beschlussentwurf und Begründung; alles: der ganze Text")
            {
                Example = "text",
                Choices = ["text", "alles"],
                ChoiceHint = "text: Beschlussentwurf and Begründung; alles: the whole body",
            },
        ],
    };
}
