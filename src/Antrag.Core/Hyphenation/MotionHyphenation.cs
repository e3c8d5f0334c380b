namespace Antrag.Hyphenation;

/// <summary>The hyphenation of one motion's running text: German patterns, with the names the motion knows left whole.</summary>
public static class MotionHyphenation
{
    /// <summary>
    /// Where words of <paramref name="loaded"/>'s text may break: <see cref="GermanHyphenator"/>, except the words of
    /// the signers' and board members' names, the place and the party, which stay whole wherever they occur.
    /// </summary>
    public static Func<string, IReadOnlyList<int>> For(LoadedMotion loaded)
    {
        var (motion, profile, coSponsors) = loaded;
        var names = motion.Signers.Select(s => s.Name)
            .Concat(new[] { profile }.Concat(coSponsors).SelectMany(p => p.Board.Select(b => b.Name).Append(p.City).Append(p.Party)))
            .Append(motion.Place);
        return GermanHyphenator.Default.Except(NameWords(names));
    }

    /// <summary>The capitalised words of <paramref name="names"/>, split at spaces and hyphens, without punctuation.</summary>
    public static IEnumerable<string> NameWords(IEnumerable<string?> names) =>
        names.OfType<string>()
            .SelectMany(n => n.Split([' ', '-', '\u00A0', '/'], StringSplitOptions.RemoveEmptyEntries))
            .Select(Letters)
            .Where(w => w.Length > 0 && char.IsUpper(w[0]));

    private static string Letters(string word)
    {
        var (start, length) = GermanHyphenator.Core(word);
        return word.Substring(start, length);
    }
}
