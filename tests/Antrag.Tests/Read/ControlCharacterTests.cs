using System.Text;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Read;
using Antrag.Tests.BadInput;

namespace Antrag.Tests.Read;

/// <summary>
/// Control characters in values (escapes such as <c>"\0"</c>, <c>"\a"</c>, <c>"\e"</c>, or typed invisibly) are left out of the
/// text with a warning at the first of them; the PDF's text and metadata stay clean. A lone surrogate escape is named as such.
/// </summary>
public sealed class ControlCharacterTests
{
    private const string Rest = "datum: 28.02.2023\nbeschlussentwurf: E\n";

    [Theory]
    [InlineData("betreff: \"Turn\\0halle\"", "Turnhalle", 1, 15)]
    [InlineData("betreff: \"Turn\\ahalle \\e[31m\"", "Turnhalle [31m", 1, 15)]
    [InlineData("betreff: \"a\\x07b\\u0085c\\U0000009Bd\"", "abcd", 1, 12)]
    [InlineData("betreff: \"\\\\a\\t\\x85\"", "\\a\t", 1, 16)]
    [InlineData("betreff: Turn\u0007halle", "Turnhalle", 1, 14)]
    [InlineData("betreff: |\n  Turn\n  hal\u001Ble", "Turn\nhalle", 3, 6)]
    public void Control_characters_are_left_out_with_a_warning_at_the_first(string betreff, string expected, int line, int column)
    {
        var diagnostics = new DiagnosticBag();
        var motion = MotionReader.Parse(betreff + "\n" + Rest, "m.yaml", diagnostics);

        Assert.NotNull(motion);
        Assert.Equal(expected, motion.Subject);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(("ANT2032", Severity.Warning), (warning.Code.Id, warning.Severity));
        Assert.Equal(new SourceSpan("m.yaml", line, column), warning.Span);
    }

    [Fact]
    public void Tabs_and_line_breaks_stay()
    {
        var diagnostics = new DiagnosticBag();
        var motion = MotionReader.Parse("betreff: \"a\\tb\\nc\"\n" + Rest, "m.yaml", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("a\tb\nc", motion!.Subject);
    }

    [Theory]
    [InlineData("betreff: \"a\\ud800b\"", 12, "\\ud800")]
    [InlineData("betreff: \"a \\ud83d\\ude00 \\ude00\"", 26, "\\ude00")]
    [InlineData("betreff: \"\\\\ud800 \\ud800\"", 19, "\\ud800")]
    public void A_lone_surrogate_escape_is_named_where_it_stands(string betreff, int column, string escape)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Parse(betreff + "\n" + Rest, "m.yaml", diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("ANT1031", error.Code.Id);
        Assert.Equal(new SourceSpan("m.yaml", 1, column), error.Span);
        Assert.StartsWith($"'{escape}' is half of a character", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_text_and_metadata_hold_no_control_character()
    {
        using var dir = new ScratchFolder();
        dir.Write("fraktion.yaml", GeneratedCaseTests.Profile);
        var path = dir.Write("antrag.yaml", GeneratedCaseTests.Motion.Replace(
            "betreff: Sanierung der Turnhalle an der Schulstraße", "betreff: \"Sanierung\\0 der\\a Turn\\ehalle\\x85 an der\\x9b Schulstraße\"", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        using var rendered = diagnostics.Take(Pipeline.Render(path));
        var pdf = PdfExporter.Export(rendered!.Layout);

        Assert.Equal("ANT2032", Assert.Single(diagnostics.Items).Code.Id);
        Assert.Equal("Sanierung der Turnhalle an der Schulstraße", rendered.Motion.Subject);
        var xmp = Encoding.UTF8.GetString(pdf, IndexOf(pdf, "<x:xmpmeta"u8), 4000);
        Assert.Contains(">Sanierung der Turnhalle an der Schulstraße<", xmp, StringComparison.Ordinal);
        Assert.DoesNotContain(xmp[..xmp.IndexOf("</x:xmpmeta>", StringComparison.Ordinal)], c => c < ' ' && c is not '\n' and not '\r' and not '\t');
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> what) => bytes.AsSpan().IndexOf(what);
}
