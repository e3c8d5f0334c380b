using System.Security.Cryptography;
using Antrag.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Antrag.Tests.Cli;

/// <summary>The <c>antrag render</c> command run as a real process: outputs, exit codes and error messages.</summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class RenderCommandTests
{
    private static string Krefeld => RepoPaths.Sample("krefeld");

    [Fact]
    public void Renders_the_pdf_next_to_the_motion_by_default()
    {
        using var dir = TempFolder.WithCopyOf(Krefeld);
        var result = CliRunner.Run(dir.Path, "render", "antrag-4493-23-A.yaml");
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("wrote antrag-4493-23-A.pdf", result.StdOut, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(dir.File("antrag-4493-23-A.pdf"));
        Assert.Contains("Antrag der CDU-Fraktion", pdf.GetPage(1).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(dir.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Png_format_writes_one_image_per_page()
    {
        using var dir = TempFolder.WithCopyOf(Krefeld);
        var result = CliRunner.Run(dir.Path, "render", "antrag-4493-23-A.yaml", "--format", "png", "-o", "out/seite.png", "--dpi", "72");
        Assert.True(result.ExitCode == 0, result.StdErr);
        var pngs = Directory.GetFiles(dir.File("out"), "*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(pngs);
        Assert.Equal(Enumerable.Range(1, pngs.Count).Select(i => $"seite-{i}.png"), pngs);
        using var image = SkiaSharp.SKBitmap.Decode(dir.File("out/seite-1.png"));
        Assert.Equal(595, image.Width);
        Assert.Equal(842, image.Height);
    }

    [Fact]
    public void Output_dash_writes_the_text_to_standard_output_and_no_file()
    {
        using var dir = TempFolder.WithCopyOf(Krefeld);
        var before = dir.Files();
        var result = CliRunner.Run(dir.Path, "render", "antrag-4493-23-A.yaml", "--format", "txt", "-o", "-");

        Assert.Equal(0, result.ExitCode);
        var written = CliRunner.Run(dir.Path, "render", "antrag-4493-23-A.yaml", "--format", "txt", "-o", "datei.txt");
        Assert.Equal(0, written.ExitCode);
        Assert.Equal(File.ReadAllText(dir.File("datei.txt")), result.StdOut);
        Assert.Equal(before.Append("datei.txt").Order(StringComparer.Ordinal), dir.Files());

        var png = CliRunner.Run(dir.Path, "render", "antrag-4493-23-A.yaml", "--format", "png", "-o", "-");
        Assert.Equal(1, png.ExitCode);
        Assert.StartsWith("-: error ANT8001", png.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Txt_format_writes_the_letterhead_text()
    {
        using var dir = TempFolder.WithCopyOf(Krefeld);
        var result = CliRunner.Run(dir.Path, "render", "antrag-4493-23-A.yaml", "--format", "txt");
        Assert.True(result.ExitCode == 0, result.StdErr);
        var text = File.ReadAllText(dir.File("antrag-4493-23-A.txt"));
        Assert.Contains("Antrag der CDU-Fraktion im Rat der Stadt Krefeld", text, StringComparison.Ordinal);
        Assert.Contains("Der Rat der Stadt Krefeld beschließt:", text, StringComparison.Ordinal);
        Assert.Contains("| Rat | 28.02.2023 | beschließend |", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kaputt.yaml", "betreff: [nicht geschlossen\n", "kaputt.yaml(2,1): error ANT1001")]
    [InlineData("tippfehler.yaml", "datum: 28.02.2023\nbetreff: B\nbeschlussentwurf: E\nbegruendug: G\n", "tippfehler.yaml(4,1): error ANT1003")]
    [InlineData("ohne-betreff.yaml", "datum: 28.02.2023\nbeschlussentwurf: E\n", "ohne-betreff.yaml(1,1): error ANT1004")]
    public void Bad_input_gives_a_located_error_exit_code_1_and_no_output(string name, string yaml, string expected)
    {
        using var dir = TempFolder.WithCopyOf(Krefeld);
        File.WriteAllText(dir.File(name), yaml);
        var before = SHA256.HashData(File.ReadAllBytes(dir.File(name)));
        var filesBefore = dir.Files();

        var result = CliRunner.Run(dir.Path, "render", name);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(filesBefore, dir.Files());
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(dir.File(name))));
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        using var dir = new TempFolder();
        var result = CliRunner.Run(dir.Path, "render", "gibtesnicht.yaml");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("gibtesnicht.yaml: error ANT1101", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_render_keeps_the_previous_pdf_intact()
    {
        using var dir = TempFolder.WithCopyOf(Krefeld);
        Assert.Equal(0, CliRunner.Run(dir.Path, "render", "antrag-4493-23-A.yaml").ExitCode);
        var good = File.ReadAllBytes(dir.File("antrag-4493-23-A.pdf"));
        File.AppendAllText(dir.File("antrag-4493-23-A.yaml"), "\nunbekannt: 1\n");

        var result = CliRunner.Run(dir.Path, "render", "antrag-4493-23-A.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(good, File.ReadAllBytes(dir.File("antrag-4493-23-A.pdf")));
    }

    [Fact]
    public void Help_explains_with_an_example()
    {
        var result = CliRunner.Run(RepoPaths.Root, "render", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("antrag render samples/krefeld/antrag-4493-23-A.yaml", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("--format", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_refused_with_exit_code_1()
    {
        var result = CliRunner.Run(RepoPaths.Root, "render", "samples/krefeld/antrag-4493-23-A.yaml", "--format", "docx");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("docx", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_separate_runs_write_identical_pdf_and_png_bytes()
    {
        using var dir = TempFolder.WithCopyOf(Krefeld);
        Assert.Equal(0, CliRunner.Run(dir.Path, "render", "antrag-4493-23-A.yaml", "-o", "a.pdf").ExitCode);
        Assert.Equal(0, CliRunner.Run(dir.Path, "render", "antrag-4493-23-A.yaml", "-o", "b.pdf").ExitCode);
        Assert.Equal(0, CliRunner.Run(dir.Path, "render", "antrag-4493-23-A.yaml", "-f", "png", "-o", "a.png").ExitCode);
        Assert.Equal(0, CliRunner.Run(dir.Path, "render", "antrag-4493-23-A.yaml", "-f", "png", "-o", "b.png").ExitCode);
        Assert.Equal(File.ReadAllBytes(dir.File("a.pdf")), File.ReadAllBytes(dir.File("b.pdf")));
        Assert.Equal(File.ReadAllBytes(dir.File("a-1.png")), File.ReadAllBytes(dir.File("b-1.png")));
    }

    [Fact]
    public void Rendering_the_profile_itself_explains_what_to_render_instead()
    {
        var result = CliRunner.Run(RepoPaths.Root, "render", "samples/krefeld/fraktion.yaml");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("fraktion.yaml is the faction's profile, not a motion", result.StdErr, StringComparison.Ordinal);
    }
}
