using System.Diagnostics;
using System.Text;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Antrag.Tests.Mutation;

/// <summary>
/// Thousands of seeded random edits of every sample motion (and of its profile), each checked in-process through
/// <see cref="Checker"/>: every one must end in success or in diagnostics, never in an exception, and within a time bound.
/// Every 20th mutant that checks without errors is also rendered to PDF. A failure names the sample, the seed and the edits
/// and shows the mutated text; <c>Mutator.Mutate(bytes, seed, out _)</c> reproduces it.
/// </summary>
public sealed class MutationTests(ITestOutputHelper output)
{
    /// <summary>Mutants over all samples together; each sample gets its share, at least <see cref="MinimumPerSample"/>.</summary>
    private const int TotalMutants = 5000;

    private const int MinimumPerSample = 300;

    /// <summary>The longest one check of one mutant may take.</summary>
    private static readonly TimeSpan CheckBound = TimeSpan.FromSeconds(2);

    /// <summary>How long a run over its bound may go on before it counts as a hang.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(20);

    /// <summary>The longest one render may take.</summary>
    private static readonly TimeSpan RenderBound = TimeSpan.FromSeconds(10);

    public static TheoryData<string> Samples() => new(SampleMotions());

    private static List<string> SampleMotions() =>
        Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".yaml" or ".yml" or ".md" && !Checker.IsProfile(f) && Antrag.Read.MotionSniffer.LooksLikeMotion(f))
            .Select(f => Path.GetRelativePath(RepoPaths.Samples, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("ci/", StringComparison.Ordinal) && !f.StartsWith(Antrag.Tests.Build.BuildSandbox.KorpusFolder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Mutants_end_in_success_or_diagnostics_never_an_exception(string sample)
    {
        using var dir = CopyOfSamples();
        var motion = Path.Combine(dir.Path, sample);
        var profile = FindProfile(Path.GetDirectoryName(motion)!);
        var originalMotion = File.ReadAllBytes(motion);
        var originalProfile = profile is null ? null : File.ReadAllBytes(profile);

        // The sample itself is clean, and the first check warms up (JIT, fonts) outside the time bound.
        var first = new DiagnosticBag();
        Assert.True(Checker.CheckFile(motion, first), string.Join("\n", first.Items));

        var mutants = Math.Max(MinimumPerSample, TotalMutants / SampleMotions().Count);
        var baseSeed = StableHash(sample);
        int clean = 0, rendered = 0, failed = 0;
        var slowest = TimeSpan.Zero;
        var slowestSeed = 0;
        for (var i = 0; i < mutants; i++)
        {
            var seed = baseSeed + i;

            // One mutant in five edits the profile instead of the motion.
            var mutatesProfile = originalProfile is not null && i % 5 == 4;
            var target = mutatesProfile ? profile! : motion;
            var mutated = Mutator.Mutate(mutatesProfile ? originalProfile! : originalMotion, seed, out var edits);
            File.WriteAllBytes(target, mutated);

            var describe = () => $"sample {sample}, seed {seed}, {(mutatesProfile ? "profile" : "motion")} edited: {edits}\n--- mutated text:\n{Mutator.Show(mutated)}\n---";
            var diagnostics = new DiagnosticBag();
            var stopwatch = Stopwatch.StartNew();
            var ok = Watch(() => Checker.CheckFile(motion, diagnostics), CheckBound, "check", describe);
            stopwatch.Stop();
            if (stopwatch.Elapsed > slowest)
            {
                (slowest, slowestSeed) = (stopwatch.Elapsed, seed);
            }

            Assert.True(ok || diagnostics.HasErrors, "the check failed without an error diagnostic: " + describe());
            Assert.All(diagnostics.Items, d => Assert.False(string.IsNullOrWhiteSpace(d.Message), "empty message: " + describe()));
            if (ok)
            {
                clean++;
                if (clean % 20 == 1)
                {
                    rendered++;
                    Watch(
                        () =>
                        {
                            var bag = new DiagnosticBag();
                            using var result = bag.Take(Pipeline.Render(motion));
                            Assert.True(result is not null, "checked clean but did not render:\n" + string.Join("\n", bag.Items) + "\n" + describe());
                            Assert.NotEmpty(PdfExporter.Export(result.Layout));
                            return true;
                        },
                        RenderBound,
                        "render",
                        describe);
                }
            }
            else
            {
                failed++;
            }

            File.WriteAllBytes(target, mutatesProfile ? originalProfile! : originalMotion);
        }

        output.WriteLine($"{sample}: {mutants} mutants, {clean} clean ({rendered} rendered), {failed} with errors; slowest check {slowest.TotalMilliseconds:F0} ms (seed {slowestSeed})");
    }

    [Fact]
    public void The_same_seed_gives_the_same_mutant()
    {
        var text = Encoding.UTF8.GetBytes("betreff: Ein Betreff\nbeschlussentwurf: |\n  Text\n");
        for (var seed = 0; seed < 200; seed++)
        {
            Assert.Equal(Mutator.Mutate(text, seed, out var a), Mutator.Mutate(text, seed, out var b));
            Assert.Equal(a, b);
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> on its own task and fails the test if it throws or does not finish within <paramref name="bound"/>.
    /// A run over the bound is repeated once (after the first has ended, within <see cref="Grace"/>), so that a pause of the test
    /// machine (JIT, garbage collection, other tests) is not taken for slow input: only a mutant that is slow twice fails.
    /// </summary>
    private static bool Watch(Func<bool> action, TimeSpan bound, string what, Func<string> describe)
    {
        var task = Task.Run(action);
        if (!Wait(task, bound, what, describe))
        {
            if (!Wait(task, Grace, what, describe))
            {
                Assert.Fail($"{what} did not finish within {(bound + Grace).TotalSeconds} s: {describe()}");
            }

            task = Task.Run(action);
            if (!Wait(task, bound, what, describe))
            {
                Assert.Fail($"{what} took longer than {bound.TotalSeconds} s, twice: {describe()}");
            }
        }

        return task.Result;
    }

    private static bool Wait(Task<bool> task, TimeSpan bound, string what, Func<string> describe)
    {
        try
        {
            return task.Wait(bound);
        }
        catch (AggregateException ex) when (ex.InnerException is Xunit.Sdk.XunitException inner)
        {
            throw inner;
        }
        catch (AggregateException ex)
        {
            Assert.Fail($"{what} threw {ex.InnerException}\n{describe()}");
            return false;
        }
    }

    /// <summary>A copy of samples/ (without rendered outputs), so that profiles above and beside the sample are found as in the repository.</summary>
    private static TempFolder CopyOfSamples()
    {
        var temp = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories))
        {
            if (Path.GetExtension(file) is ".pdf" or ".png" or ".txt")
            {
                continue;
            }

            var target = Path.Combine(temp.Path, Path.GetRelativePath(RepoPaths.Samples, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return temp;
    }

    private static string? FindProfile(string folder)
    {
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "fraktion.yaml")))
            {
                return Path.Combine(dir, "fraktion.yaml");
            }
        }

        return null;
    }

    /// <summary>FNV-1a of the text: a seed that is the same on every machine and run (string.GetHashCode is not).</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x3FFFFFFF);
    }
}
