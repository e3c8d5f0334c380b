using System.Text;

namespace Antrag.Pdf;

/// <summary>Text as XML 1.0 allows it, for the XMP packet and, so that both say the same, the document information.</summary>
internal static class XmlText
{
    /// <summary>
    /// <paramref name="text"/> without the characters XML 1.0 forbids: control characters other than tab, line feed and
    /// carriage return, U+FFFE, U+FFFF and unpaired surrogates. The same string if it has none.
    /// </summary>
    public static string Allowed(string text)
    {
        var first = FirstForbidden(text);
        if (first < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        kept.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(text, i, 2);
                i++;
            }
            else if (IsAllowed(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> as XML character data: forbidden characters dropped (see <see cref="Allowed"/>), markup
    /// escaped, and a carriage return written as a reference (a reader would take a literal one for a line feed).
    /// </summary>
    public static string Escape(string text)
    {
        var allowed = Allowed(text);
        if (allowed.AsSpan().IndexOfAny("<>\"'&\r") < 0)
        {
            return allowed;
        }

        var escaped = new StringBuilder(allowed.Length + 16);
        foreach (var c in allowed)
        {
            escaped.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                '&' => "&amp;",
                '\r' => "&#xD;",
                _ => null,
            } ?? c.ToString());
        }

        return escaped.ToString();
    }

    private static int FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether XML 1.0 allows <paramref name="c"/> on its own (a surrogate is allowed only in a pair).</summary>
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'));
}
