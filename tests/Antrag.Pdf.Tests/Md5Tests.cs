using System.Security.Cryptography;
using System.Text;

namespace Antrag.Pdf.Tests;

/// <summary>The managed MD5 behind the PDF's document ID gives the digests of RFC 1321 and of the platform's MD5.</summary>
public sealed class Md5Tests
{
    [Theory]
    [InlineData("", "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("a", "0cc175b9c0f1b6a831c399e269772661")]
    [InlineData("abc", "900150983cd24fb0d6963f7d28e17f72")]
    [InlineData("message digest", "f96b697d7cb7938d525a2f31aaf161d0")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a")]
    public void The_test_suite_of_RFC_1321_passes(string text, string digest) =>
        Assert.Equal(digest, Convert.ToHexStringLower(Md5.Hash(Encoding.ASCII.GetBytes(text))));

    [Fact]
    public void Every_length_around_the_block_and_padding_edges_agrees_with_the_platform()
    {
        var random = new Random(4493);
        foreach (var length in Enumerable.Range(0, 200).Concat([1000, 4095, 4096, 4097, 100_000]))
        {
            var data = new byte[length];
            random.NextBytes(data);
            Assert.Equal(MD5.HashData(data), Md5.Hash(data));
        }
    }
}
