using Antrag.Tests.Infrastructure;
using Antrag.Tests.PdfA;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Antrag.Tests.Cli;

/// <summary><c>antrag render</c> with several motions: one combined PDF with -o, otherwise one output per motion.</summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class RenderSeveralTests
{
    private static readonly string[] Motions =
    [
        "samples/krefeld/antrag-4493-23-A.yaml",
        "samples/musterstadt/antrag-radverkehrskonzept.yaml",
        "samples/musterstadt/anfrage-kitaplaetze.yaml",
    ];

    [Fact]
    public void Several_motions_with_o_become_one_pdf_with_a_bookmark_each_and_the_same_bytes_every_run()
    {
        using var dir = new TempFolder();
        var first = CliRunner.Run(RepoPaths.Root, ["render", .. Motions, "-o", dir.File("sitzung.pdf")]);
        var second = CliRunner.Run(RepoPaths.Root, ["render", .. Motions, "-o", dir.File("nochmal.pdf")]);

        Assert.True(first.ExitCode == 0, first.StdErr);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("sitzung.pdf (3 motions, 5 pages)", first.StdOut, StringComparison.Ordinal);
        var pdf = File.ReadAllBytes(dir.File("sitzung.pdf"));
        Assert.Equal(pdf, File.ReadAllBytes(dir.File("nochmal.pdf")));
        Assert.Empty(PdfAChecker.Check(pdf));
        using var doc = PdfDocument.Open(pdf);
        Assert.Equal(5, doc.NumberOfPages);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.Equal([1, 2, 5], bookmarks.Roots.Cast<DocumentBookmarkNode>().Select(n => n.PageNumber));
        Assert.Contains("Seite 3 von 3", doc.GetPage(4).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_motions_without_o_are_each_written_next_to_their_file()
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample("musterstadt"));
        var result = CliRunner.Run(dir.Path, "render", "antrag-schulwege.yaml", "anfrage-kitaplaetze.yaml");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("wrote antrag-schulwege.pdf (1 page)", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("wrote anfrage-kitaplaetze.pdf (1 page)", result.StdOut, StringComparison.Ordinal);
        using var doc = PdfDocument.Open(dir.File("anfrage-kitaplaetze.pdf"));
        Assert.Contains("Anfrage der", doc.GetPage(1).Text, StringComparison.Ordinal);
        Assert.False(doc.TryGetBookmarks(out _));
    }

    [Fact]
    public void Several_motions_with_o_and_png_are_refused_without_writing_anything()
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample("musterstadt"));
        var before = dir.Files();
        var result = CliRunner.Run(dir.Path, "render", "antrag-schulwege.yaml", "anfrage-kitaplaetze.yaml", "-o", "seiten.png", "--format", "png");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("-o with several motions writes one combined PDF", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, dir.Files());
    }

    [Fact]
    public void One_bad_motion_among_several_writes_nothing_and_says_where()
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample("musterstadt"));
        File.WriteAllText(dir.File("kaputt.yaml"), "datum: 28.02.2023\nbetreff: B\nbeschlussentwurf: E\nbegruendug: G\n");
        var before = dir.Files();

        var combined = CliRunner.Run(dir.Path, "render", "antrag-schulwege.yaml", "kaputt.yaml", "-o", "sitzung.pdf");
        var separate = CliRunner.Run(dir.Path, "render", "antrag-schulwege.yaml", "kaputt.yaml");

        Assert.Equal(1, combined.ExitCode);
        Assert.Contains("kaputt.yaml(4,1): error ANT1003", combined.StdErr, StringComparison.Ordinal);
        Assert.Equal(1, separate.ExitCode);
        Assert.Equal(before, dir.Files());
    }
}
