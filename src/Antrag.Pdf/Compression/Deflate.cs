using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Antrag.Pdf.Compression;

/// <summary>
/// A zlib compressor (RFC 1950 around RFC 1951 deflate) of our own: LZ77 over hash chains with one step of lazy matching,
/// then dynamic Huffman codes. Its output depends only on its input — the platform's zlib may compress differently on
/// another processor or runtime version, which would change the bytes of our PDFs.
/// </summary>
internal static class Deflate
{
    private const int WindowSize = 1 << 15;
    private const int HashBits = 15;
    private const int MinMatch = 3;
    private const int MaxMatch = 258;
    private const int MaxChain = 8;
    private const int GoodEnough = 32;
    private const int LongMatch = 32;
    private const int TokensPerBlock = 1 << 15;
    private const int EndOfBlock = 256;

    private static readonly int[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly int[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly int[] DistanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly int[] DistanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    private static readonly int[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    // Length 3..258 → index into LengthBase; distance 1..32768 → index into DistanceBase.
    private static readonly byte[] LengthCode = BuildCodeTable(LengthBase, MaxMatch + 1);
    private static readonly byte[] DistanceCode = BuildCodeTable(DistanceBase, WindowSize + 1);

    [ThreadStatic]
    private static Scratch? scratch;

    /// <summary>
    /// Compresses <paramref name="data"/> into a zlib stream (what a PDF's /FlateDecode filter reads). <paramref name="fast"/>
    /// trades a few percent of size for speed, for what is compressed once per document (page contents): the first match
    /// found in a short chain is taken, and positions inside matches longer than a few bytes are not chained.
    /// </summary>
    public static byte[] Zlib(ReadOnlySpan<byte> data, bool fast = false)
    {
        var work = scratch ??= new Scratch();
        work.Begin(data.Length);
        var tokens = FindMatches(data, work, fast ? 4 : MaxChain, fast ? MinMatch : GoodEnough, fast ? 4 : int.MaxValue);
        work.End(data.Length);
        var output = work.Output;
        output.WriteByte(0x78);
        output.WriteByte(0x9C);
        var start = 0;
        do
        {
            var end = Math.Min(tokens.Count, start + TokensPerBlock);
            WriteBlock(output, tokens.Items.AsSpan(start, end - start), last: end == tokens.Count);
            start = end;
        }
        while (start < tokens.Count);

        output.AlignToByte();
        var adler = Adler32(data);
        output.WriteByte((byte)(adler >> 24));
        output.WriteByte((byte)(adler >> 16));
        output.WriteByte((byte)(adler >> 8));
        output.WriteByte((byte)adler);
        return output.ToArray();
    }

    /// <summary>
    /// The LZ77 pass: a literal is its byte value; a match is (length &lt;&lt; 16) | distance. Positions are chained by a hash
    /// of their next three bytes; a match is taken only if the next position does not start a longer one.
    /// </summary>
    private static TokenList FindMatches(ReadOnlySpan<byte> data, Scratch work, int maxChain, int goodEnough, int insertLimit)
    {
        var tokens = work.Tokens;
        var head = work.Head;
        var previous = work.Previous;
        var bias = work.Bias;
        var n = data.Length;

        var i = 0;
        var pendingLength = 0;
        var pendingDistance = 0;
        while (i < n)
        {
            var (length, distance) = (0, 0);
            if (i + MinMatch <= n)
            {
                var h = Hash(data, i);
                (length, distance) = Longest(data, i, head[h] - bias - 1, previous, bias, pendingLength, maxChain);
                Insert(h, i, head, previous, bias);
            }

            if (pendingLength > 0)
            {
                if (length > pendingLength)
                {
                    // The match one byte later is longer: the byte before it goes out as a literal.
                    tokens.Add(data[i - 1]);
                    pendingLength = length;
                    pendingDistance = distance;
                    i++;
                    continue;
                }

                tokens.Add((pendingLength << 16) | pendingDistance);
                InsertWithin(data, i + 1, i - 1 + pendingLength, head, previous, bias);
                i += pendingLength - 1;
                pendingLength = 0;
                continue;
            }

            if (length >= MinMatch)
            {
                if (length >= goodEnough)
                {
                    tokens.Add((length << 16) | distance);
                    if (length <= insertLimit)
                    {
                        InsertWithin(data, i + 1, i + length, head, previous, bias);
                    }

                    i += length;
                    continue;
                }

                pendingLength = length;
                pendingDistance = distance;
                i++;
                continue;
            }

            tokens.Add(data[i]);
            i++;
        }

        if (pendingLength > 0)
        {
            tokens.Add((pendingLength << 16) | pendingDistance);
        }

        return tokens;
    }

    /// <summary>
    /// Chains the positions from <paramref name="from"/> to before <paramref name="to"/> (inside a match just taken). In a
    /// long match (runs of white pixels, repeated operators) only its first and last positions are chained: the ones
    /// between would find the same match again, and chaining each costs more than it gains.
    /// </summary>
    private static void InsertWithin(ReadOnlySpan<byte> data, int from, int to, int[] head, int[] previous, int bias)
    {
        var last = Math.Min(to, data.Length - MinMatch + 1);
        if (last - from > LongMatch)
        {
            for (var at = from; at < from + 4; at++)
            {
                Insert(Hash(data, at), at, head, previous, bias);
            }

            from = last - 4;
        }

        for (var at = from; at < last; at++)
        {
            Insert(Hash(data, at), at, head, previous, bias);
        }
    }

    private static int Hash(ReadOnlySpan<byte> data, int at) =>
        (int)(((uint)data[at] | ((uint)data[at + 1] << 8) | ((uint)data[at + 2] << 16)) * 2654435761u >> (32 - HashBits));

    /// <summary>Chains position <paramref name="at"/> (hash <paramref name="h"/>): stored as <paramref name="bias"/> + at + 1, 0 meaning none.</summary>
    private static void Insert(int h, int at, int[] head, int[] previous, int bias)
    {
        previous[at & (WindowSize - 1)] = head[h];
        head[h] = bias + at + 1;
    }

    /// <summary>
    /// The longest earlier match for the bytes at <paramref name="at"/> that is longer than <paramref name="atLeast"/>, following
    /// the chain from <paramref name="candidate"/> (the latest earlier position with the same hash, or negative for none).
    /// </summary>
    private static (int Length, int Distance) Longest(ReadOnlySpan<byte> data, int at, int candidate, int[] previous, int bias, int atLeast, int maxChain)
    {
        var best = Math.Max(atLeast, MinMatch - 1);
        var bestDistance = 0;
        var limit = Math.Min(MaxMatch, data.Length - at);
        if (best >= limit)
        {
            return (0, 0);
        }

        for (var chain = 0; candidate >= 0 && chain < maxChain; chain++)
        {
            var distance = at - candidate;
            if (distance > WindowSize - 1 || distance <= 0)
            {
                break;
            }

            if (data[candidate + best] == data[at + best] && data[candidate] == data[at])
            {
                var length = data.Slice(candidate, limit).CommonPrefixLength(data.Slice(at, limit));
                if (length > best)
                {
                    best = length;
                    bestDistance = distance;
                    if (length >= limit)
                    {
                        break;
                    }
                }
            }

            var next = previous[candidate & (WindowSize - 1)] - bias - 1;
            if (next >= candidate)
            {
                break;
            }

            candidate = next;
        }

        return bestDistance == 0 ? (0, 0) : (best, bestDistance);
    }

    private static void WriteBlock(BitWriter output, ReadOnlySpan<int> tokens, bool last)
    {
        var literalFrequencies = new int[286];
        var distanceFrequencies = new int[30];
        foreach (var token in tokens)
        {
            if (token < 256)
            {
                literalFrequencies[token]++;
            }
            else
            {
                literalFrequencies[257 + LengthCode[token >> 16]]++;
                distanceFrequencies[DistanceCode[token & 0xFFFF]]++;
            }
        }

        literalFrequencies[EndOfBlock]++;
        var literalLengths = Huffman.Lengths(literalFrequencies, 15);
        var distanceLengths = Huffman.Lengths(distanceFrequencies, 15);
        var literalCodes = Huffman.Codes(literalLengths);
        var distanceCodes = Huffman.Codes(distanceLengths);

        var literalCount = 286;
        while (literalCount > 257 && literalLengths[literalCount - 1] == 0)
        {
            literalCount--;
        }

        var distanceCount = 30;
        while (distanceCount > 1 && distanceLengths[distanceCount - 1] == 0)
        {
            distanceCount--;
        }

        // The code lengths of both alphabets as one sequence, run-length encoded with the symbols 16, 17 and 18.
        var all = new byte[literalCount + distanceCount];
        literalLengths.AsSpan(0, literalCount).CopyTo(all);
        distanceLengths.AsSpan(0, distanceCount).CopyTo(all.AsSpan(literalCount));
        var runs = new List<(int Symbol, int Extra)>();
        for (var i = 0; i < all.Length;)
        {
            var value = all[i];
            var run = 1;
            while (i + run < all.Length && all[i + run] == value)
            {
                run++;
            }

            if (value == 0 && run >= 3)
            {
                var take = Math.Min(run, 138);
                runs.Add(take >= 11 ? (18, take - 11) : (17, take - 3));
                i += take;
                continue;
            }

            runs.Add((value, 0));
            i++;
            run--;
            while (value != 0 && run >= 3)
            {
                var take = Math.Min(run, 6);
                runs.Add((16, take - 3));
                i += take;
                run -= take;
            }
        }

        var codeLengthFrequencies = new int[19];
        foreach (var (symbol, _) in runs)
        {
            codeLengthFrequencies[symbol]++;
        }

        var codeLengthLengths = Huffman.Lengths(codeLengthFrequencies, 7);
        var codeLengthCodes = Huffman.Codes(codeLengthLengths);
        var codeLengthCount = 19;
        while (codeLengthCount > 4 && codeLengthLengths[CodeLengthOrder[codeLengthCount - 1]] == 0)
        {
            codeLengthCount--;
        }

        output.Write(last ? 1u : 0u, 1);
        output.Write(2, 2);
        output.Write((uint)(literalCount - 257), 5);
        output.Write((uint)(distanceCount - 1), 5);
        output.Write((uint)(codeLengthCount - 4), 4);
        for (var i = 0; i < codeLengthCount; i++)
        {
            output.Write(codeLengthLengths[CodeLengthOrder[i]], 3);
        }

        foreach (var (symbol, extra) in runs)
        {
            output.Write(codeLengthCodes[symbol], codeLengthLengths[symbol]);
            switch (symbol)
            {
                case 16:
                    output.Write((uint)extra, 2);
                    break;
                case 17:
                    output.Write((uint)extra, 3);
                    break;
                case 18:
                    output.Write((uint)extra, 7);
                    break;
            }
        }

        foreach (var token in tokens)
        {
            if (token < 256)
            {
                output.Write(literalCodes[token], literalLengths[token]);
                continue;
            }

            var length = token >> 16;
            var distance = token & 0xFFFF;
            var lengthCode = LengthCode[length];
            output.Write(literalCodes[257 + lengthCode], literalLengths[257 + lengthCode]);
            output.Write((uint)(length - LengthBase[lengthCode]), LengthExtra[lengthCode]);
            var distanceCode = DistanceCode[distance];
            output.Write(distanceCodes[distanceCode], distanceLengths[distanceCode]);
            output.Write((uint)(distance - DistanceBase[distanceCode]), DistanceExtra[distanceCode]);
        }

        output.Write(literalCodes[EndOfBlock], literalLengths[EndOfBlock]);
    }

    private static byte[] BuildCodeTable(int[] bases, int size)
    {
        var table = new byte[size];
        for (var value = bases[0]; value < size; value++)
        {
            var code = bases.Length - 1;
            while (bases[code] > value)
            {
                code--;
            }

            table[value] = (byte)code;
        }

        return table;
    }

    /// <summary>
    /// Adler-32 (RFC 1950), 16 bytes a step: over a block of 16 bytes x₀…x₁₅, a grows by their sum and b by 16·a plus
    /// 16·x₀ + 15·x₁ + … + 1·x₁₅. Sums are reduced modulo 65521 often enough that no 32-bit lane overflows.
    /// </summary>
    internal static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        const int Chunk = 5552 / 16 * 16; // the most bytes before b can overflow (zlib's NMAX), whole blocks
        uint a = 1, b = 0;
        var weightsHigh = Vector128.Create((ushort)16, 15, 14, 13, 12, 11, 10, 9);
        var weightsLow = Vector128.Create((ushort)8, 7, 6, 5, 4, 3, 2, 1);
        while (data.Length >= Vector128<byte>.Count)
        {
            var blocks = Math.Min(data.Length, Chunk) / Vector128<byte>.Count;
            var sums = Vector128<uint>.Zero;      // per lane: sum of bytes
            var weighted = Vector128<uint>.Zero;  // per lane: weighted sums
            var earlier = Vector128<uint>.Zero;   // per lane: sum over blocks of the byte sums before each block
            for (var i = 0; i < blocks; i++)
            {
                var bytes = Vector128.Create(data.Slice(i * Vector128<byte>.Count, Vector128<byte>.Count));
                var (low, high) = Vector128.Widen(bytes);
                earlier += sums;
                var (l0, l1) = Vector128.Widen(low);
                var (h0, h1) = Vector128.Widen(high);
                sums += l0 + l1 + h0 + h1;
                var (wl0, wl1) = Vector128.Widen(low * weightsHigh);
                var (wh0, wh1) = Vector128.Widen(high * weightsLow);
                weighted += wl0 + wl1 + wh0 + wh1;
            }

            var count = (uint)(blocks * Vector128<byte>.Count);
            b = (uint)((b + ((ulong)a * count) + (16UL * Vector128.Sum(earlier)) + Vector128.Sum(weighted)) % Modulus);
            a = (uint)((a + (ulong)Vector128.Sum(sums)) % Modulus);
            data = data[(int)count..];
        }

        foreach (var x in data)
        {
            a += x;
            b += a;
        }

        return ((b % Modulus) << 16) | (a % Modulus);
    }

    /// <summary>
    /// A thread's working memory, kept between calls: allocating the hash chains (256 KB) and token and output buffers anew
    /// for every page and thumbnail cost more than compressing them. Positions are chained with a bias that grows by more
    /// than the window on every call, so entries left by an earlier call read as "before this input" and are never
    /// followed: the output is the same as with fresh tables.
    /// </summary>
    private sealed class Scratch
    {
        public int[] Head { get; } = new int[1 << HashBits];

        public int[] Previous { get; } = new int[WindowSize];

        public TokenList Tokens { get; } = new(1 << 16);

        public BitWriter Output { get; } = new(1 << 16);

        public int Bias { get; private set; }

        /// <summary>Readies the tables for an input of <paramref name="length"/> bytes and empties the token list and output.</summary>
        public void Begin(int length)
        {
            if (Bias > int.MaxValue - length - (2 * WindowSize))
            {
                Array.Clear(Head);
                Array.Clear(Previous);
                Bias = 0;
            }

            Tokens.Clear();
            Output.Clear();
        }

        public void End(int length) => Bias += length + WindowSize;
    }

    /// <summary>A growable array of LZ77 tokens.</summary>
    private sealed class TokenList(int capacity)
    {
        public int[] Items { get; private set; } = new int[Math.Max(capacity, 16)];

        public int Count { get; private set; }

        public void Clear() => Count = 0;

        public void Add(int token)
        {
            if (Count == Items.Length)
            {
                var larger = new int[Items.Length * 2];
                Items.CopyTo(larger, 0);
                Items = larger;
            }

            Items[Count++] = token;
        }
    }

    /// <summary>Writes bits least significant first, as deflate packs them.</summary>
    private sealed class BitWriter(int capacity)
    {
        private byte[] buffer = new byte[Math.Max(capacity, 64)];
        private int length;
        private ulong bits;
        private int count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Write(uint value, int bitCount)
        {
            bits |= (ulong)value << count;
            count += bitCount;
            if (count >= 32)
            {
                Flush32();
            }
        }

        private void Flush32()
        {
            if (length + 4 > buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(length), (uint)bits);
            length += 4;
            bits >>= 32;
            count -= 32;
        }

        public void AlignToByte()
        {
            while (count > 0)
            {
                WriteByte((byte)bits);
                bits >>= 8;
                count = Math.Max(0, count - 8);
            }

            bits = 0;
        }

        public void WriteByte(byte value)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            buffer[length++] = value;
        }

        public byte[] ToArray() => buffer.AsSpan(0, length).ToArray();

        public void Clear()
        {
            length = 0;
            bits = 0;
            count = 0;
        }
    }
}
