using Antrag.Diagnostics;
using Antrag.Output;
using Antrag.Tests.BadInput;
using Antrag.Tests.Cli;

namespace Antrag.Tests.Output;

/// <summary>The plan of <c>antrag render</c>'s outputs, made in the core before anything is read or rendered.</summary>
public sealed class OutputPlanTests
{
    private static TempFolder Folder()
    {
        var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), GeneratedCaseTests.Profile);
        File.WriteAllText(dir.File("a.yaml"), GeneratedCaseTests.Motion);
        File.WriteAllText(dir.File("b.yaml"), GeneratedCaseTests.Motion);
        return dir;
    }

    [Fact]
    public void Each_motion_goes_next_to_itself_or_all_into_one_pdf()
    {
        using var dir = Folder();
        var bag = new DiagnosticBag();

        var each = OutputPlan.Create([dir.File("a.yaml"), dir.File("b.yaml")], null, OutputFormat.Txt, 110, bag)!;
        var combined = OutputPlan.Create([dir.File("a.yaml"), dir.File("b.yaml")], dir.File("sitzung.pdf"), OutputFormat.Pdf, 110, bag)!;

        Assert.Empty(bag.Items);
        Assert.Equal([dir.File("a.txt"), dir.File("b.txt")], each.Targets);
        Assert.False(each.Combined);
        Assert.Equal([dir.File("sitzung.pdf")], combined.Targets);
        Assert.True(combined.Combined);
        Assert.Equal(Path.Combine(dir.Path, "seite-12.png"), OutputPlan.PngPage(dir.File("seite.png"), 12));
    }

    [Theory]
    [InlineData(OutputFormat.Png, "-", "ANT8001")]
    [InlineData(OutputFormat.Txt, "ausgabe.pdf", "ANT8001")]
    [InlineData(OutputFormat.Pdf, "a.yaml", "ANT6002")]
    public void What_cannot_work_is_refused_with_a_code(OutputFormat format, string output, string code)
    {
        using var dir = Folder();
        var bag = new DiagnosticBag();

        var plan = OutputPlan.Create([dir.File("a.yaml"), dir.File("b.yaml")], output == "-" ? output : dir.File(output), format, 110, bag);

        Assert.Null(plan);
        Assert.Equal(code, Assert.Single(bag.Items).Code.Id);
    }

    [Fact]
    public void Two_motions_that_would_write_one_file_are_refused()
    {
        using var dir = Folder();
        File.WriteAllText(dir.File("a.md"), "---\ndatum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\n---\n");
        var bag = new DiagnosticBag();

        Assert.Null(OutputPlan.Create([dir.File("a.yaml"), dir.File("a.md")], null, OutputFormat.Pdf, 110, bag));
        Assert.Contains("two motions would be written to the same file", Assert.Single(bag.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolved_paths_see_through_links_and_dot_dot()
    {
        using var dir = Folder();
        Directory.CreateDirectory(dir.File("echt"));
        Directory.CreateSymbolicLink(dir.File("verweis"), dir.File("echt"));
        File.CreateSymbolicLink(dir.File("echt/link.yaml"), dir.File("a.yaml"));

        // The temporary folder itself may lie below a link (macOS: /var is /private/var).
        var root = ResolvedPath.Of(dir.Path);
        Assert.Equal(Path.Combine(root, "echt", "x.pdf"), ResolvedPath.Of(dir.File("verweis/x.pdf")));
        Assert.Equal(Path.Combine(root, "echt", "x.pdf"), ResolvedPath.Of(dir.File("verweis/../echt/x.pdf")));
        Assert.Equal(Path.Combine(root, "a.yaml"), ResolvedPath.Of(dir.File("verweis/link.yaml")));
        Assert.Equal(Path.Combine(root, "echt", "link.yaml"), ResolvedPath.OfEntry(dir.File("verweis/link.yaml")));
        Assert.True(ResolvedPath.IsSameOrBelow(ResolvedPath.Of(dir.File("verweis/x.pdf")), ResolvedPath.Of(dir.File("echt"))));
        Assert.False(ResolvedPath.IsSameOrBelow(dir.File("echtes/x.pdf"), dir.File("echt")));
    }
}
