using Antrag.Build;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Build;

/// <summary>A copy of samples/ (motions and profiles only) as <c>antraege/</c> in a temporary folder, with <c>out/</c> beside it; builds run in-process.</summary>
public sealed class BuildSandbox : IDisposable
{
    private readonly TempFolder temp = new();

    private BuildSandbox()
    {
    }

    /// <summary>The corpus of council structures (samples/korpus/), left out of the builds: its own tests render and read it.</summary>
    public const string KorpusFolder = "korpus/";

    /// <summary>The sample motions, relative to samples/ with '/': every .yaml, .yml and .md but profiles, the CI examples and the corpus.</summary>
    public static IReadOnlyList<string> SampleMotions { get; } =
        Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Samples, f).Replace('\\', '/'))
            .Where(f => Path.GetExtension(f) is ".yaml" or ".yml" or ".md" && Path.GetFileName(f) != "fraktion.yaml" && !f.StartsWith("ci/", StringComparison.Ordinal) && !f.StartsWith(KorpusFolder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The folder of the motions.</summary>
    public string Source => temp.File("antraege");

    /// <summary>The output folder.</summary>
    public string Out => temp.File("out");

    /// <summary>The temporary folder holding both.</summary>
    public string Root => temp.Path;

    /// <summary>The build state, where a build run in <see cref="Root"/> keeps it: <c>.antrag/build/out-….json</c>.</summary>
    public string StateFile => BuildStateLocation.Default(Out, Root);

    public static BuildSandbox WithSamples()
    {
        var sandbox = new BuildSandbox();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Samples, file);
            if (Path.GetExtension(file) is ".pdf" or ".png" or ".txt" || relative.StartsWith("ci", StringComparison.Ordinal) || relative.Replace('\\', '/').StartsWith(KorpusFolder, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(sandbox.Source, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return sandbox;
    }

    /// <summary>A file below the motions' folder.</summary>
    public string In(string relative) => Path.Combine(Source, relative);

    /// <summary>A file below the output folder.</summary>
    public string Output(string relative) => Path.Combine(Out, relative);

    /// <summary>The files below the output folder (relative, '/').</summary>
    public List<string> OutputFiles() =>
        Directory.Exists(Out)
            ? Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Out, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>
    /// Runs a build with the default options changed by <paramref name="configure"/>; the state is kept where a build run in
    /// <see cref="Root"/> keeps it, unless <paramref name="configure"/> names another file.
    /// </summary>
    public (BuildResult Result, RecordingReporter Reporter) Build(Func<BuildOptions, BuildOptions>? configure = null)
    {
        var options = new BuildOptions { SourceDirectory = Source, OutputDirectory = Out };
        options = configure is null ? options : configure(options);
        options = options with { StateFile = options.StateFile ?? BuildStateLocation.Default(options.OutputDirectory, Root) };
        var reporter = new RecordingReporter();
        var result = Builder.Run(options, reporter);
        return (result, reporter);
    }

    /// <summary>Rewrites a file with new content; its time is moved on so that the change is seen even within the clock's resolution.</summary>
    public void Write(string relative, string text)
    {
        var path = In(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var existed = File.Exists(path);
        var before = existed ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
        File.WriteAllText(path, text);
        if (existed && File.GetLastWriteTimeUtc(path) <= before)
        {
            File.SetLastWriteTimeUtc(path, before.AddSeconds(1));
        }
    }

    public void Dispose() => temp.Dispose();
}
