using System.Globalization;
using Antrag.Tests.BadInput;
using Antrag.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Antrag.Tests.Hostile;

/// <summary>
/// Every case of <see cref="HostileCorpus"/> through <c>antrag check</c> and <c>antrag render</c> as a real process: the
/// expected diagnostics (code lines), never a crash, nothing written by a failed render, and within the corpus's time and
/// memory bound (the largest time and peak memory seen are written to the test output).
/// </summary>
public sealed class HostileCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Names() => new(HostileCorpus.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_case_ends_in_its_diagnostics_within_the_bounds(string name)
    {
        var hostile = HostileCorpus.All.Single(c => c.Name == name);
        foreach (var command in new[] { "check", "render" })
        {
            using var dir = MeasuredRun.FolderWithProfile();
            hostile.Write(dir.Path);
            var before = CaseRunner.Listing(dir.Path);
            var run = MeasuredRun.Run(dir.Path, HostileCorpus.TimeBound * 2, command, hostile.Input);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{command} {name}: {run.Elapsed.TotalMilliseconds:F0} ms, {run.PeakBytes / (1024 * 1024)} MB, exit {run.ExitCode}"));

            Assert.False(run.Killed, $"'{command}' of {name} did not finish within {HostileCorpus.TimeBound.TotalSeconds * 2} s");
            Assert.True(run.Elapsed <= HostileCorpus.TimeBound, $"'{command}' of {name} took {run.Elapsed.TotalSeconds:F1} s (bound {HostileCorpus.TimeBound.TotalSeconds} s)");
            Assert.True(run.PeakBytes <= HostileCorpus.MemoryBound, $"'{command}' of {name} used {run.PeakBytes / (1024 * 1024)} MB (bound {HostileCorpus.MemoryBound / (1024 * 1024)} MB)");
            Assert.False(run.ExitCode == 2 || run.ExitCode > 2, $"'{command}' of {name} crashed (exit {run.ExitCode}):\n{run.StdErr}");
            var printed = CaseRunner.Normalize(run.StdErr, dir.Path);
            var actual = (printed.Length == 0 ? string.Empty : printed + "\n") + "exit: " + run.ExitCode.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(hostile.Expected, DiagnosticText.CodeLines(actual));
            if (run.ExitCode != 0)
            {
                Assert.Equal(before, CaseRunner.Listing(dir.Path));
            }
        }
    }
}
