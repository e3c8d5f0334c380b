namespace Antrag.Pdf.Tests;

public sealed class PdfSyntaxTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(12.5, "12.5")]
    [InlineData(595.28, "595.28")]
    [InlineData(-0.0004, "0")]
    [InlineData(-1.2345, "-1.235")]
    [InlineData(0.001, "0.001")]
    [InlineData(1234567.0, "1234567")]
    [InlineData(0.0999, "0.1")]
    public void Numbers_have_at_most_three_decimals_and_no_exponent(double value, string expected) =>
        Assert.Equal(expected, PdfSyntax.Number(value));

    [Fact]
    public void Matrix_coefficients_keep_six_decimals()
    {
        Span<byte> buffer = stackalloc byte[32];
        var n = PdfSyntax.WriteNumber(buffer, Math.Cos(Math.PI / 6), 6);
        Assert.Equal("0.866025", System.Text.Encoding.ASCII.GetString(buffer[..n]));
    }

    [Theory]
    [InlineData("CDU-Fraktion", "(CDU-Fraktion)")]
    [InlineData("a (b) c\\", "(a \\(b\\) c\\\\)")]
    [InlineData("Grün", "<FEFF0047007200FC006E>")]
    public void Text_strings_are_literal_for_ascii_and_utf16_otherwise(string text, string expected) =>
        Assert.Equal(expected, PdfSyntax.Text(text));

    [Theory]
    [InlineData("Carlito-Bold", "Carlito-Bold")]
    [InlineData("My Font(1)", "My#20Font#281#29")]
    [InlineData("Schrift-Grün", "Schrift-Gr#C3#BCn")]
    public void Names_escape_delimiters_spaces_and_non_ascii(string name, string expected) =>
        Assert.Equal(expected, PdfSyntax.NameChars(name));
}
