namespace Antrag.Pdf.Compression;

/// <summary>Length-limited canonical Huffman codes for <see cref="Deflate"/>, built the same way on every machine.</summary>
internal static class Huffman
{
    /// <summary>
    /// Code lengths for <paramref name="frequencies"/> of at most <paramref name="maxBits"/> bits; symbols of frequency 0
    /// get no code. The code is always complete: a lone symbol is given a partner, as inflaters reject incomplete codes.
    /// When the tree is too deep, the frequencies are halved (rounding up) until it fits.
    /// </summary>
    public static byte[] Lengths(ReadOnlySpan<int> frequencies, int maxBits)
    {
        var weights = frequencies.ToArray();
        var used = 0;
        foreach (var w in weights)
        {
            used += w > 0 ? 1 : 0;
        }

        var lengths = new byte[weights.Length];
        if (used == 0)
        {
            return lengths;
        }

        if (used == 1)
        {
            var lone = Array.FindIndex(weights, w => w > 0);
            lengths[lone] = 1;
            lengths[lone == 0 ? 1 : 0] = 1;
            return lengths;
        }

        while (true)
        {
            if (TryBuild(weights, maxBits, lengths))
            {
                return lengths;
            }

            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = (weights[i] + 1) >> 1;
            }
        }
    }

    /// <summary>The codes of <paramref name="lengths"/> (RFC 1951, 3.2.2), bit-reversed for writing least significant bit first.</summary>
    public static uint[] Codes(ReadOnlySpan<byte> lengths)
    {
        var counts = new int[16];
        foreach (var l in lengths)
        {
            counts[l]++;
        }

        counts[0] = 0;
        var next = new int[16];
        var code = 0;
        for (var bits = 1; bits < 16; bits++)
        {
            code = (code + counts[bits - 1]) << 1;
            next[bits] = code;
        }

        var codes = new uint[lengths.Length];
        for (var symbol = 0; symbol < lengths.Length; symbol++)
        {
            var length = lengths[symbol];
            if (length == 0)
            {
                continue;
            }

            var value = (uint)next[length]++;
            uint reversed = 0;
            for (var b = 0; b < length; b++)
            {
                reversed = (reversed << 1) | ((value >> b) & 1);
            }

            codes[symbol] = reversed;
        }

        return codes;
    }

    /// <summary>Builds the Huffman tree of the non-zero weights (two queues, ties to the lower symbol); false if it is deeper than <paramref name="maxBits"/>.</summary>
    private static bool TryBuild(int[] weights, int maxBits, byte[] lengths)
    {
        // The used symbols by weight, ties by symbol: sorted as weight·2¹⁶ + symbol (at most 286 symbols).
        var keys = new long[weights.Length];
        var n = 0;
        for (var s = 0; s < weights.Length; s++)
        {
            if (weights[s] > 0)
            {
                keys[n++] = ((long)weights[s] << 16) | (long)s;
            }
        }

        Array.Sort(keys, 0, n);
        var leaves = new int[n];
        for (var i = 0; i < n; i++)
        {
            leaves[i] = (int)(keys[i] & 0xFFFF);
        }

        // Nodes 0..n-1 are the leaves in sorted order, n.. the inner nodes in the order they are made.
        var weight = new long[2 * n - 1];
        var parent = new int[2 * n - 1];
        for (var i = 0; i < n; i++)
        {
            weight[i] = weights[leaves[i]];
        }

        int leaf = 0, inner = n, made = n;
        int Take()
        {
            if (leaf < n && (inner >= made || weight[leaf] <= weight[inner]))
            {
                return leaf++;
            }

            return inner++;
        }

        while (made < 2 * n - 1)
        {
            var a = Take();
            var b = Take();
            weight[made] = weight[a] + weight[b];
            parent[a] = made;
            parent[b] = made;
            made++;
        }

        // Depths from the root (the last node) down: a parent is always made after its children.
        var depth = new int[2 * n - 1];
        for (var node = 2 * n - 3; node >= 0; node--)
        {
            depth[node] = depth[parent[node]] + 1;
        }

        Array.Clear(lengths);
        for (var i = 0; i < n; i++)
        {
            if (depth[i] > maxBits)
            {
                return false;
            }

            lengths[leaves[i]] = (byte)depth[i];
        }

        return true;
    }
}
