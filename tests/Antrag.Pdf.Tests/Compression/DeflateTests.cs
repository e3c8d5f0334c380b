using System.IO.Compression;
using System.Text;
using Antrag.Pdf.Compression;

namespace Antrag.Pdf.Tests.Compression;

public sealed class DeflateTests
{
    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new MemoryStream(zlib);
        using var inflater = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        inflater.CopyTo(output);
        return output.ToArray();
    }

    private static readonly string[] Names = ["empty", "one", "two", "text", "random", "zeros", "runs", "large", "font", "content"];

    public static TheoryData<string> Inputs() => new(Names);

    private static byte[] Input(string name)
    {
        var random = new Random(42);
        return name switch
        {
            "empty" => [],
            "one" => [65],
            "two" => [65, 65],
            "text" => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Der Rat der Stadt beschließt: Die Verwaltung wird beauftragt, „bis zum 31.03.2025“ zu berichten. ", 40))),
            "random" => Enumerable.Range(0, 70_000).Select(_ => (byte)random.Next(256)).ToArray(),
            "zeros" => new byte[100_000],
            "runs" => Enumerable.Range(0, 50_000).Select(i => (byte)(i / 300 % 7)).ToArray(),
            "large" => Enumerable.Range(0, 300_000).Select(i => (byte)(random.Next(4) == 0 ? random.Next(256) : "abcabdabe"[i % 9])).ToArray(),
            "font" => Carlito.Regular,
            "content" => Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"BT /F1 11 Tf 1 0 0 1 {70 + i % 13}.5 {700 - i % 50}.25 Tm [<0002{i % 97:X4}00{i % 31:X2}>-{i % 7}] TJ ET\n"))),
            _ => throw new ArgumentException(name),
        };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Inflates_to_the_input(string name)
    {
        var input = Input(name);
        Assert.Equal(input, Inflate(Deflate.Zlib(input)));
        Assert.Equal(input, Inflate(Deflate.Zlib(input, fast: true)));
    }

    [Theory]
    [InlineData("text", 0.1)]
    [InlineData("zeros", 0.01)]
    [InlineData("content", 0.25)]
    [InlineData("font", 0.7)]
    public void Compresses_what_repeats(string name, double atMost)
    {
        var input = Input(name);
        Assert.True(Deflate.Zlib(input).Length <= input.Length * atMost, $"{name}: {Deflate.Zlib(input).Length} of {input.Length} bytes");
    }

    [Fact]
    public void Random_bytes_grow_only_a_little()
    {
        var input = Input("random");
        Assert.InRange(Deflate.Zlib(input).Length, input.Length, input.Length * 1.01);
    }

    [Fact]
    public void Same_input_gives_same_bytes()
    {
        var input = Input("font");
        Assert.Equal(Deflate.Zlib(input), Deflate.Zlib(input.ToArray()));
    }

    [Fact]
    public void Output_does_not_depend_on_what_the_thread_compressed_before()
    {
        // Each thread keeps its hash chains between calls; what an earlier input left in them must never be matched.
        var names = Names;
        var alone = names.ToDictionary(name => name, name => FreshThread.Run(() => (Deflate.Zlib(Input(name)), Deflate.Zlib(Input(name), fast: true))));
        foreach (var name in names.Concat(names.AsEnumerable().Reverse()).Concat(names))
        {
            var input = Input(name);
            Assert.Equal(alone[name].Item1, Deflate.Zlib(input));
            Assert.Equal(alone[name].Item2, Deflate.Zlib(input, fast: true));
        }
    }

    [Fact]
    public void Huffman_lengths_respect_the_limit_and_form_a_complete_code()
    {
        // Fibonacci frequencies make the deepest possible tree.
        var frequencies = new int[30];
        frequencies[0] = frequencies[1] = 1;
        for (var i = 2; i < frequencies.Length; i++)
        {
            frequencies[i] = frequencies[i - 1] + frequencies[i - 2];
        }

        var lengths = Huffman.Lengths(frequencies, 15);
        Assert.True(lengths.Max() <= 15);
        Assert.Equal(1.0, lengths.Where(l => l > 0).Sum(l => Math.Pow(2, -l)), 10);
        Assert.Equal([1, 1], Huffman.Lengths([0, 0, 5], 7).Where(l => l > 0).Select(l => (int)l));
    }

    [Fact]
    public void Adler32_matches_the_definition()
    {
        Assert.Equal(0x11E60398u, Deflate.Adler32("Wikipedia"u8));
        Assert.Equal(1u, Deflate.Adler32([]));
        var random = new Random(3);
        foreach (var length in new[] { 1, 15, 16, 17, 31, 33, 5551, 5552, 5553, 5600, 20_000, 100_000 })
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            if (length >= 20_000)
            {
                Array.Fill(bytes, (byte)255, 0, length / 2); // the largest sums: no lane may overflow
            }

            uint a = 1, b = 0;
            foreach (var x in bytes)
            {
                a = (a + x) % 65521;
                b = (b + a) % 65521;
            }

            Assert.Equal((b << 16) | a, Deflate.Adler32(bytes));
        }
    }
}
