using System.Text;

namespace Antrag.Text;

/// <summary>
/// The footnote texts of a Markdown text (<c>[^label]: text</c> at the start of a line, continued by the following lines up
/// to a blank line and by indented paragraphs after it), taken out before the blocks are read; their lines are left blank,
/// so the lines of the rest keep their numbers.
/// </summary>
internal sealed class FootnoteDefinitions(string rest, IReadOnlyDictionary<string, (string Text, int Line)> texts)
{
    /// <summary>The text without the definitions.</summary>
    public string Rest { get; } = rest;

    /// <summary>The labels defined, each with its text (lines joined by '\n') and its 0-based line; the first definition of a label counts.</summary>
    public IReadOnlyDictionary<string, (string Text, int Line)> Texts { get; } = texts;

    /// <summary>Takes the definitions out of <paramref name="text"/>; linear in its length.</summary>
    public static FootnoteDefinitions Extract(string text)
    {
        var found = new Dictionary<string, (string Text, int Line)>(StringComparer.Ordinal);
        if (!text.Contains("[^", StringComparison.Ordinal))
        {
            return new FootnoteDefinitions(text, found);
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Label(lines[i]) is not { } label)
            {
                continue;
            }

            var body = new StringBuilder(lines[i][(lines[i].IndexOf("]:", StringComparison.Ordinal) + 2)..].Trim());
            var first = i;
            lines[i] = string.Empty;
            var blank = false;
            while (i + 1 < lines.Length)
            {
                var next = lines[i + 1];
                if (next.Trim().Length == 0)
                {
                    blank = true;
                    i++;
                    continue;
                }

                if (Label(next) is not null || (blank && !next.StartsWith("    ", StringComparison.Ordinal) && !next.StartsWith('\t')))
                {
                    break;
                }

                body.Append(blank ? "\n\n" : "\n").Append(next.Trim());
                blank = false;
                lines[++i] = string.Empty;
            }

            found.TryAdd(label, (body.ToString(), first));
        }

        return new FootnoteDefinitions(found.Count > 0 ? string.Join('\n', lines) : text, found);
    }

    /// <summary>The label of a line <c>[^label]: …</c> (at most three spaces before), or null.</summary>
    internal static string? Label(string line)
    {
        var i = 0;
        while (i < line.Length && i < 3 && line[i] == ' ')
        {
            i++;
        }

        if (!line.AsSpan(i).StartsWith("[^"))
        {
            return null;
        }

        var close = line.IndexOf("]:", i + 2, StringComparison.Ordinal);
        return close > i + 2 && line.AsSpan(i + 2, close - i - 2).IndexOfAny(" \t[]") < 0 ? line[(i + 2)..close] : null;
    }
}
