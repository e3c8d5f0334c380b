using System.Globalization;

namespace Antrag.Edit;

/// <summary>
/// A key path as the reader records positions (<c>betreff</c>, <c>beratungsfolge[0].gremium</c>, <c>fragen[2]</c>) split into
/// its steps: a key name, or an index into a list.
/// </summary>
public sealed record SourcePath(IReadOnlyList<(string? Key, int Index)> Steps)
{
    /// <summary>The top-level key the path starts with.</summary>
    public string Top => Steps[0].Key ?? string.Empty;

    /// <summary>The path without its last step.</summary>
    public SourcePath Parent => new(Steps.Take(Steps.Count - 1).ToList());

    /// <summary>The last step.</summary>
    public (string? Key, int Index) Last => Steps[^1];

    /// <summary>Reads a path; null when it is not one (empty steps, bad indexes, more than 16 steps).</summary>
    public static SourcePath? Parse(string text)
    {
        var steps = new List<(string?, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0 || !int.TryParse(text.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index > 100_000)
                {
                    return null;
                }

                steps.Add((null, index));
                i = close + 1;
                if (i < text.Length && text[i] == '.')
                {
                    i++;
                    if (i == text.Length)
                    {
                        return null;
                    }
                }

                continue;
            }

            var end = i;
            while (end < text.Length && text[end] != '.' && text[end] != '[')
            {
                end++;
            }

            var name = text[i..end];
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return null;
            }

            steps.Add((name, -1));
            i = end < text.Length && text[end] == '.' ? end + 1 : end;
            if (end < text.Length && text[end] == '.' && i == text.Length)
            {
                return null;
            }
        }

        return steps.Count is 0 or > 16 || steps[0].Item1 is null ? null : new SourcePath(steps);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Concat(Steps.Select((s, n) =>
        s.Key is null ? "[" + s.Index.ToString(CultureInfo.InvariantCulture) + "]" : (n == 0 ? string.Empty : ".") + s.Key));
}
