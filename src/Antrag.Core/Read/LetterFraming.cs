namespace Antrag.Read;

/// <summary>The letter around a motion (<c>brief</c>): recipient address, salutation, intro sentence and closing.</summary>
public sealed record LetterFraming
{
    /// <summary>Address lines of the recipient (<c>empfaenger</c>), e.g. "Herrn Oberbürgermeister Frank Meyer".</summary>
    public IReadOnlyList<string> Recipient { get; init; } = [];

    /// <summary>Salutation (<c>anrede</c>), e.g. "Sehr geehrter Herr Oberbürgermeister,".</summary>
    public string? Salutation { get; init; }

    /// <summary>Intro sentence (<c>einleitung</c>), e.g. "die CDU-Fraktion stellt folgenden Antrag:".</summary>
    public string? Intro { get; init; }

    /// <summary>Closing (<c>gruss</c>); default "Mit freundlichen Grüßen".</summary>
    public string Closing { get; init; } = "Mit freundlichen Grüßen";
}
