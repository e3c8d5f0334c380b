using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Antrag.Layout;

namespace Antrag.Export;

/// <summary>
/// The plain-text rendering (<c>--format txt</c>): the letterhead text the template produced, written for review in
/// git — one sentence per line, so a diff of two renders shows changed sentences. With line numbers switched on, the
/// motion's text is written instead as laid out: the PDF's line breaks, each line with its number.
/// </summary>
public static partial class TextExporter
{
    /// <summary>The text for <paramref name="letterheadText"/> and its layout; <paramref name="numbered"/> = line numbers on.</summary>
    public static string Export(string letterheadText, LaidOutDocument layout, bool numbered)
    {
        var sb = new StringBuilder();
        var inBody = false;
        var inNumbered = false;
        var inSignatures = false;
        foreach (var line in letterheadText.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith(":::", StringComparison.Ordinal))
            {
                var section = line[3..].Trim();
                inBody = section.StartsWith("inhalt", StringComparison.Ordinal);
                inSignatures = section == "unterschriften";
                var wasNumbered = inNumbered;
                inNumbered = numbered && section == "inhalt nummeriert";
                sb.Append(line).Append('\n');
                if (inNumbered && !wasNumbered)
                {
                    AppendNumbered(sb, layout);
                }

                continue;
            }

            if (inNumbered)
            {
                continue;
            }

            if (inBody && IsProse(line))
            {
                foreach (var sentence in Sentences(line))
                {
                    sb.Append(sentence).Append('\n');
                }

                continue;
            }

            sb.Append(inSignatures ? WithoutFolder(line) : line).Append('\n');
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Writes the numbered lines: the built-in templates have one numbered section, which all of them belong to.</summary>
    private static void AppendNumbered(StringBuilder sb, LaidOutDocument layout)
    {
        foreach (var line in layout.NumberedLines)
        {
            sb.Append(line.Number.ToString(CultureInfo.InvariantCulture).PadLeft(4)).Append("  ").Append(line.Text.Replace('\u00A0', ' ')).Append('\n');
        }
    }

    /// <summary>
    /// A signature image line of the <c>unterschriften</c> section (<c>![Unterschrift](/home/…/unterschrift.png)</c>) with only the file's name, so that the
    /// text is the same on every machine and does not show where the repository lies; any other line as it is.
    /// </summary>
    private static string WithoutFolder(string line) =>
        Text.LetterheadParser.ImagePath(line) is { } path ? line[..^(path.Length + 1)] + Path.GetFileName(path) + ")" : line;

    private static bool IsProse(string line) =>
        line.Length > 0 && !line.StartsWith('|') && !line.StartsWith('#');

    /// <summary>Splits a line after sentence ends (". ", "? ", "! " followed by an upper-case letter or an opening quote), not after abbreviations or ordinals.</summary>
    public static IEnumerable<string> Sentences(string line)
    {
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(line))
        {
            var end = m.Index + 1;
            var word = LastWord(line[start..end]);
            var bare = word.TrimEnd('.', ')', ']', '“', '"');
            if (line[m.Index] == '.' && (Abbreviations.Contains(bare + ".") || bare.Length <= 1 || bare.All(char.IsDigit)))
            {
                continue;
            }

            yield return line[start..end];
            start = m.Index + m.Length;
        }

        yield return line[start..];
    }

    private static string LastWord(string text)
    {
        var i = text.LastIndexOfAny([' ', '(', '„', '\u00A0']);
        return text[(i + 1)..];
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Dr.", "Nr.", "bzw.", "etc.", "ggf.", "vgl.", "Abs.", "Art.", "Ziff.", "ca.", "Mio.", "Mrd.", "Tel.", "St.", "Prof.", "usw.", "inkl.", "zzgl.", "evtl.", "Hr.", "Fr.", "Std.",
    };

    [GeneratedRegex(@"[.?!](?=[ \u00A0]+[„""(]?[A-ZÄÖÜ0-9])[ \u00A0]+")]
    private static partial Regex SentenceEnd();
}
