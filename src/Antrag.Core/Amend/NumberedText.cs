using Antrag.Layout;

namespace Antrag.Amend;

/// <summary>
/// Splits the numbered lines of a laid-out motion into paragraphs of words. The words do not depend on where lines broke:
/// a word broken after a hyphen ("E-|Mobilität") is two words in every version, joined without a space.
/// </summary>
public static class NumberedText
{
    /// <summary>Words that follow a hyphen with a space between ("Rad- und Fußwege"), unlike the rest of a compound.</summary>
    private static readonly HashSet<string> AfterSuspendedHyphen = new(["und", "oder", "bzw.", "sowie", "als", "wie"], StringComparer.Ordinal);

    /// <summary>The paragraphs of <paramref name="lines"/> (numbered lines in order), each starting at a line that starts a paragraph.</summary>
    public static IReadOnlyList<NumberedParagraph> Paragraphs(IEnumerable<NumberedLine> lines)
    {
        var paragraphs = new List<NumberedParagraph>();
        var current = new List<NumberedLine>();
        foreach (var line in lines)
        {
            if (line.StartsParagraph && current.Count > 0)
            {
                paragraphs.Add(Paragraph(current));
                current = [];
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            paragraphs.Add(Paragraph(current));
        }

        return paragraphs;
    }

    /// <summary>The words of one line of text, each with whether a space follows it (the last one: yes).</summary>
    public static List<(string Text, bool SpaceAfter)> Words(string text)
    {
        var words = new List<(string, bool)>();
        foreach (var chunk in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Where the layout may break a word without adding a hyphen: after a hyphen, dash or slash between letters.
            var from = 0;
            for (var i = 1; i < chunk.Length - 1; i++)
            {
                if (IsBreakAfter(chunk[i]) && char.IsLetter(chunk[i - 1]) && char.IsLetterOrDigit(chunk[i + 1]))
                {
                    words.Add((chunk[from..(i + 1)], false));
                    from = i + 1;
                }
            }

            words.Add((chunk[from..], true));
        }

        return words;
    }

    private static bool IsBreakAfter(char c) => c is '-' or '–' or '/';

    private static NumberedParagraph Paragraph(List<NumberedLine> lines)
    {
        var marker = lines[0].Marker;
        var words = new List<Word>();
        var hyphenatedBefore = false;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (line == lines[0] && marker is not null && text.StartsWith(marker + " ", StringComparison.Ordinal))
            {
                text = text[(marker.Length + 1)..];
            }

            var lineWords = Words(text);
            if (hyphenatedBefore && words.Count > 0 && lineWords.Count > 0 && words[^1].Text.EndsWith('-'))
            {
                // The layout broke the word and added the hyphen: the word is whole again, counted on the line where it starts.
                words[^1] = words[^1] with { Text = words[^1].Text[..^1] + lineWords[0].Text, SpaceAfter = lineWords[0].SpaceAfter };
                lineWords.RemoveAt(0);
            }
            else if (words.Count > 0 && lineWords.Count > 0 && JoinsWithoutSpace(words[^1].Text, lineWords[0].Text))
            {
                words[^1] = words[^1] with { SpaceAfter = false };
            }

            words.AddRange(lineWords.Select(w => new Word(w.Text, line.Number, w.SpaceAfter)));
            hyphenatedBefore = line.Hyphenated;
        }

        if (words.Count > 0)
        {
            words[^1] = words[^1] with { SpaceAfter = false };
        }

        return new NumberedParagraph(lines[0].Number, lines[^1].Number, marker, words);
    }

    /// <summary>Whether a line ending in <paramref name="last"/> was broken inside a word, before <paramref name="next"/>.</summary>
    private static bool JoinsWithoutSpace(string last, string next) =>
        last.Length >= 2 && IsBreakAfter(last[^1]) && char.IsLetter(last[^2]) && char.IsLetterOrDigit(next[0]) && !AfterSuspendedHyphen.Contains(next);
}
