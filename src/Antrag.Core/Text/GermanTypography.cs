using System.Text;
using System.Text.RegularExpressions;

namespace Antrag.Text;

/// <summary>
/// German typographic details for running text: „…“ and ‚…‘ quotes, dashes for ranges and between words, and
/// non-breaking spaces where a line must not break ("§ 4", "Nr. 5", "z. B.", "28. Februar", "1.000 €", "4493/23 A").
/// Every rule replaces one character by one character, so styled runs keep their boundaries.
/// </summary>
public static partial class GermanTypography
{
    /// <summary>The characters this class may introduce (they must be in the font subset).</summary>
    public const string Characters = "„“‚‘’–\u00A0";

    private const char Nbsp = '\u00A0';

    /// <summary>Applies the rules to a paragraph's runs; the runs keep their styles and lengths.</summary>
    public static IReadOnlyList<TextRun> Apply(IReadOnlyList<TextRun> runs)
    {
        if (runs.Count == 0)
        {
            return runs;
        }

        var text = Apply(string.Concat(runs.Select(r => r.Text)));
        var result = new List<TextRun>(runs.Count);
        var at = 0;
        foreach (var run in runs)
        {
            result.Add(run with { Text = text.Substring(at, run.Text.Length) });
            at += run.Text.Length;
        }

        return result;
    }

    /// <summary>Applies the rules to plain text (same length in, same length out).</summary>
    public static string Apply(string text)
    {
        var chars = text.ToCharArray();
        Quotes(chars);
        var s = new string(chars);
        s = Dashes(s);
        s = NonBreakingSpaces(s);
        return s;
    }

    private static bool OpensAfter(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '–' or '—' or '/' or '\u00A0';

    private static void Quotes(char[] chars)
    {
        var singleOpen = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var before = i == 0 ? ' ' : chars[i - 1];
            var after = i + 1 < chars.Length ? chars[i + 1] : ' ';
            if (chars[i] == '"')
            {
                chars[i] = OpensAfter(before) ? '„' : '“';
            }
            else if (chars[i] == '\'')
            {
                if (OpensAfter(before) && !char.IsWhiteSpace(after))
                {
                    chars[i] = '‚';
                    singleOpen = true;
                }
                else if (char.IsLetter(before) && char.IsLetter(after))
                {
                    chars[i] = '’';
                }
                else if (singleOpen)
                {
                    chars[i] = '‘';
                    singleOpen = false;
                }
                else
                {
                    chars[i] = '’';
                }
            }
        }
    }

    private static string Dashes(string s)
    {
        // " - " between words becomes " – "; "10-12" (not a phone number: no leading zero) becomes "10–12".
        s = SpacedHyphen().Replace(s, m => m.Value.Replace('-', '–'));
        return NumberRange().Replace(s, m => m.Value.Replace('-', '–'));
    }

    private static string NonBreakingSpaces(string s)
    {
        // Each pattern sees the text as the patterns before it left it; the text is copied only when one of them matched.
        var text = s;
        StringBuilder? sb = null;
        foreach (var pattern in new[] { Section(), Abbreviation(), DayOfMonth(), Amount(), ReferenceNumber(), NamedReference() })
        {
            var changed = false;
            foreach (Match m in pattern.Matches(text))
            {
                var space = m.Groups["sp"];
                foreach (Capture c in space.Captures)
                {
                    (sb ??= new StringBuilder(text))[c.Index] = Nbsp;
                    changed = true;
                }
            }

            if (changed)
            {
                text = sb!.ToString();
            }
        }

        return text;
    }

    [GeneratedRegex(@"(?<=\S) - (?=\S)")]
    private static partial Regex SpacedHyphen();

    [GeneratedRegex(@"(?<![\d.,/-])[1-9]\d{0,3}-\d{1,4}(?![\d.,/-])")]
    private static partial Regex NumberRange();

    // "§ 4", "§§ 4", "Art. 5", "Abs. 2", "Nr. 5", "Ziff. 2", "S. 3", "Tz. 4"
    [GeneratedRegex(@"(?:§§?|\b(?:Art|Abs|Nr|Ziff|S|Tz|Kap|Anl)\.)(?<sp> )(?=\d)")]
    private static partial Regex Section();

    // "z. B.", "d. h.", "u. a.", "i. d. R.", "o. Ä.", "u. U.", "v. a."
    [GeneratedRegex(@"\b(?:z|d|u|i|o|v|s)\.(?<sp> )(?:[a-zA-ZäöüÄÖÜ]\.)(?:(?<sp> )[a-zA-ZäöüÄÖÜ]\.)?")]
    private static partial Regex Abbreviation();

    // "28. Februar", "1. März 2023"
    [GeneratedRegex(@"\b\d{1,2}\.(?<sp> )(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b")]
    private static partial Regex DayOfMonth();

    // "1.000 €", "5 Euro", "1,8 Mio. Euro", "75 Prozent", "250 m", "30 %"
    [GeneratedRegex(@"\d(?<sp> )(?:€|EUR\b|Euro\b|Mio\.|Mrd\.|Prozent\b|%|m\b|km\b|Uhr\b)(?:(?<sp> )(?:€|Euro\b|EUR\b))?")]
    private static partial Regex Amount();

    // Reference numbers such as "4493/23 A" stay on one line.
    [GeneratedRegex(@"\b\d{1,5}/\d{2,4}(?<sp> )[A-ZÄÖÜ]{1,2}\b")]
    private static partial Regex ReferenceNumber();

    // "Vorlage 0377/24", "TOP 4", "Ziffer 2", "Anlage 1"
    [GeneratedRegex(@"\b(?:Vorlage|Vorlagennummer|Drucksache|Antrag|Anfrage|TOP|Ziffer|Anlage|Seite)(?<sp> )(?=\d)")]
    private static partial Regex NamedReference();
}
