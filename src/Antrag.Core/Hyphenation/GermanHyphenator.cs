namespace Antrag.Hyphenation;

/// <summary>
/// German hyphenation (reformed orthography) with the TeX patterns <c>hyph-de-1996</c> (MIT licence, shipped in
/// <c>hyphenation/</c>). Gives the places inside a word where it may break; never breaks numbers, addresses,
/// abbreviations, words with a hyphen or other non-letters, or short words. Thread-safe.
/// </summary>
public sealed class GermanHyphenator
{
    /// <summary>At least this many letters stay before a break (DIN/Duden: no single letter is split off).</summary>
    public const int LeftMin = 2;

    /// <summary>
    /// At least this many letters go to the next line. TeX allows 2; two letters gain almost nothing on the line (the
    /// hyphen takes their place) and read badly at the start of the next one ("Stra-ße", "Sit-ze"), so 3.
    /// </summary>
    public const int RightMin = 3;

    /// <summary>Words of fewer letters are never hyphenated.</summary>
    public const int MinLetters = 6;

    /// <summary>Longer "words" are no words (identifiers, hashes) and are never hyphenated.</summary>
    public const int MaxLetters = 100;

    /// <summary>The patterns compiled from <c>hyphenation/hyph-de-1996.tex</c> by <see cref="LiangPatterns.Compile"/> (a test keeps the two in step).</summary>
    private const string Resource = "hyphenation/hyph-de-1996.trie";

    private static readonly Lazy<GermanHyphenator> Shared = new(() => new GermanHyphenator(LoadPatterns()));

    private readonly LiangPatterns patterns;

    // The breaks of words already hyphenated: words repeat within a motion and across a build, and never change.
    private readonly BoundedCache<string, int[]> known = new(100_000, StringComparer.Ordinal);

    private GermanHyphenator(LiangPatterns patterns) => this.patterns = patterns;

    /// <summary>The hyphenator with the shipped patterns, loaded on first use.</summary>
    public static GermanHyphenator Default => Shared.Value;

    /// <summary>The number of patterns loaded.</summary>
    public int PatternCount => patterns.Count;

    /// <summary>
    /// The offsets inside <paramref name="word"/> (a piece of text between spaces, punctuation included) where it may
    /// be hyphenated, ascending; empty if it must not be.
    /// </summary>
    public IReadOnlyList<int> Hyphenate(string word) => Hyphenate(word, null);

    /// <summary>A hyphenation function like <see cref="Hyphenate(string)"/> that also leaves <paramref name="keep"/> (e.g. names) whole.</summary>
    public Func<string, IReadOnlyList<int>> Except(IEnumerable<string> keep)
    {
        var set = new HashSet<string>(keep, StringComparer.Ordinal);
        return word => Hyphenate(word, set);
    }

    /// <summary>The letters of <paramref name="word"/> without leading and trailing punctuation, as (start, length).</summary>
    public static (int Start, int Length) Core(string word)
    {
        var start = 0;
        while (start < word.Length && !char.IsLetter(word[start]))
        {
            start++;
        }

        var end = word.Length;
        while (end > start && !char.IsLetter(word[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    private int[] Hyphenate(string word, HashSet<string>? keep)
    {
        if (word.Length < MinLetters)
        {
            return [];
        }

        var (start, length) = Core(word);
        if (length is < MinLetters or > MaxLetters)
        {
            return [];
        }

        if (keep is not null && keep.Count > 0 && keep.Contains(word.Substring(start, length)))
        {
            return [];
        }

        return known.GetOrAdd(word, static (w, at) => at.Self.Points(w, at.Start, at.Length), (Self: this, Start: start, Length: length));
    }

    /// <summary>The breaks of a word whose letters are <paramref name="word"/>[start..start + length], by the patterns.</summary>
    private int[] Points(string word, int start, int length)
    {
        foreach (var c in word)
        {
            // Numbers (4493/23, 2030er), e-mail and web addresses, paths.
            if (char.IsDigit(c) || c is '@' or '/' or '\\')
            {
                return [];
            }
        }

        Span<char> text = stackalloc char[length + 2];
        text[0] = '.';
        for (var i = 0; i < length; i++)
        {
            var c = word[start + i];

            // Only plain words: a '.', ':' or '-' inside marks an address, an abbreviation or a compound that already
            // breaks at its hyphen; a capital after the first letter an abbreviation (ÖPNV, KiTa) or a brand.
            if (!char.IsLetter(c) || (i > 0 && char.IsUpper(c)))
            {
                return [];
            }

            text[i + 1] = char.ToLowerInvariant(c);
        }

        text[length + 1] = '.';

        Span<byte> points = stackalloc byte[length + 3];
        points.Clear();
        patterns.Apply(text, points);

        // points[j + 1] lies between the word's letters j - 1 and j.
        var count = 0;
        for (var j = LeftMin; j <= length - RightMin; j++)
        {
            if ((points[j + 1] & 1) == 1)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var result = new int[count];
        var n = 0;
        for (var j = LeftMin; j <= length - RightMin; j++)
        {
            if ((points[j + 1] & 1) == 1)
            {
                result[n++] = start + j;
            }
        }

        return result;
    }

    /// <summary>Reads the shipped compiled trie: no parsing, so the first hyphenated word costs well under a millisecond.</summary>
    private static LiangPatterns LoadPatterns() => LiangPatterns.Load(EmbeddedData.Get(Resource).Span);

    /// <summary>Parses the body of <c>\patterns{…}</c> of a TeX pattern file such as <c>hyph-de-1996.tex</c>.</summary>
    internal static LiangPatterns ParseTex(TextReader reader) => LiangPatterns.Parse(PatternLines(reader));

    private static IEnumerable<string> PatternLines(TextReader reader)
    {
        var inside = false;
        while (reader.ReadLine() is { } line)
        {
            if (!inside)
            {
                inside = line.StartsWith(@"\patterns{", StringComparison.Ordinal);
                continue;
            }

            if (line.StartsWith('}'))
            {
                yield break;
            }

            yield return line;
        }
    }
}
