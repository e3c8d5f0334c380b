namespace Antrag.Read;

/// <summary>How an Anfrage asks to be answered (<c>antwort</c>).</summary>
public enum AnswerKind
{
    /// <summary><c>schriftlich</c>: in writing.</summary>
    Written,

    /// <summary><c>muendlich</c>: orally, in the meeting.</summary>
    Oral,
}
