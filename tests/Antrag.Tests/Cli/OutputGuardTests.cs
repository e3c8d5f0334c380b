using Antrag.Cli;
using Antrag.Output;
using Antrag.Tests.BadInput;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Cli;

/// <summary>
/// Outputs never replace inputs: an output path that names a profile, a template, an image, a font or a motion of the run
/// (also through links), a folder, or a device, pipe or socket is refused with a coded error before anything is written,
/// and the input is left as it was.
/// </summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class OutputGuardTests
{
    private const string Logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n";

    /// <summary>A folder with a profile that has a logo, a template and a font folder, and a motion.</summary>
    private static TempFolder Folder()
    {
        var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), GeneratedCaseTests.Profile + "logo: logo.svg\n");
        File.WriteAllText(dir.File("logo.svg"), Logo);
        File.WriteAllText(dir.File("antrag.yaml"), GeneratedCaseTests.Motion);
        File.WriteAllText(dir.File("zweiter.yaml"), GeneratedCaseTests.Motion);
        Directory.CreateDirectory(dir.File("templates"));
        using (var stream = typeof(Pipeline).Assembly.GetManifestResourceStream("templates/antrag.sbn")!)
        using (var reader = new StreamReader(stream))
        {
            File.WriteAllText(dir.File("templates/antrag.sbn"), reader.ReadToEnd());
        }

        return dir;
    }

    private static (int Exit, string StdErr) Render(TempFolder dir, string output, OutputFormat format = OutputFormat.Pdf, params string[] motions)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = RenderCommand.Run(motions.Length == 0 ? [dir.File("antrag.yaml")] : motions.Select(dir.File).ToList(), output, format, 110, false, stdout, stderr);
        return (exit, stderr.ToString());
    }

    private static Dictionary<string, byte[]> Snapshot(TempFolder dir) =>
        Directory.EnumerateFiles(dir.Path, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

    [Theory]
    [InlineData("fraktion.yaml", "fraktion.yaml is the name of the faction's profile")]
    [InlineData("logo.svg", "the output would overwrite the image ")]
    [InlineData("templates/antrag.sbn", "the output would overwrite the template ")]
    [InlineData("antrag.yaml", "the output would overwrite the motion itself")]
    public void An_output_that_names_an_input_is_refused_and_the_input_kept(string output, string message)
    {
        using var dir = Folder();
        var before = Snapshot(dir);

        var (exit, stderr) = Render(dir, dir.File(output));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("error ANT6002: " + message, stderr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(dir));
    }

    [Fact]
    public void A_combined_pdf_over_another_motion_of_the_render_is_refused()
    {
        using var dir = Folder();
        var before = Snapshot(dir);

        var (exit, stderr) = Render(dir, dir.File("zweiter.yaml"), OutputFormat.Pdf, "antrag.yaml", "zweiter.yaml");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("error ANT6002: the output would overwrite the motion itself", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(dir));
    }

    [Fact]
    public void Png_pages_named_like_an_input_are_refused()
    {
        using var dir = Folder();
        File.WriteAllText(dir.File("fraktion.yaml"), GeneratedCaseTests.Profile + "logo: bild-1.png\n");
        File.WriteAllBytes(dir.File("bild-1.png"), Png());
        var before = Snapshot(dir);

        var (exit, stderr) = Render(dir, dir.File("bild.png"), OutputFormat.Png);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("bild-1.png: error ANT6002: the output would overwrite the image ", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(dir));
    }

    [Fact]
    public void Links_are_followed_a_linked_folder_or_a_link_to_the_profile_is_refused()
    {
        using var dir = Folder();
        File.CreateSymbolicLink(dir.File("ausgabe.pdf"), dir.File("fraktion.yaml"));
        Directory.CreateSymbolicLink(dir.File("verweis"), dir.Path);
        var before = File.ReadAllBytes(dir.File("fraktion.yaml"));

        var link = Render(dir, dir.File("ausgabe.pdf"));
        var throughFolder = Render(dir, dir.File("verweis/logo.svg"));

        Assert.Equal(ExitCodes.BadInput, link.Exit);
        Assert.Contains("error ANT6002: the output would overwrite the profile ", link.StdErr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, throughFolder.Exit);
        Assert.Contains("error ANT6002: the output would overwrite the image ", throughFolder.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(dir.File("fraktion.yaml")));
        Assert.NotNull(new FileInfo(dir.File("ausgabe.pdf")).LinkTarget);
    }

    [Fact]
    public void A_folder_is_no_output_file()
    {
        using var dir = Folder();

        var (exit, stderr) = Render(dir, dir.File("templates"));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("templates: error ANT6010: this is a folder; the output is a file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_or_a_pipe_is_no_output_file_and_stays_what_it_is()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var dir = Folder();
        var pipe = dir.File("rohr");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
        }

        foreach (var target in new[] { "/dev/null", pipe })
        {
            var (exit, stderr) = Render(dir, target);

            Assert.Equal(ExitCodes.BadInput, exit);
            Assert.Contains(": error ANT6010: this is a device, pipe or socket, not a file", stderr, StringComparison.Ordinal);
            Assert.Equal(FileKind.Special, FileKinds.Of(target));
        }

        using var stdout = new StringWriter();
        using var stderr2 = new StringWriter();
        Assert.Equal(ExitCodes.BadInput, NewCommand.Run("antrag", "/dev/null", TimeProvider.System, false, stdout, stderr2));
        Assert.Contains("/dev/null: error ANT6010", stderr2.ToString(), StringComparison.Ordinal);
        Assert.Equal(FileKind.Special, FileKinds.Of("/dev/null"));
    }

    [Fact]
    public void Files_folders_links_and_missing_paths_are_told_apart()
    {
        using var dir = Folder();
        File.WriteAllText(dir.File("leer.pdf"), string.Empty);
        File.CreateSymbolicLink(dir.File("verweis.pdf"), dir.File("leer.pdf"));

        Assert.Equal(FileKind.File, FileKinds.Of(dir.File("leer.pdf")));
        Assert.Equal(FileKind.File, FileKinds.Of(dir.File("antrag.yaml")));
        Assert.Equal(FileKind.Folder, FileKinds.Of(dir.File("templates")));
        Assert.Equal(FileKind.Link, FileKinds.Of(dir.File("verweis.pdf")));
        Assert.Equal(FileKind.Missing, FileKinds.Of(dir.File("nichts.pdf")));
    }

    [Fact]
    public void Watch_refuses_an_output_over_its_profile_before_it_starts()
    {
        using var dir = Folder();
        var before = Snapshot(dir);

        var result = CliRunner.Run(dir.Path, "watch", "antrag.yaml", "-o", "fraktion.yaml");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("fraktion.yaml: error ANT6002", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(dir));
    }

    [Fact]
    public void The_synopsis_is_refused_over_an_input()
    {
        using var dir = Folder();
        File.WriteAllText(dir.File("zweiter.yaml"), GeneratedCaseTests.Motion.Replace("bis Ende 2024", "bis Ende 2025", StringComparison.Ordinal));
        File.CreateSymbolicLink(dir.File("synopse.pdf"), dir.File("logo.svg"));
        var before = Snapshot(dir);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = AmendCommand.Run(dir.File("antrag.yaml"), dir.File("zweiter.yaml"), dir.File("synopse.pdf"), synopsis: true, fassung: false, TimeProvider.System, false, stdout, stderr);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("synopse.pdf: error ANT6002: the output would overwrite the image ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(dir));
    }

    /// <summary>A PNG of one pixel.</summary>
    private static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
