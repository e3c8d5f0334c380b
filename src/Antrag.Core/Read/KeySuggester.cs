using System.Text;

namespace Antrag.Read;

/// <summary>Finds the allowed key (or word) a misspelt one was probably meant to be.</summary>
public static class KeySuggester
{
    /// <summary>
    /// The closest candidate by Damerau–Levenshtein distance after folding case, umlauts and separators
    /// ('Begründung' → 'begruendung'), or null when none is close: at most 2 edits or a third of the length.
    /// </summary>
    public static string? Suggest(string unknown, IEnumerable<string> candidates)
    {
        var folded = Fold(unknown);
        if (folded.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var target = Fold(candidate);

            // The distance is at least the difference in length: a candidate that far off is not close, and a key of a
            // million characters is not compared letter by letter with every candidate.
            if (Math.Abs(folded.Length - target.Length) > Math.Max(2, target.Length / 3))
            {
                continue;
            }

            var distance = Distance(folded, target);
            var close = distance == 0
                || ((distance <= 2 || distance <= target.Length / 3) && distance < folded.Length && distance < target.Length);
            if (close && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Lower case; ä, ö, ü, ß as ae, oe, ue, ss; without spaces, '-' and '_'.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text.ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                case ' ' or '-' or '_': break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Damerau–Levenshtein distance (optimal string alignment: insert, delete, replace, swap neighbours).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
