namespace Antrag.Text;

/// <summary>The number a list marker's text stands for ("3", "c", "iv") and the kind of marker it is, as Markdig names it ('1', 'a', 'A', 'i', 'I').</summary>
internal readonly record struct ListMarker(char BulletType, int Number)
{
    /// <summary>Digits, one letter, or a Roman numeral of one case; null for anything else. "i"/"I" alone is Roman (as Markdig reads it).</summary>
    public static ListMarker? Value(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 9)
        {
            return null;
        }

        if (char.IsAsciiDigit(text[0]))
        {
            var n = 0;
            foreach (var c in text)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return null;
                }

                n = (n * 10) + (c - '0');
            }

            return new ListMarker('1', n);
        }

        if (Roman(text) is { } roman && (text.Length > 1 || text[0] is 'i' or 'I'))
        {
            return new ListMarker(char.IsAsciiLetterLower(text[0]) ? 'i' : 'I', roman);
        }

        return text.Length == 1 && char.IsAsciiLetter(text[0])
            ? new ListMarker(char.IsAsciiLetterLower(text[0]) ? 'a' : 'A', char.ToLowerInvariant(text[0]) - 'a' + 1)
            : null;
    }

    /// <summary>The value of a Roman numeral written in one case (additive and subtractive forms), or null.</summary>
    public static int? Roman(ReadOnlySpan<char> text)
    {
        var lower = char.IsAsciiLetterLower(text[0]);
        var total = 0;
        var previous = int.MaxValue;
        var last = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterLower(c) != lower)
            {
                return null;
            }

            var v = char.ToUpperInvariant(c) switch
            {
                'I' => 1,
                'V' => 5,
                'X' => 10,
                'L' => 50,
                'C' => 100,
                'D' => 500,
                'M' => 1000,
                _ => 0,
            };
            if (v == 0)
            {
                return null;
            }

            total += v > previous ? v - (2 * previous) : v;
            previous = v;
            last = v;
        }

        return last > 0 ? total : null;
    }
}
