using Antrag.Build;
using Antrag.Tests.BadInput;
using Antrag.Tests.Cli;

namespace Antrag.Tests.Build;

/// <summary><see cref="MotionRenderer"/> alone: one motion into its outputs and the record of what it was made from.</summary>
public sealed class MotionRendererTests
{
    private static (MotionRenderer Renderer, FileStates Files) Renderer(TempFolder dir, BuildFormats formats = BuildFormats.Pdf)
    {
        var options = new BuildOptions { SourceDirectory = dir.File("antraege"), OutputDirectory = dir.File("out"), Formats = formats };
        var files = new FileStates(dir.File("out"), new Dictionary<string, FileRecord>());
        return (new MotionRenderer(options, files, new OutputFolder(dir.File("out"), files, Antrag.Export.AtomicFile.WriteAll), new PathResolver(), "programm"), files);
    }

    private static MotionSource Motion(TempFolder dir)
    {
        Directory.CreateDirectory(dir.File("antraege"));
        File.WriteAllText(dir.File("antraege/fraktion.yaml"), GeneratedCaseTests.Profile);
        File.WriteAllText(dir.File("antraege/antrag.yaml"), GeneratedCaseTests.Motion);
        return new MotionSource(dir.File("antraege/antrag.yaml"), "antrag.yaml", dir.File("antraege/antrag.yaml"));
    }

    [Fact]
    public void A_motion_is_written_with_its_thumbnail_and_recorded_with_its_inputs()
    {
        using var dir = new TempFolder();
        var motion = Motion(dir);
        var (renderer, _) = Renderer(dir, BuildFormats.Pdf | BuildFormats.Txt);

        var result = renderer.Render(motion, collides: false, previous: null);

        Assert.Equal(MotionOutcome.Rendered, result.Outcome);
        var record = result.Record!;
        Assert.Equal("../antraege/antrag.yaml", record.Source);
        Assert.Equal("programm", record.Key);
        Assert.Contains("../antraege/fraktion.yaml", record.Inputs.Keys);
        Assert.Contains("../antraege/templates/", record.Inputs.Keys);
        Assert.Equal(["antrag.pdf", "antrag.thumb.png", "antrag.txt"], record.Outputs.Keys.Order(StringComparer.Ordinal));
        Assert.All(record.Outputs.Keys, k => Assert.True(File.Exists(dir.File("out/" + k))));
        Assert.Equal("antrag.pdf", record.Index.Pdf);

        // Rendered again as PDF only: the text of the last render is deleted.
        var (pdfOnly, _) = Renderer(dir);
        Assert.Equal(MotionOutcome.Rendered, pdfOnly.Render(motion, collides: false, previous: record).Outcome);
        Assert.False(File.Exists(dir.File("out/antrag.txt")));
    }

    [Fact]
    public void A_broken_or_colliding_motion_fails_without_writing()
    {
        using var dir = new TempFolder();
        var motion = Motion(dir);
        var (renderer, _) = Renderer(dir);

        var collided = renderer.Render(motion, collides: true, previous: null);
        File.WriteAllText(motion.FullPath, "betreff: [\n");
        var broken = renderer.Render(motion, collides: false, previous: null);

        Assert.Equal(MotionOutcome.Failed, collided.Outcome);
        Assert.Contains("same name", collided.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(MotionOutcome.Failed, broken.Outcome);
        Assert.Null(broken.Record);
        Assert.False(Directory.Exists(dir.File("out")));
    }
}
