using System.Globalization;
using System.Text;
using Antrag.Build;
using Antrag.Tests.BadInput;
using Xunit.Abstractions;

namespace Antrag.Tests.Hostile;

/// <summary>
/// A folder build among hostile inputs: a motion whose profile has an SVG logo nested 10,000 deep (it overflowed the stack
/// and killed the build, which then wrote no manifest and no index and crashed again on every later run), a named pipe and
/// a link to /dev/zero among the motions (it leads out of the folder). The build reports them, renders the rest and writes its manifest and index, twice
/// in a row, within the corpus's bounds.
/// </summary>
public sealed class HostileBuildTests(ITestOutputHelper output)
{
    [Fact]
    public void A_build_reports_hostile_files_renders_the_rest_and_writes_its_manifest_and_index_every_time()
    {
        using var dir = MeasuredRun.FolderWithProfile();
        File.WriteAllText(Path.Combine(dir.Path, "gut.yaml"), GeneratedCaseTests.Motion);
        Directory.CreateDirectory(Path.Combine(dir.Path, "tief"));
        File.WriteAllText(Path.Combine(dir.Path, "tief", "fraktion.yaml"), GeneratedCaseTests.Profile + "logo: logo.svg\n");
        File.WriteAllText(Path.Combine(dir.Path, "tief", "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\">"
            + new StringBuilder().Insert(0, "<g>", 10_000) + "<rect width=\"9\" height=\"9\"/>" + new StringBuilder().Insert(0, "</g>", 10_000) + "</svg>");
        File.WriteAllText(Path.Combine(dir.Path, "tief", "antrag.yaml"), GeneratedCaseTests.Motion);
        var unix = !OperatingSystem.IsWindows();
        if (unix)
        {
            File.CreateSymbolicLink(Path.Combine(dir.Path, "null.yaml"), "/dev/zero");
            using var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [Path.Combine(dir.Path, "rohr.yaml")]) { UseShellExecute = false })!;
            mkfifo.WaitForExit();
        }

        for (var round = 1; round <= 2; round++)
        {
            var run = MeasuredRun.Run(dir.Path, HostileCorpus.TimeBound * 2, "build", ".", "-o", "aus");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build {round}: {run.Elapsed.TotalMilliseconds:F0} ms, {run.PeakBytes / (1024 * 1024)} MB, exit {run.ExitCode}\n{run.StdErr}"));

            Assert.False(run.Killed, "the build did not finish");
            Assert.True(run.Elapsed <= HostileCorpus.TimeBound * 2, $"the build took {run.Elapsed.TotalSeconds:F1} s");
            Assert.True(run.PeakBytes <= HostileCorpus.MemoryBound, $"the build used {run.PeakBytes / (1024 * 1024)} MB");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("tief/fraktion.yaml(10,1): error ANT4010: ", run.StdErr, StringComparison.Ordinal);
            if (unix)
            {
                Assert.Contains("null.yaml: error ANT1110: ", run.StdErr, StringComparison.Ordinal);
                Assert.Contains("rohr.yaml: error ANT1111: ", run.StdErr, StringComparison.Ordinal);
            }

            Assert.True(File.Exists(Path.Combine(dir.Path, "aus", "gut.pdf")), "the good motion is rendered");
            Assert.True(Directory.EnumerateFiles(Path.Combine(dir.Path, ".antrag", "build"), "*.json").Any(), "the build state is written");
            Assert.True(File.Exists(Path.Combine(dir.Path, "aus", Builder.IndexHtmlFileName)), "the index is written");
        }
    }
}
