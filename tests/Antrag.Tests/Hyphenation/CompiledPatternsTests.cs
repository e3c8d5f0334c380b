using System.Reflection;
using Antrag.Hyphenation;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Hyphenation;

/// <summary>
/// The shipped compiled trie (<c>hyphenation/hyph-de-1996.trie</c>) is exactly what the TeX patterns compile to, and
/// reads back to a trie that hyphenates like the parsed one. After changing the .tex or the format, run the tests
/// with ANTRAG_ACCEPT=1 to write the new .trie.
/// </summary>
public sealed class CompiledPatternsTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "hyphenation");

    private static LiangPatterns FromTex()
    {
        using var reader = new StreamReader(Path.Combine(Folder, "hyph-de-1996.tex"));
        return GermanHyphenator.ParseTex(reader);
    }

    [Fact]
    public void The_shipped_trie_is_the_compiled_tex_file()
    {
        var compiled = FromTex().Compile();
        var path = Path.Combine(Folder, "hyph-de-1996.trie");
        if (Environment.GetEnvironmentVariable("ANTRAG_ACCEPT") == "1")
        {
            File.WriteAllBytes(path, compiled);
        }

        Assert.True(File.Exists(path), "hyphenation/hyph-de-1996.trie is missing; run the tests with ANTRAG_ACCEPT=1");
        Assert.True(compiled.AsSpan().SequenceEqual(File.ReadAllBytes(path)), "hyphenation/hyph-de-1996.trie is not the compiled hyph-de-1996.tex; run the tests with ANTRAG_ACCEPT=1");
    }

    [Fact]
    public void The_embedded_trie_is_the_shipped_file()
    {
        using var stream = typeof(GermanHyphenator).Assembly.GetManifestResourceStream("hyphenation/hyph-de-1996.trie");
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Folder, "hyph-de-1996.trie")), copy.ToArray());
    }

    [Fact]
    public void A_loaded_trie_gives_the_same_points_as_the_parsed_one_for_every_pattern_and_word()
    {
        var parsed = FromTex();
        var loaded = LiangPatterns.Load(parsed.Compile());
        Assert.Equal(parsed.Count, loaded.Count);

        var words = File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "Antrag.Tests", "Hyphenation", "words.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => "." + l.Trim().Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant() + ".")
            .Concat([".donaudampfschifffahrtsgesellschaft.", ".ärztekammer.", ".übergangsweise.", ".größenordnung.", ".x."]);
        foreach (var word in words)
        {
            var a = new byte[word.Length + 1];
            var b = new byte[word.Length + 1];
            parsed.Apply(word, a);
            loaded.Apply(word, b);
            Assert.Equal(a, b);
        }
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { (byte)'L', (byte)'I', (byte)'A', (byte)'N', (byte)'G', (byte)'0', (byte)'1', (byte)'\n', 1, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0 })]
    public void Bytes_that_are_not_a_compiled_trie_are_refused(byte[] data)
    {
        Assert.Throws<InvalidDataException>(() => LiangPatterns.Load(data));
    }

    [Fact]
    public void The_program_no_longer_carries_the_tex_source()
    {
        var names = typeof(GermanHyphenator).Assembly.GetManifestResourceNames();
        Assert.Contains("hyphenation/hyph-de-1996.trie", names);
        Assert.DoesNotContain("hyphenation/hyph-de-1996.tex", names);
    }
}
