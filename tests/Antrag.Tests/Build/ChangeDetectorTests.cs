using Antrag.Build;
using Antrag.Tests.Cli;

namespace Antrag.Tests.Build;

/// <summary><see cref="ChangeDetector"/> alone: what is gone, what collides, and when a record still holds.</summary>
public sealed class ChangeDetectorTests
{
    private static MotionSource Motion(TempFolder dir, string relative) => new(dir.File(relative), relative, relative);

    private static (ChangeDetector Detector, FileStates Files) Detector(TempFolder dir, BuildOptions? options = null)
    {
        var files = new FileStates(dir.File("out"), new Dictionary<string, FileRecord>());
        return (new ChangeDetector(options ?? new BuildOptions { SourceDirectory = dir.Path, OutputDirectory = dir.File("out") }, files, new PathResolver()), files);
    }

    /// <summary>A record of <paramref name="motion"/> as a build would have written it now.</summary>
    private static MotionRecord Record(ChangeDetector detector, FileStates files, MotionSource motion) => new()
    {
        Source = detector.SourceKey(motion),
        Key = detector.ProgramKey,
        Inputs = new Dictionary<string, string> { [detector.SourceKey(motion)] = files.Hash(motion.FullPath) },
        Outputs = [],
        Index = new IndexEntry { Source = motion.RelativePath, Kind = "antrag", Subject = "B", Thumbnail = "a.thumb.png" },
    };

    [Fact]
    public void A_record_holds_while_the_motion_file_its_inputs_and_the_program_are_the_same()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("a.yaml"), "betreff: A\n");
        File.WriteAllText(dir.File("b.yaml"), "betreff: A\n");
        var (detector, files) = Detector(dir);
        var a = Motion(dir, "a.yaml");
        var records = new Dictionary<string, MotionRecord> { ["a.yaml"] = Record(detector, files, a) };

        Assert.True(detector.IsUnchanged(a, records, new HashSet<string>()));

        // The same relative path from another file (another source folder) is another motion, even with the same bytes.
        Assert.False(detector.IsUnchanged(new MotionSource(dir.File("b.yaml"), "a.yaml", "b.yaml"), records, new HashSet<string>()));
        Assert.False(detector.IsUnchanged(a, records, new HashSet<string> { "a.yaml" }));
        Assert.False(detector.IsUnchanged(a, new Dictionary<string, MotionRecord> { ["a.yaml"] = records["a.yaml"] with { Key = "anderes Programm" } }, new HashSet<string>()));
        var (forced, _) = Detector(dir, new BuildOptions { SourceDirectory = dir.Path, OutputDirectory = dir.File("out"), Force = true });
        Assert.False(forced.IsUnchanged(a, records, new HashSet<string>()));

        var (fresh, _) = Detector(dir);
        File.WriteAllText(dir.File("a.yaml"), "betreff: B\n");
        Assert.False(fresh.IsUnchanged(a, records, new HashSet<string>()));
    }

    [Fact]
    public void Gone_motions_are_those_recorded_and_not_found_in_this_share()
    {
        using var dir = new TempFolder();
        var (detector, _) = Detector(dir);
        var records = new[] { "a.yaml", "b.yaml", "c/d.yaml" }.ToDictionary(k => k, k => new MotionRecord { Key = "k", Inputs = [], Outputs = [], Index = new IndexEntry { Source = k, Kind = "antrag", Subject = "B", Thumbnail = "t" } });

        Assert.Equal(["b.yaml", "c/d.yaml"], detector.Gone([Motion(dir, "a.yaml")], records));

        var share = new Shard(1, 2);
        var (sharded, _) = Detector(dir, new BuildOptions { SourceDirectory = dir.Path, OutputDirectory = dir.File("out"), Shard = share });
        Assert.Equal(new[] { "b.yaml", "c/d.yaml" }.Where(share.Contains), sharded.Gone([Motion(dir, "a.yaml")], records));
    }

    [Fact]
    public void Motions_with_the_same_output_names_collide_all_but_the_first()
    {
        using var dir = new TempFolder();

        var collisions = ChangeDetector.Collisions([Motion(dir, "a.md"), Motion(dir, "a.yaml"), Motion(dir, "a.yml"), Motion(dir, "b.yaml")]);

        Assert.Equal(["a.yaml", "a.yml"], collisions.Order(StringComparer.Ordinal));
    }
}
