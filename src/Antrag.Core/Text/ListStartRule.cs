using System.Text;

namespace Antrag.Text;

/// <summary>
/// What antrag adds to CommonMark's list rules before Markdig reads a text, by escaping the marker of a line that is not to
/// start a list: an ordered list starts at its first number or letter (1, a, A, i, I, as "1." "1)" "(1)" "a)" "I." …) or
/// continues the previous list of its style (3. after 2.). So "28. Februar 2023 …" or "z. B." at the start of a line stays
/// text, where CommonMark would make it a list starting at 28. And a line opens at most <see cref="MaxNesting"/> quotes
/// and lists: the markers beyond are text (Markdig refuses deeper nesting, and each level costs time on every line).
/// </summary>
internal static class ListStartRule
{
    /// <summary>The most quotes and lists one line may open.</summary>
    public const int MaxNesting = 8;

    /// <summary>The text with the markers of lines that are not list items escaped; linear in its length.</summary>
    public static string Apply(string text) => Apply(text, out _);

    /// <summary>As <see cref="Apply(string)"/>; <paramref name="tooDeep"/> holds the (0-based) lines whose nesting was cut.</summary>
    public static string Apply(string text, out List<int> tooDeep)
    {
        tooDeep = [];
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        var sb = new StringBuilder(text.Length + 16);
        var lineNumber = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            Line(text, start, end, sb, last, lineNumber, tooDeep);
            if (end < text.Length)
            {
                sb.Append('\n');
            }

            start = end + 1;
            lineNumber++;
        }

        return sb.ToString();
    }

    private static void Line(string text, int start, int end, StringBuilder sb, Dictionary<string, int> last, int lineNumber, List<int> tooDeep)
    {
        var i = start;
        var depth = 0;
        while (true)
        {
            while (i < end && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (i >= end)
            {
                sb.Append(text, start, end - start);
                return;
            }

            if (text[i] == '#')
            {
                last.Clear();
            }

            // A quote or bullet opens a container; an ordered marker is checked.
            var bullet = text[i] is '-' or '*' or '+' && (i + 1 == end || text[i + 1] is ' ' or '\t');
            var container = text[i] == '>' || bullet;
            var ordered = container ? null : Ordered(text, i, end);
            if (!container && ordered is null)
            {
                sb.Append(text, start, end - start);
                return;
            }

            if (++depth > MaxNesting)
            {
                tooDeep.Add(lineNumber);
                sb.Append(text, start, i - start).Append('\\').Append(text, i, end - i);
                return;
            }

            if (ordered is { } o)
            {
                var allowed = false;
                foreach (var (style, value) in o.Readings)
                {
                    allowed |= value == 1 || (last.TryGetValue(style, out var previous) && previous == value - 1);
                }

                if (!allowed)
                {
                    // "28\. Februar" / "\(3) …": CommonMark escapes; the inline parser prints the character without the backslash.
                    var escapeAt = o.Escape;
                    sb.Append(text, start, escapeAt - start).Append('\\').Append(text, escapeAt, end - escapeAt);
                    return;
                }

                foreach (var (style, value) in o.Readings)
                {
                    last[style] = value;
                }

                i = o.End;
                continue;
            }

            i++;
        }
    }

    private sealed record OrderedMarker(int End, int Escape, List<(string Style, int Value)> Readings);

    /// <summary>An ordered list marker at <paramref name="i"/> followed by a space or the line's end, or null.</summary>
    private static OrderedMarker? Ordered(string text, int i, int end)
    {
        var parenthesised = text[i] == '(';
        var from = parenthesised ? i + 1 : i;
        var j = from;
        while (j < end && j - from < 10 && char.IsAsciiLetterOrDigit(text[j]))
        {
            j++;
        }

        if (j == from || j >= end || (parenthesised ? text[j] != ')' : text[j] is not ('.' or ')')) || (j + 1 < end && text[j + 1] is not (' ' or '\t')))
        {
            return null;
        }

        var marker = text.AsSpan(from, j - from);
        if (ListMarker.Value(marker) is not { } value)
        {
            return null;
        }

        var delimiter = parenthesised ? "(" : text[j].ToString();
        var readings = new List<(string, int)> { (value.BulletType + delimiter, value.Number) };
        if (marker.Length == 1 && value.BulletType is 'i' or 'I')
        {
            // "i." is the first Roman numeral or the ninth letter.
            readings.Add(((value.BulletType == 'i' ? 'a' : 'A') + delimiter, 9));
        }
        else if (marker.Length == 1 && value.BulletType is 'a' or 'A' && ListMarker.Roman(marker) is { } roman)
        {
            readings.Add(((value.BulletType == 'a' ? 'i' : 'I') + delimiter, roman));
        }

        return new OrderedMarker(j + 1, parenthesised ? i : j, readings);
    }
}
