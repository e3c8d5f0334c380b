using Antrag.Build;
using Antrag.Diagnostics;
using Antrag.Tests.Cli;

namespace Antrag.Tests.Build;

/// <summary><see cref="BuildStateStore"/> alone: what it saves and reads back, and what it does with a state it cannot use.</summary>
public sealed class BuildStateStoreTests
{
    private static BuildStateStore Store(TempFolder dir, RecordingReporter reporter, string output = "out") =>
        new(dir.File(".antrag/build/zustand.json"), dir.File(output), reporter, Antrag.Export.AtomicFile.WriteAll);

    private static MotionRecord Record() => new()
    {
        Source = "../antraege/a.yaml",
        Key = "k",
        Inputs = new Dictionary<string, string> { ["../antraege/a.yaml"] = "1" },
        Outputs = new Dictionary<string, string> { ["a.pdf"] = "2" },
        Index = new IndexEntry { Source = "a.yaml", Kind = "antrag", Subject = "B", Thumbnail = "a.thumb.png" },
    };

    [Fact]
    public void A_saved_state_is_read_back_and_names_its_output_folder_relative_to_itself()
    {
        using var dir = new TempFolder();
        var reporter = new RecordingReporter();
        var files = new FileStates(dir.File("out"), new Dictionary<string, FileRecord>());
        var state = new BuildState { Source = "../antraege" };
        state.Motions["a.yaml"] = Record();

        Assert.True(Store(dir, reporter).Save(state, files, complete: true));
        var (read, mustSave, _) = Store(dir, reporter).Load();

        Assert.False(mustSave);
        Assert.Equal("../../out", read!.Output);
        Assert.Equal("../antraege", read.Source);
        var record = read.Motions["a.yaml"];
        Assert.Equal(("../antraege/a.yaml", "k", "a.yaml"), (record.Source, record.Key, record.Index.Source));
        Assert.Equal(Record().Inputs, record.Inputs);
        Assert.Equal(Record().Outputs, record.Outputs);
        Assert.Empty(reporter.Problems);

        Store(dir, reporter).Save(state, files, complete: false);
        Assert.True(Store(dir, reporter).Load().MustSave);
    }

    [Fact]
    public void A_state_that_cannot_be_used_is_a_warning_one_that_cannot_be_read_an_error()
    {
        using var dir = new TempFolder();
        var reporter = new RecordingReporter();
        var files = new FileStates(dir.File("out"), new Dictionary<string, FileRecord>());
        Store(dir, reporter).Save(new BuildState(), files, complete: true);

        // Another output folder: not used.
        var (other, _, _) = Store(dir, reporter, "anderswo").Load();
        Assert.Equal(DiagnosticCodes.StateUnreadable, Assert.Single(reporter.Problems).Code);
        Assert.Empty(other!.Motions);

        File.WriteAllText(dir.File(".antrag/build/zustand.json"), "{ kaputt");
        Store(dir, reporter).Load();
        Assert.Equal(2, reporter.Problems.Count(p => p.Code == DiagnosticCodes.StateUnreadable && p.Severity == Severity.Warning));

        File.Delete(dir.File(".antrag/build/zustand.json"));
        Directory.CreateDirectory(dir.File(".antrag/build/zustand.json"));
        Assert.Equal(DiagnosticCodes.StateNotSaved, Store(dir, reporter).Load().Error?.Code);
        Assert.False(Store(dir, reporter).Save(new BuildState(), files, complete: true));
        Assert.Equal(DiagnosticCodes.StateNotSaved, reporter.Problems[^1].Code);
    }

    [Fact]
    public void The_default_place_is_outside_the_output_and_the_same_for_a_checkout_moved_as_a_whole()
    {
        using var dir = new TempFolder();

        var state = BuildStateLocation.Default("out", dir.Path);

        Assert.Equal(Path.Combine(dir.Path, ".antrag", "build"), Path.GetDirectoryName(state));
        Assert.Matches(@"^out-[0-9a-f]{8}\.json$", Path.GetFileName(state));
        using var moved = new TempFolder();
        Assert.Equal(Path.GetFileName(state), Path.GetFileName(BuildStateLocation.Default("out", moved.Path)));
        Assert.NotEqual(Path.GetFileName(state), Path.GetFileName(BuildStateLocation.Default("public", dir.Path)));
    }
}
