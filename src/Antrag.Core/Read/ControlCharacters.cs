using System.Globalization;
using System.Text;
using YamlDotNet.Core;

namespace Antrag.Read;

/// <summary>
/// Control characters in a YAML value (C0 and C1, DEL; not tab and line break): written as escapes such as <c>"\0"</c>,
/// <c>"\a"</c>, <c>"\e"</c> or typed invisibly. They have no glyph and no meaning on a page, and would make the PDF's
/// metadata invalid XML, so they are removed from the value (and reported where the first one stands).
/// </summary>
internal static class ControlCharacters
{
    /// <summary>Whether <paramref name="c"/> is removed from values.</summary>
    public static bool IsRemoved(char c) => c is (< ' ' and not '\t' and not '\n') or (>= '\u007F' and <= '\u009F');

    /// <summary>Whether <paramref name="value"/> holds a character that is removed.</summary>
    public static bool Any(string value)
    {
        foreach (var c in value)
        {
            if (IsRemoved(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="value"/> without the removed characters.</summary>
    public static string Remove(string value)
    {
        var kept = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!IsRemoved(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>The removed characters of <paramref name="value"/>, each once, as 'U+0007' in order of their code.</summary>
    public static string Names(string value) =>
        string.Join(", ", value.Where(IsRemoved).Distinct().Order().Select(c => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)));

    /// <summary>
    /// Where in <paramref name="text"/> the first removed character of the value from <paramref name="start"/> to
    /// <paramref name="end"/> is written: the escape that makes it in a double-quoted value, or the character itself.
    /// </summary>
    public static Mark FirstIn(string text, Mark start, Mark end, bool doubleQuoted)
    {
        var from = (int)Math.Clamp(start.Index, 0, text.Length);
        var to = (int)Math.Clamp(end.Index, from, text.Length);
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (doubleQuoted && c == '\\' && i + 1 < to)
            {
                var (code, length) = Escape(text, i + 1);
                if (code is { } decoded && decoded <= 0xFFFF && IsRemoved((char)decoded))
                {
                    return MarkAt(text, i, start);
                }

                i += length;
                continue;
            }

            if (IsRemoved(c))
            {
                return MarkAt(text, i, start);
            }
        }

        return start;
    }

    /// <summary>What the escape whose letter is at <paramref name="at"/> stands for, and how many characters follow the backslash.</summary>
    private static (int? Code, int Length) Escape(string text, int at)
    {
        var digits = text[at] switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits > 0)
        {
            return at + 1 + digits <= text.Length
                   && int.TryParse(text.AsSpan(at + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                ? (code, 1 + digits)
                : (null, 1);
        }

        int? single = text[at] switch
        {
            '0' => 0,
            'a' => 7,
            'b' => 8,
            'v' => 0xB,
            'f' => 0xC,
            'r' => 0xD,
            'e' => 0x1B,
            'N' => 0x85,
            _ => null,
        };
        return (single, 1);
    }

    /// <summary>The mark of index <paramref name="index"/>, counted from <paramref name="start"/> (lines and columns are 1-based).</summary>
    private static Mark MarkAt(string text, int index, Mark start)
    {
        var line = start.Line;
        var column = start.Column;
        for (var i = (int)start.Index; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new Mark(index, line, column);
    }
}
