using System.Diagnostics;
using System.Text;
using Antrag.Build;
using Antrag.Export;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Antrag.Tests.Build;

/// <summary>Runs alone, so that the timing of the kills is not disturbed by other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KillCollection
{
    public const string Name = "antrag build killed";
}

/// <summary>
/// Kills <c>antrag build</c> (a real process) at several moments while it renders 60 motions: the output folder must hold only
/// complete files, and the next build must repair everything to exactly what a clean build writes.
/// </summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
[Collection(KillCollection.Name)]
public sealed class KillTests(ITestOutputHelper log)
{
    private const int Motions = 60;

    [Fact]
    public void A_killed_build_leaves_only_complete_files_and_the_next_build_repairs_everything()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        using var temp = new TempFolder();
        var source = Path.Combine(temp.Path, "antraege");
        WriteMotions(source);

        var reference = Path.Combine(temp.Path, "sauber");
        var clean = Builder.Run(new BuildOptions { SourceDirectory = source, OutputDirectory = reference, StateFile = BuildStateLocation.Default(reference, temp.Path) }, new RecordingReporter());
        Assert.Equal(Motions, clean.Rendered);

        var output = Path.Combine(temp.Path, "out");
        var state = BuildStateLocation.Default(output, temp.Path);
        var killedAfter = new List<string>();

        // Killed before it wrote anything, then after 1, about a third and about two thirds of the PDFs (plus a random moment).
        foreach (var pdfsBeforeKill in new[] { 0, 1, random.Next(15, 25), random.Next(35, 45) })
        {
            var delay = random.Next(0, 150);
            using var process = Start(temp.Path, "build", "antraege", "-o", "out");
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && Pdfs(output).Count < pdfsBeforeKill && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(10);
            }

            Thread.Sleep(delay);
            var exited = process.HasExited;
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            killedAfter.Add($"{pdfsBeforeKill} PDFs + {delay} ms{(exited ? " (had finished)" : string.Empty)}: {Pdfs(output).Count} PDFs");

            var context = $"seed {seed}; kills: {string.Join("; ", killedAfter)}";
            foreach (var pdf in Pdfs(output))
            {
                AssertCompletePdf(pdf, context);
            }

            Assert.DoesNotContain(
                Directory.Exists(output) ? Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories) : [],
                f => Path.GetFileName(f).EndsWith(".tmp", StringComparison.Ordinal) && !AtomicFile.IsTemporary(Path.GetFileName(f)));
            if (File.Exists(state))
            {
                using var saved = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(state));
            }
        }

        log.WriteLine($"seed {seed}; kills: {string.Join("; ", killedAfter)}");
        var repair = CliRunner.Run(temp.Path, "build", "antraege", "-o", "out");
        log.WriteLine(repair.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);

        var summary = $"seed {seed}; kills: {string.Join("; ", killedAfter)}\n{repair.StdOut}";
        Assert.True(repair.ExitCode == 0, summary + repair.StdErr);
        Assert.DoesNotContain(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories), f => AtomicFile.IsTemporary(Path.GetFileName(f)));
        var expected = Files(reference);
        Assert.Equal(expected.Keys, Files(output).Keys);
        foreach (var (name, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, name))), name + " differs from a clean build; " + summary);
        }

        Assert.Matches(@"built 60 motions: \d+ rendered, \d+ unchanged, 0 failed", repair.StdOut);
        Assert.Contains("built 60 motions: 0 rendered, 60 unchanged", CliRunner.Run(temp.Path, "build", "antraege", "-o", "out").StdOut, StringComparison.Ordinal);
    }

    /// <summary>60 copies of a three-page sample with their own numbers, in three folders, with the profile above them.</summary>
    private static void WriteMotions(string source)
    {
        Directory.CreateDirectory(source);
        File.Copy(RepoPaths.Sample("musterstadt", "fraktion.yaml"), Path.Combine(source, "fraktion.yaml"));
        var text = File.ReadAllText(RepoPaths.Sample("musterstadt", "antrag-radverkehrskonzept.yaml"));
        for (var i = 1; i <= Motions; i++)
        {
            var folder = Path.Combine(source, "ausschuss-" + (i % 3 + 1));
            Directory.CreateDirectory(folder);
            var motion = text.Replace("vorlagennummer: 0342/24", $"vorlagennummer: {1000 + i}/24", StringComparison.Ordinal)
                .Replace("Radverkehrskonzept 2030 für Musterstadt;", $"Radverkehrskonzept 2030 für Musterstadt, Teil {i};", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, $"antrag-{i:00}.yaml"), motion);
        }
    }

    private static List<string> Pdfs(string output) =>
        Directory.Exists(output)
            ? Directory.EnumerateFiles(output, "*.pdf", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).ToList()
            : [];

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    private static void AssertCompletePdf(string path, string context)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8), $"{path} does not start with %PDF-; {context}");
        Assert.True(Encoding.ASCII.GetString(bytes[^Math.Min(bytes.Length, 16)..]).TrimEnd().EndsWith("%%EOF", StringComparison.Ordinal), $"{path} does not end with %%EOF; {context}");
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(3, pdf.NumberOfPages);
    }

    private static Process Start(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "antrag.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
