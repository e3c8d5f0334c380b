using System.Diagnostics;
using Antrag.Diagnostics;
using Antrag.Export.OParl;

namespace Antrag.Build;

/// <summary>
/// <c>antrag build</c>: renders every motion below a folder into an output folder that mirrors its tree, in parallel, and
/// only what changed. The parts: <see cref="MotionFinder"/> finds the motions, <see cref="ManifestStore"/> keeps the record
/// of the last build, <see cref="ChangeDetector"/> decides what changed, <see cref="MotionRenderer"/> renders one motion
/// into its outputs, <see cref="Publisher"/> writes the index, the OParl files and the combined PDF. Every file is written
/// atomically; a build that is killed leaves old or new files and the next build repairs the rest.
/// </summary>
public sealed class Builder
{
    /// <summary>The manifest's file name in the output folder.</summary>
    public const string ManifestFileName = ".antrag-manifest.json";

    public const string IndexHtmlFileName = "index.html";

    public const string IndexJsonFileName = "index.json";

    /// <summary>
    /// Resolution of the thumbnail of page 1 in the index: A4 at 21 dpi is 174 × 246 pixels, a little more than twice the
    /// 84 × 119 CSS pixels the index shows it at (and three times its size on a phone), so sharp on high-density screens.
    /// </summary>
    public const int ThumbnailDpi = 21;

    private readonly BuildOptions options;
    private readonly IBuildReporter reporter;
    private readonly string output;
    private readonly object gate = new();
    private readonly Stopwatch sinceSave = new();
    private readonly Dictionary<string, MotionRecord> records = new(StringComparer.Ordinal);
    private Dictionary<string, string> index = new(StringComparer.Ordinal);
    private Dictionary<string, string> oparl = new(StringComparer.Ordinal);

    /// <summary>Whether the manifest must be saved: something was rendered or removed, or it was missing or unreadable.</summary>
    private bool changed;

    private Builder(BuildOptions options, IBuildReporter reporter)
    {
        this.options = options;
        this.reporter = reporter;
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));
    }

    /// <summary>
    /// Builds <paramref name="options"/>. Wrong options (a missing folder, an output folder that contains the motions) throw an
    /// <see cref="InputException"/> before anything is written; problems of single motions are reported and counted.
    /// </summary>
    public static BuildResult Run(BuildOptions options, IBuildReporter reporter) => new Builder(options, reporter).Run();

    private BuildResult Run()
    {
        var clock = Stopwatch.StartNew();
        Validate();
        Directory.CreateDirectory(output);
        OutputFolder.RemoveTemporaryFiles(output);
        var store = new ManifestStore(Path.Combine(output, ManifestFileName), reporter);
        var (manifest, mustSave) = store.Load();
        changed = mustSave;
        var files = new FileStates(output, manifest.Files);
        var folder = new OutputFolder(output, files);
        var detector = new ChangeDetector(options, files);
        index = manifest.Index;
        oparl = manifest.OParl;
        foreach (var (key, record) in manifest.Motions)
        {
            records[key] = record;
        }

        var found = new DiagnosticBag();
        var motions = MotionFinder.Find(options.SourceDirectory, output, found)
            .Where(m => options.Shard is not { } shard || shard.Contains(m.RelativePath))
            .ToList();
        foreach (var problem in found.Items)
        {
            reporter.Problem(problem);
        }

        var gone = detector.Gone(motions, records);
        foreach (var path in gone)
        {
            folder.Delete(records[path].Outputs.Keys);
            records.Remove(path);
            reporter.Removed(path);
        }

        var collisions = ChangeDetector.Collisions(motions);
        var outcomes = new Dictionary<MotionSource, MotionOutcome>();
        var toRender = new List<MotionSource>();
        foreach (var motion in motions)
        {
            if (detector.IsUnchanged(motion, records, collisions))
            {
                outcomes[motion] = MotionOutcome.Unchanged;
            }
            else
            {
                toRender.Add(motion);
            }
        }

        changed |= gone.Count > 0 || toRender.Count > 0;
        reporter.Planned(motions.Count, toRender.Count);
        var renderer = new MotionRenderer(options, files, folder, detector.ProgramKey);
        sinceSave.Start();
        var finished = new MotionRendering?[toRender.Count];
        var done = 0;
        var nextToReport = 0;
        Parallel.For(
            0,
            toRender.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) },
            i =>
            {
                var motion = toRender[i];
                MotionRecord? previous;
                lock (gate)
                {
                    records.TryGetValue(motion.RelativePath, out previous);
                }

                var result = renderer.Render(motion, collisions.Contains(motion.RelativePath), previous);
                lock (gate)
                {
                    if (result.Record is { } record)
                    {
                        records[motion.RelativePath] = record;
                    }

                    finished[i] = result;
                    reporter.Progress(++done, toRender.Count);
                    for (; nextToReport < toRender.Count && finished[nextToReport] is { } next; nextToReport++)
                    {
                        outcomes[toRender[nextToReport]] = next.Outcome;
                        reporter.Finished(toRender[nextToReport], next.Outcome, next.Diagnostics, next.Error);
                    }

                    if (sinceSave.Elapsed >= options.ManifestSaveInterval)
                    {
                        store.Save(records, index, oparl, files, complete: false);
                        sinceSave.Restart();
                    }
                }
            });

        var publisher = new Publisher(options, files, folder);
        lock (gate)
        {
            if (publisher.WriteIndex(motions, records, index, changed) is { } newIndex)
            {
                index = newIndex;
                changed = true;
            }

            if (publisher.WriteOParlDirectory(records, oparl, changed) is { } newOParl)
            {
                if (!newOParl.OrderBy(w => w.Key, StringComparer.Ordinal).SequenceEqual(oparl.OrderBy(w => w.Key, StringComparer.Ordinal)))
                {
                    changed = true;
                }

                oparl = newOParl;
            }

            if (changed || files.Learned)
            {
                store.Save(records, index, oparl, files, complete: true);
            }
        }

        if (options.CombinedPdf is { } combined && (changed || !File.Exists(combined)))
        {
            publisher.WriteCombined(combined, motions.Where(m => outcomes[m] is MotionOutcome.Rendered or MotionOutcome.Unchanged).ToList());
        }

        return new BuildResult(motions.Select(m => (m, outcomes[m])).ToList(), gone.Count, clock.Elapsed);
    }

    private void Validate()
    {
        var source = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.SourceDirectory));
        var at = SourceSpan.InFile(options.SourceDirectory);
        if (!Directory.Exists(source))
        {
            throw new InputException(new Diagnostic(
                File.Exists(source) ? DiagnosticCodes.NotAFile : DiagnosticCodes.FileNotFound, Severity.Error, at, File.Exists(source) ? "this is a file; build takes a folder of motions" : "no such folder",
                File.Exists(source) ? $"use 'antrag render {options.SourceDirectory}' for a single motion" : "check the spelling; paths are relative to the current folder"));
        }

        if (string.Equals(source, output, Checker.PathComparison) || OutputFolder.IsBelow(source, output))
        {
            throw new InputException(new Diagnostic(
                DiagnosticCodes.OutputClash, Severity.Error, SourceSpan.InFile(options.OutputDirectory), "the output folder must not contain the motions",
                "choose an output folder beside or inside the motions' folder, e.g. -o out"));
        }

        if ((options.Formats & BuildFormats.OParl) != 0 && (options.BaseUrl is null || !OParlAddress.IsValidBaseUrl(options.BaseUrl)))
        {
            throw new InputException(new Diagnostic(
                DiagnosticCodes.BuildOption, Severity.Error, SourceSpan.InFile("--base-url"),
                options.BaseUrl is null ? "--format oparl needs --base-url" : $"'{options.BaseUrl}' is not an http(s) address",
                "give the address the output folder is published at, e.g. --base-url https://fraktion.example/antraege/"));
        }
    }
}
