using System.Buffers.Binary;
using System.Numerics;

namespace Antrag.Pdf;

/// <summary>
/// MD5 (RFC 1321) in managed code, for the PDF's document ID only (no security rests on it). The platform's MD5 would
/// load OpenSSL at start, which costs a render more than the hash itself.
/// </summary>
internal static class Md5
{
    private static readonly int[] Shifts =
    [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
        5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
        4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
        6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ];

    // K[i] = floor(abs(sin(i + 1)) * 2^32).
    private static readonly uint[] K = Enumerable.Range(0, 64).Select(i => (uint)(long)Math.Floor(Math.Abs(Math.Sin(i + 1)) * 4294967296.0)).ToArray();

    /// <summary>The 16-byte MD5 digest of <paramref name="data"/>.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        uint a0 = 0x67452301, b0 = 0xefcdab89, c0 = 0x98badcfe, d0 = 0x10325476;
        Span<uint> m = stackalloc uint[16];
        Span<byte> tail = stackalloc byte[128];

        var full = data.Length / 64 * 64;
        for (var at = 0; at < full; at += 64)
        {
            Block(data.Slice(at, 64), m, ref a0, ref b0, ref c0, ref d0);
        }

        // Padding: 0x80, zeros, then the length in bits (little-endian), to a multiple of 64 bytes.
        var rest = data.Length - full;
        tail.Clear();
        data[full..].CopyTo(tail);
        tail[rest] = 0x80;
        var tailLength = rest + 9 <= 64 ? 64 : 128;
        BinaryPrimitives.WriteUInt64LittleEndian(tail[(tailLength - 8)..], (ulong)data.Length * 8);
        for (var at = 0; at < tailLength; at += 64)
        {
            Block(tail.Slice(at, 64), m, ref a0, ref b0, ref c0, ref d0);
        }

        var digest = new byte[16];
        BinaryPrimitives.WriteUInt32LittleEndian(digest, a0);
        BinaryPrimitives.WriteUInt32LittleEndian(digest.AsSpan(4), b0);
        BinaryPrimitives.WriteUInt32LittleEndian(digest.AsSpan(8), c0);
        BinaryPrimitives.WriteUInt32LittleEndian(digest.AsSpan(12), d0);
        return digest;
    }

    private static void Block(ReadOnlySpan<byte> block, Span<uint> m, ref uint a0, ref uint b0, ref uint c0, ref uint d0)
    {
        for (var i = 0; i < 16; i++)
        {
            m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(i * 4)..]);
        }

        uint a = a0, b = b0, c = c0, d = d0;
        for (var i = 0; i < 64; i++)
        {
            uint f;
            int g;
            switch (i >> 4)
            {
                case 0:
                    f = (b & c) | (~b & d);
                    g = i;
                    break;
                case 1:
                    f = (d & b) | (~d & c);
                    g = ((5 * i) + 1) & 15;
                    break;
                case 2:
                    f = b ^ c ^ d;
                    g = ((3 * i) + 5) & 15;
                    break;
                default:
                    f = c ^ (b | ~d);
                    g = (7 * i) & 15;
                    break;
            }

            f += a + K[i] + m[g];
            a = d;
            d = c;
            c = b;
            b += BitOperations.RotateLeft(f, Shifts[i]);
        }

        a0 += a;
        b0 += b;
        c0 += c;
        d0 += d;
    }
}
