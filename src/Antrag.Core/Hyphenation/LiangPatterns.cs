namespace Antrag.Hyphenation;

/// <summary>
/// Hyphenation patterns after Liang (as TeX uses them) in a compact trie: each pattern is a string of letters with
/// digits between them, odd digits allowing a break there, even ones forbidding it; the highest digit wins.
/// Immutable once built, so one instance may serve any number of threads.
/// </summary>
public sealed class LiangPatterns
{
    // Node n's edges are edgeChars/edgeTargets[firstEdge[n] .. firstEdge[n + 1]), sorted by character.
    private readonly int[] firstEdge;
    private readonly char[] edgeChars;
    private readonly int[] edgeTargets;

    // A node that ends a pattern of k letters has k + 1 digits at values[valueStart[n] ..]; -1 = no pattern ends there.
    private readonly int[] valueStart;
    private readonly byte[] values;

    // The root's edges by character, for the characters below 0x250 (Latin); 0 = none (the root is never a target).
    private readonly int[] rootByChar;

    private LiangPatterns(int[] firstEdge, char[] edgeChars, int[] edgeTargets, int[] valueStart, byte[] values)
    {
        this.firstEdge = firstEdge;
        this.edgeChars = edgeChars;
        this.edgeTargets = edgeTargets;
        this.valueStart = valueStart;
        this.values = values;
        rootByChar = new int[0x250];
        for (var e = firstEdge[0]; e < firstEdge[1]; e++)
        {
            if (edgeChars[e] < rootByChar.Length)
            {
                rootByChar[edgeChars[e]] = edgeTargets[e];
            }
        }
    }

    /// <summary>The number of patterns read.</summary>
    public int Count { get; private init; }

    /// <summary>
    /// Reads patterns, one or more per line separated by white space (the body of TeX's <c>\patterns{…}</c>);
    /// '%' starts a comment. Letters are taken as written, so they must be lower case; '.' marks a word's edge.
    /// </summary>
    public static LiangPatterns Parse(IEnumerable<string> lines)
    {
        // While reading, an edge is found by (node, character); afterwards edges are sorted into flat arrays.
        var edges = new Dictionary<long, int>();
        var patternValues = new List<byte[]?> { null };
        var count = 0;
        var digits = new List<byte>();
        foreach (var raw in lines)
        {
            var comment = raw.IndexOf('%', StringComparison.Ordinal);
            var line = comment >= 0 ? raw[..comment] : raw;
            foreach (var pattern in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                digits.Clear();
                digits.Add(0);
                var node = 0;
                foreach (var c in pattern)
                {
                    if (c is >= '0' and <= '9')
                    {
                        digits[^1] = (byte)(c - '0');
                        continue;
                    }

                    var key = ((long)node << 16) | c;
                    if (!edges.TryGetValue(key, out var next))
                    {
                        next = patternValues.Count;
                        edges[key] = next;
                        patternValues.Add(null);
                    }

                    node = next;
                    digits.Add(0);
                }

                patternValues[node] = [.. digits];
                count++;
            }
        }

        var nodeCount = patternValues.Count;
        var sorted = edges.Keys.ToArray();
        Array.Sort(sorted);
        var firstEdge = new int[nodeCount + 1];
        var edgeChars = new char[sorted.Length];
        var edgeTargets = new int[sorted.Length];
        for (var e = 0; e < sorted.Length; e++)
        {
            edgeChars[e] = (char)(sorted[e] & 0xFFFF);
            edgeTargets[e] = edges[sorted[e]];
            firstEdge[(int)(sorted[e] >> 16) + 1]++;
        }

        for (var n = 0; n < nodeCount; n++)
        {
            firstEdge[n + 1] += firstEdge[n];
        }

        var valueStart = new int[nodeCount];
        var values = new List<byte>();
        for (var n = 0; n < nodeCount; n++)
        {
            if (patternValues[n] is { } v)
            {
                valueStart[n] = values.Count;
                values.AddRange(v);
            }
            else
            {
                valueStart[n] = -1;
            }
        }

        return new LiangPatterns(firstEdge, edgeChars, edgeTargets, valueStart, [.. values]) { Count = count };
    }

    /// <summary>
    /// Applies every pattern that matches <paramref name="text"/> (lower case, with the '.' edge marks): afterwards
    /// <c>points[i]</c> is the highest digit any pattern put before <c>text[i]</c>. <paramref name="points"/> must hold
    /// <c>text.Length + 1</c> entries and be zero.
    /// </summary>
    public void Apply(ReadOnlySpan<char> text, Span<byte> points)
    {
        for (var start = 0; start < text.Length; start++)
        {
            var c = text[start];
            var node = c < rootByChar.Length ? rootByChar[c] : Child(0, c);
            var depth = 1;
            while (node > 0)
            {
                var at = valueStart[node];
                if (at >= 0)
                {
                    for (var k = 0; k <= depth; k++)
                    {
                        var v = values[at + k];
                        if (v > points[start + k])
                        {
                            points[start + k] = v;
                        }
                    }
                }

                if (start + depth >= text.Length)
                {
                    break;
                }

                node = Child(node, text[start + depth]);
                depth++;
            }
        }
    }

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="c"/>, or 0 if none.</summary>
    private int Child(int node, char c)
    {
        var lo = firstEdge[node];
        var hi = firstEdge[node + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var m = edgeChars[mid];
            if (m == c)
            {
                return edgeTargets[mid];
            }

            if (m < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return 0;
    }
}
