using System.IO.Hashing;
using Antrag.Pdf.Compression;
using Antrag.Pdf.Png;

namespace Antrag.Pdf.Tests;

/// <summary>
/// The determinism contract across machines: fixed inputs give the bytes they gave where these hashes were taken. Other
/// tests compare outputs within one process; these fail on a machine (or runtime, or library version) whose bytes
/// differ. A deliberate change of the output changes them too: check that the change is the one intended, then update
/// the hash.
/// </summary>
public sealed class KnownBytesTests
{
    private static string Hash(byte[] bytes) => Convert.ToHexString(XxHash128.Hash(bytes));

    [Fact]
    public void Deflate_of_carlito()
    {
        Assert.Equal("74A10E180B075005D0BF4FE6A448508D", Hash(Deflate.Zlib(Carlito.Regular)));
        Assert.Equal("8B4FFC9D9CD545DD7676AE1F64660FBF", Hash(Deflate.Zlib(Carlito.Regular, fast: true)));
    }

    [Fact]
    public void Png_of_a_gradient()
    {
        var pixels = new byte[64 * 48 * 4];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(i % 4 == 3 ? 255 : (i * 7 / 5) & 0xFF);
        }

        Assert.Equal("1D115574D1B770ACD9C42D93FCCEB612", Hash(PngEncoder.Encode(pixels, 64, 48, 256, 96)));
    }

    [Fact]
    public void Pdf_of_the_writer_tests() =>
        Assert.Equal("03C1FEF6F1F03F1CA74AB94EA33143E0", Hash(PdfDocumentWriterTests.Write()));

    [Fact]
    public void Tagged_pdf_of_the_structure_tests() =>
        Assert.Equal("18CEFBE3490C5259166CCD722E36956B", Hash(PdfStructureTests.Write()));
}
