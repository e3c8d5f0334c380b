using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Antrag.Hyphenation;

/// <summary>
/// Hyphenation patterns after Liang (as TeX uses them) in a compact trie: each pattern is a string of letters with
/// digits between them, odd digits allowing a break there, even ones forbidding it; the highest digit wins.
/// Immutable once built, so one instance may serve any number of threads. <see cref="Compile"/> writes the trie as
/// bytes that <see cref="Load"/> reads back without parsing, which is what the program ships.
/// </summary>
public sealed class LiangPatterns
{
    // Nodes are numbered breadth first, root 0, so edge e leads to node e + 1.
    // Node n's edges are edgeChars[firstEdge[n] .. firstEdge[n + 1]), sorted by character.
    private static ReadOnlySpan<byte> Magic => "LIANG01\n"u8;

    private readonly int[] firstEdge;
    private readonly char[] edgeChars;

    // A node that ends a pattern of k letters has k + 1 digits at values[valueStart[n] ..]; -1 = no pattern ends there.
    private readonly int[] valueStart;
    private readonly byte[] values;

    // The root's edges by character, for the characters below 0x250 (Latin); 0 = none (the root is never a target).
    private readonly int[] rootByChar;

    private LiangPatterns(int[] firstEdge, char[] edgeChars, int[] valueStart, byte[] values)
    {
        this.firstEdge = firstEdge;
        this.edgeChars = edgeChars;
        this.valueStart = valueStart;
        this.values = values;
        rootByChar = new int[0x250];
        for (var e = firstEdge[0]; e < firstEdge[1]; e++)
        {
            if (edgeChars[e] < rootByChar.Length)
            {
                rootByChar[edgeChars[e]] = e + 1;
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
        // While reading, the trie is kept as linked lists: each node's children in order of their character.
        // Node 0 is the root; nodes are numbered in order of creation.
        var firstChild = new List<int>(1 << 16) { -1 };
        var nextSibling = new List<int>(1 << 16) { -1 };
        var nodeChar = new List<char>(1 << 16) { '\0' };
        var patternValues = new List<byte[]?>(1 << 16) { null };
        var count = 0;
        Span<byte> digits = stackalloc byte[256];
        foreach (var raw in lines)
        {
            var line = raw.AsSpan();
            var comment = line.IndexOf('%');
            if (comment >= 0)
            {
                line = line[..comment];
            }

            var i = 0;
            while (true)
            {
                while (i < line.Length && char.IsWhiteSpace(line[i]))
                {
                    i++;
                }

                if (i >= line.Length)
                {
                    break;
                }

                var start = i;
                while (i < line.Length && !char.IsWhiteSpace(line[i]))
                {
                    i++;
                }

                var pattern = line[start..i];
                if (pattern.Length >= digits.Length)
                {
                    digits = new byte[pattern.Length + 1];
                }

                var letters = 0;
                digits[0] = 0;
                var node = 0;
                foreach (var c in pattern)
                {
                    if (c is >= '0' and <= '9')
                    {
                        digits[letters] = (byte)(c - '0');
                        continue;
                    }

                    // Find the child for c, or insert it where the order of characters wants it.
                    var previous = -1;
                    var child = firstChild[node];
                    while (child >= 0 && nodeChar[child] < c)
                    {
                        previous = child;
                        child = nextSibling[child];
                    }

                    if (child < 0 || nodeChar[child] != c)
                    {
                        var created = patternValues.Count;
                        firstChild.Add(-1);
                        nextSibling.Add(child);
                        nodeChar.Add(c);
                        patternValues.Add(null);
                        if (previous < 0)
                        {
                            firstChild[node] = created;
                        }
                        else
                        {
                            nextSibling[previous] = created;
                        }

                        child = created;
                    }

                    node = child;
                    digits[++letters] = 0;
                }

                patternValues[node] = digits[..(letters + 1)].ToArray();
                count++;
            }
        }

        // Flat arrays, nodes renumbered breadth first so that the children of a node are consecutive.
        var nodeCount = patternValues.Count;
        var order = new List<int>(nodeCount) { 0 };
        var firstEdge = new int[nodeCount + 1];
        var edgeChars = new char[nodeCount - 1];
        for (var n = 0; n < nodeCount; n++)
        {
            firstEdge[n] = order.Count - 1;
            for (var child = firstChild[order[n]]; child >= 0; child = nextSibling[child])
            {
                edgeChars[order.Count - 1] = nodeChar[child];
                order.Add(child);
            }
        }

        firstEdge[nodeCount] = nodeCount - 1;

        var valueStart = new int[nodeCount];
        var values = new List<byte>();
        for (var n = 0; n < nodeCount; n++)
        {
            if (patternValues[order[n]] is { } v)
            {
                valueStart[n] = values.Count;
                values.AddRange(v);
            }
            else
            {
                valueStart[n] = -1;
            }
        }

        return new LiangPatterns(firstEdge, edgeChars, valueStart, [.. values]) { Count = count };
    }

    /// <summary>
    /// The trie as bytes for <see cref="Load"/>: a magic line, four counts (patterns, nodes, values, version 1 is
    /// implied by the magic), then the arrays, all little-endian. The same patterns always give the same bytes.
    /// </summary>
    public byte[] Compile()
    {
        var nodes = valueStart.Length;
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Count);
            writer.Write(nodes);
            writer.Write(values.Length);
            foreach (var e in firstEdge)
            {
                writer.Write(e);
            }

            foreach (var c in edgeChars)
            {
                writer.Write((ushort)c);
            }

            foreach (var v in valueStart)
            {
                writer.Write(v);
            }

            writer.Write(values);
        }

        return stream.ToArray();
    }

    /// <summary>Reads a trie written by <see cref="Compile"/>; throws <see cref="InvalidDataException"/> if the bytes are not one.</summary>
    public static LiangPatterns Load(ReadOnlySpan<byte> data)
    {
        if (!data.StartsWith(Magic) || data.Length < Magic.Length + 12)
        {
            throw new InvalidDataException("not a compiled hyphenation trie");
        }

        var at = Magic.Length;
        var count = BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
        var nodes = BinaryPrimitives.ReadInt32LittleEndian(data[(at + 4)..]);
        var valueCount = BinaryPrimitives.ReadInt32LittleEndian(data[(at + 8)..]);
        at += 12;
        if (nodes < 1 || valueCount < 0 || data.Length != at + (4L * (nodes + 1)) + (2L * (nodes - 1)) + (4L * nodes) + valueCount)
        {
            throw new InvalidDataException("the compiled hyphenation trie has the wrong length");
        }

        var firstEdge = Ints(data.Slice(at, 4 * (nodes + 1)));
        at += 4 * (nodes + 1);
        var edgeChars = MemoryMarshal.Cast<byte, char>(data.Slice(at, 2 * (nodes - 1))).ToArray();
        at += 2 * (nodes - 1);
        var valueStart = Ints(data.Slice(at, 4 * nodes));
        at += 4 * nodes;
        var values = data.Slice(at, valueCount).ToArray();
        if (!BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < edgeChars.Length; i++)
            {
                edgeChars[i] = (char)BinaryPrimitives.ReverseEndianness(edgeChars[i]);
            }
        }

        return new LiangPatterns(firstEdge, edgeChars, valueStart, values) { Count = count };
    }

    private static int[] Ints(ReadOnlySpan<byte> bytes)
    {
        var ints = MemoryMarshal.Cast<byte, int>(bytes).ToArray();
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(ints, ints);
        }

        return ints;
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
                return mid + 1;
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
