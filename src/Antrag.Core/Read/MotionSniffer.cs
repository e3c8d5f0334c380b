using System.Text;

namespace Antrag.Read;

/// <summary>
/// Tells motions from other YAML files in a folder (CI configurations, data) without reading them as motions: a motion has at
/// least one of <see cref="MotionKeys"/> at its top level (for a <c>.md</c> file: in its front matter, which must open the file
/// with a <c>---</c> line). Files named one by one are always read as motions; this only decides what a folder search finds.
/// </summary>
public static class MotionSniffer
{
    /// <summary>The top-level keys that mark a motion: keys only motions have, so that a motion with a mistake still counts.</summary>
    public static IReadOnlyList<string> MotionKeys { get; } =
        ["art", "betreff", "beschlussentwurf", "begruendung", "vorlagennummer", "beratungsfolge", "unterzeichner", "fragen", "aenderungen"];

    /// <summary>Whether the file at <paramref name="fullPath"/> looks like a motion; true also when it cannot be read, so that the problem is reported.</summary>
    public static bool LooksLikeMotion(string fullPath)
    {
        // Read through the door (a named pipe or a device among the files must not hang or flood antrag), then line by
        // line up to the first line that decides (a motion's first line, usually).
        if (SafeFile.Read(fullPath, InputLimits.MotionBytes, null).Bytes is not { } bytes)
        {
            return true;
        }

        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return LooksLikeMotion(reader, fullPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether <paramref name="text"/> looks like a motion; <paramref name="markdown"/>: only its front matter counts.</summary>
    public static bool LooksLikeMotion(string text, bool markdown)
    {
        using var lines = new StringReader(text);
        return LooksLikeMotion(lines, markdown);
    }

    private static bool LooksLikeMotion(TextReader lines, bool markdown)
    {
        var first = true;
        for (var line = lines.ReadLine(); line is not null; line = lines.ReadLine())
        {
            if (first)
            {
                first = false;
                line = line.TrimStart('\uFEFF');
                if (markdown)
                {
                    if (line.TrimEnd() != "---")
                    {
                        return false;
                    }

                    continue;
                }
            }
            else if (markdown && line.TrimEnd() is "---" or "...")
            {
                return false;
            }

            if (IsMotionKeyLine(line))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line that starts (in column 1) with a motion key, optionally quoted, followed by a colon.</summary>
    private static bool IsMotionKeyLine(string line)
    {
        var span = line.AsSpan();
        var quote = span.Length > 0 && span[0] is '"' or '\'' ? span[0] : '\0';
        if (quote != '\0')
        {
            span = span[1..];
        }

        foreach (var key in MotionKeys)
        {
            if (!span.StartsWith(key, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = span[key.Length..];
            if (quote != '\0')
            {
                if (rest.Length == 0 || rest[0] != quote)
                {
                    continue;
                }

                rest = rest[1..];
            }

            rest = rest.TrimStart(" \t");
            if (rest.Length > 0 && rest[0] == ':' && (rest.Length == 1 || rest[1] is ' ' or '\t' or '\r'))
            {
                return true;
            }
        }

        return false;
    }
}
