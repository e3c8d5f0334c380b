namespace Antrag.Read;

/// <summary>Turns the values of <c>brief</c> (a motion's or a profile's) into the letter framing.</summary>
internal static class LetterReader
{
    /// <summary>The framing of the values read under <c>brief</c>.</summary>
    public static LetterFraming Framing(KeyValues letter)
    {
        var framing = new LetterFraming
        {
            Recipient = letter.Lines("empfaenger"),
            Salutation = letter.Text("anrede"),
            Intro = letter.Text("einleitung"),
        };
        return letter.Text("gruss") is { } closing ? framing with { Closing = closing } : framing;
    }
}
