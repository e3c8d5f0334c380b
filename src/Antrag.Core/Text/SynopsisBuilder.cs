using System.Text;
using Antrag.Read;

namespace Antrag.Text;

/// <summary>Builds the side-by-side comparison of two versions of a motion's text, aligned by paragraph and compared by word.</summary>
public static class SynopsisBuilder
{
    /// <summary>The texts compared: Beschlussentwurf (or the changes), questions and Begründung, as paragraphs; a heading as its text.</summary>
    public static IReadOnlyList<string> Paragraphs(Motion motion)
    {
        var texts = new[] { motion.DraftResolution, motion.Preamble, string.Join("\n\n", motion.Questions), motion.UrgencyReason, motion.Reasoning };
        return texts.Where(t => !string.IsNullOrWhiteSpace(t))
            .SelectMany(t => t!.Replace("\r\n", "\n").Split('\n'))
            .Select(l => l.Trim())
            .Select(l => l.StartsWith('#') && l.TrimStart('#').StartsWith(' ') ? l.TrimStart('#').TrimStart() : l)
            .Where(l => l.Length > 0)
            .ToList();
    }

    /// <summary>
    /// The rows of the synopsis as light Markdown: (old, new) per paragraph, words only in the old version as
    /// <c>~~…~~</c>, words only in the new one as <c>++…++</c>; a paragraph missing on one side is empty there.
    /// </summary>
    public static IReadOnlyList<(string Old, string New)> Rows(IReadOnlyList<string> old, IReadOnlyList<string> @new)
    {
        var rows = new List<(string, string)>();
        var parts = SequenceDiff.Diff(old, @new, StringComparer.Ordinal);
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            if (part.Kind == DiffKind.Equal)
            {
                rows.AddRange(part.Items.Select(t => (t, t)));
                continue;
            }

            // A run of deleted paragraphs followed by inserted ones: pair them up in order and compare by word.
            var deleted = part.Kind == DiffKind.Deleted ? part.Items : [];
            var inserted = part.Kind == DiffKind.Inserted ? part.Items : [];
            if (part.Kind == DiffKind.Deleted && p + 1 < parts.Count && parts[p + 1].Kind == DiffKind.Inserted)
            {
                inserted = parts[++p].Items;
            }

            for (var k = 0; k < Math.Max(deleted.Count, inserted.Count); k++)
            {
                rows.Add(Compare(k < deleted.Count ? deleted[k] : null, k < inserted.Count ? inserted[k] : null));
            }
        }

        return rows;
    }

    private static (string Old, string New) Compare(string? old, string? @new)
    {
        var left = new StringBuilder();
        var right = new StringBuilder();
        foreach (var part in SequenceDiff.Diff(Words(old), Words(@new), StringComparer.Ordinal))
        {
            var text = string.Concat(part.Items);
            switch (part.Kind)
            {
                case DiffKind.Equal:
                    left.Append(text);
                    right.Append(text);
                    break;
                case DiffKind.Deleted:
                    Decorated(left, text, "~~");
                    break;
                default:
                    Decorated(right, text, "++");
                    break;
            }
        }

        return (left.ToString().TrimEnd(), right.ToString().TrimEnd());
    }

    /// <summary>Wraps the words in a marker; the trailing space stays outside so the line ends with the last word.</summary>
    private static void Decorated(StringBuilder sb, string text, string marker)
    {
        var core = text.TrimEnd(' ');
        sb.Append(marker).Append(core).Append(marker).Append(text[core.Length..]);
    }

    /// <summary>Words with the spaces that follow them, so that joined parts keep the original spacing.</summary>
    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] != ' ' && text[i - 1] == ' '))
            {
                words.Add(text[start..i]);
                start = i;
            }
        }

        return words;
    }
}
