using System.Globalization;
using System.Text;

namespace Antrag.Diagnostics;

/// <summary>One problem found in the input: its code, how serious it is, where it is and, if useful, a hint how to fix it.</summary>
public sealed record Diagnostic(DiagnosticCode Code, Severity Severity, SourceSpan Span, string Message, string? Hint = null)
{
    /// <summary>
    /// Formats as <c>file(line,col): error ANT1003: message</c> (without the place when it names none), followed by
    /// <c>  hint: …</c> on its own line. Control characters quoted from the input are shown as <c>\u0007</c>, so that they can
    /// neither hide in a terminal nor break the line.
    /// </summary>
    public override string ToString()
    {
        var place = Span.File.Length == 0 ? string.Empty : Visible(Span.ToString()) + ": ";
        var head = $"{place}{Word(Severity)} {Code.Id}: {Visible(Message)}";
        return Hint is null ? head : head + Environment.NewLine + "  hint: " + Visible(Hint);
    }

    /// <summary>The word printed for a severity: error, warning or note.</summary>
    public static string Word(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Note => "note",
        _ => "warning",
    };

    /// <summary><paramref name="text"/> with control characters (C0 but tab, DEL, C1) and lone surrogates written as <c>\uXXXX</c>.</summary>
    public static string Visible(string text)
    {
        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            clean = !NeedsEscape(text, i);
        }

        if (clean)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text, i))
            {
                sb.Append("\\u").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F);
    }
}
