namespace Antrag.Read;

/// <summary>Reads the letter framing (<c>brief</c>) of a motion or profile: recipient lines, salutation, intro, closing.</summary>
internal static class LetterReader
{
    private static readonly KeySpec[] Keys =
    [
        KeySpec.Require("empfaenger", "add 'empfaenger:' with the recipient's address lines, each as '- …'"),
        KeySpec.Optional("anrede"),
        KeySpec.Optional("einleitung"),
        KeySpec.Optional("gruss"),
    ];

    /// <summary>The framing under <paramref name="key"/>, or null when absent.</summary>
    public static LetterFraming? Read(MappingBinder map, string key)
    {
        var letter = map.Mapping(key, Keys, "write 'empfaenger:', 'anrede:', 'einleitung:' and 'gruss:' below 'brief:', indented by two spaces");
        if (letter is null)
        {
            return null;
        }

        var framing = new LetterFraming
        {
            Recipient = letter.Lines("empfaenger", "write each line of the address as '- …' on its own line"),
            Salutation = letter.Line("anrede"),
            Intro = letter.Text("einleitung"),
        };
        return letter.Line("gruss") is { } closing ? framing with { Closing = closing } : framing;
    }
}
