using System.Buffers.Binary;
using System.IO.Compression;

namespace Antrag.Pdf.Tests.Png;

/// <summary>
/// A PNG read back for tests, independently of the encoder: its chunks (each chunk's CRC checked against a bitwise CRC-32)
/// and, for an 8-bit RGB image with unfiltered rows as our encoder writes, its pixels.
/// </summary>
public sealed class PngFile
{
    private PngFile(List<(string Type, byte[] Data)> chunks) => Chunks = chunks;

    /// <summary>The chunks in file order: type and data.</summary>
    public IReadOnlyList<(string Type, byte[] Data)> Chunks { get; }

    public int Width => BinaryPrimitives.ReadInt32BigEndian(Chunk("IHDR"));

    public int Height => BinaryPrimitives.ReadInt32BigEndian(Chunk("IHDR").AsSpan(4));

    /// <summary>The chunk types in order.</summary>
    public IEnumerable<string> Types => Chunks.Select(c => c.Type);

    /// <summary>The data of the only chunk of <paramref name="type"/>.</summary>
    public byte[] Chunk(string type) => Assert.Single(Chunks, c => c.Type == type).Data;

    /// <summary>Reads <paramref name="png"/>; fails the test if its signature or a chunk's CRC is wrong.</summary>
    public static PngFile Read(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        var chunks = new List<(string, byte[])>();
        var at = 8;
        while (at < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.True(crc == BitwiseCrc(png.AsSpan(at + 4, 4 + length)), $"the CRC of {type} is wrong");
            chunks.Add((type, png.AsSpan(at + 8, length).ToArray()));
            at += 12 + length;
        }

        Assert.Equal("IEND", chunks[^1].Item1);
        return new PngFile(chunks);
    }

    /// <summary>A PNG made of <paramref name="chunks"/> (type and data), each with its CRC.</summary>
    public static byte[] Write(params (string Type, byte[] Data)[] chunks)
    {
        var png = new List<byte>([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        foreach (var (type, data) in chunks)
        {
            var body = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            png.AddRange([(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length]);
            png.AddRange(body);
            var crc = BitwiseCrc(body);
            png.AddRange([(byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc]);
        }

        return [.. png];
    }

    /// <summary>The RGB bytes of every row (8-bit RGB, rows with filter type None only).</summary>
    public byte[] Pixels()
    {
        var header = Chunk("IHDR");
        Assert.Equal([8, 2, 0, 0, 0], header[8..]);
        using var compressed = new MemoryStream(Chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray());
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var rows = raw.ToArray();
        var stride = 1 + (3 * Width);
        Assert.Equal(Height * stride, rows.Length);
        var pixels = new byte[Height * 3 * Width];
        for (var y = 0; y < Height; y++)
        {
            Assert.Equal(0, rows[y * stride]);
            rows.AsSpan((y * stride) + 1, 3 * Width).CopyTo(pixels.AsSpan(y * 3 * Width));
        }

        return pixels;
    }

    /// <summary>CRC-32 as the PNG specification defines it, one bit at a time.</summary>
    public static uint BitwiseCrc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
