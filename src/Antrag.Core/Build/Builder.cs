using System.Diagnostics;
using Antrag.Diagnostics;
using Antrag.Output;

namespace Antrag.Build;

/// <summary>
/// <c>antrag build</c>: renders every motion below a folder into an output folder that mirrors its tree, in parallel, and
/// only what changed. The parts: <see cref="BuildGuard"/> refuses what cannot work, <see cref="MotionFinder"/> finds the
/// motions, <see cref="BuildStateStore"/> keeps the state of the last build (outside the output folder),
/// <see cref="ChangeDetector"/> decides what changed, <see cref="MotionRenderer"/> renders one motion into its outputs,
/// <see cref="Publisher"/> writes the index, the OParl files and the combined PDF. Every file is written atomically; a build that is killed leaves old or new files and the next build repairs the rest. A motion
/// that fails loses the outputs of its last build (they would contradict it as it is now). Failures of the environment (a full
/// disk, no permission) are reported as errors, never thrown.
/// </summary>
public sealed class Builder
{
    /// <summary>The name of the manifest older versions kept in the output folder; a build removes it (it named local paths).</summary>
    public const string LegacyManifestFileName = ".antrag-manifest.json";

    public const string IndexHtmlFileName = "index.html";

    public const string IndexJsonFileName = "index.json";

    /// <summary>
    /// Resolution of the thumbnail of page 1 in the index: A4 at 21 dpi is 174 × 246 pixels, a little more than twice the
    /// 84 × 119 CSS pixels the index shows it at (and three times its size on a phone), so sharp on high-density screens.
    /// </summary>
    public const int ThumbnailDpi = 21;

    private readonly BuildOptions options;
    private readonly IBuildReporter reporter;
    private readonly string source;
    private readonly string output;
    private readonly string statePath;
    private readonly object gate = new();
    private readonly Stopwatch sinceSave = new();
    private readonly PathResolver resolver = new();
    private BuildState state = new();

    /// <summary>Whether the state must be saved: something was rendered or removed, or it was missing or unreadable.</summary>
    private bool changed;

    private Builder(BuildOptions options, IBuildReporter reporter)
    {
        this.options = options;
        this.reporter = reporter;
        source = ResolvedPath.Of(options.SourceDirectory);
        output = ResolvedPath.Of(options.OutputDirectory);
        statePath = Path.GetFullPath(options.StateFile ?? BuildStateLocation.Default(options.OutputDirectory, Environment.CurrentDirectory));
    }

    /// <summary>
    /// Builds <paramref name="options"/>. Wrong options (a missing folder, an output folder that contains the motions, a
    /// combined PDF over an input) end the build before anything is written, with the reason in
    /// <see cref="BuildResult.Refusals"/>; problems of single motions and of the environment are reported and counted.
    /// </summary>
    public static BuildResult Run(BuildOptions options, IBuildReporter reporter) => new Builder(options, reporter).Run();

    private BuildResult Run()
    {
        var clock = Stopwatch.StartNew();
        var guard = new BuildGuard(options, source, output, statePath);
        if (guard.Refusal() is { } refused)
        {
            return BuildResult.Refused(refused, clock.Elapsed);
        }

        var store = new BuildStateStore(statePath, output, reporter, options.Write);
        (var loaded, changed, var unreadable) = store.Load();
        if (loaded is null)
        {
            return BuildResult.Refused(unreadable!, clock.Elapsed);
        }

        state = loaded;
        var files = new FileStates(output, state.Files);
        var detector = new ChangeDetector(options, files, resolver);
        var sourceKey = files.Key(source);
        changed |= state.Source != sourceKey;
        state.Source = sourceKey;

        var found = new DiagnosticBag();
        var motions = MotionFinder.Find(options.SourceDirectory, options.OutputDirectory, found)
            .Where(m => options.Shard is not { } shard || shard.Contains(m.RelativePath))
            .ToList();
        if (options.CombinedPdf is { } combinedPdf && guard.CombinedRefusal(combinedPdf, motions, state.Motions.Values) is { } refusal)
        {
            return BuildResult.Refused(refusal, clock.Elapsed);
        }

        try
        {
            Directory.CreateDirectory(output);
            OutputFolder.RemoveTemporaryFiles(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return BuildResult.Refused(new Diagnostic(DiagnosticCodes.CannotWrite, Severity.Error, SourceSpan.InFile(options.OutputDirectory), $"cannot write the output folder: {ex.Message}", "check that the folder can be written to and that the disk is not full"), clock.Elapsed);
        }

        foreach (var problem in found.Items)
        {
            reporter.Problem(problem);
        }

        var folder = new OutputFolder(output, files, options.Write);
        var gone = detector.Gone(motions, state.Motions);
        foreach (var path in gone)
        {
            if (Attempt(options.OutputDirectory, () => folder.Delete(state.Motions[path].Outputs.Keys)))
            {
                state.Motions.Remove(path);
                reporter.Removed(path);
            }
        }

        var collisions = ChangeDetector.Collisions(motions);
        var outcomes = new Dictionary<MotionSource, MotionOutcome>();
        var toRender = new List<MotionSource>();
        foreach (var motion in motions)
        {
            if (detector.IsUnchanged(motion, state.Motions, collisions))
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
        var renderer = new MotionRenderer(options, files, folder, resolver, detector.ProgramKey);
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
                    state.Motions.TryGetValue(motion.RelativePath, out previous);
                }

                var result = renderer.Render(motion, collisions.Contains(motion.RelativePath), previous);
                lock (gate)
                {
                    if (result.Record is { } record)
                    {
                        state.Motions[motion.RelativePath] = record;
                    }

                    finished[i] = result;
                    reporter.Progress(++done, toRender.Count);
                    for (; nextToReport < toRender.Count && finished[nextToReport] is { } next; nextToReport++)
                    {
                        outcomes[toRender[nextToReport]] = next.Outcome;
                        reporter.Finished(toRender[nextToReport], next.Outcome, next.Diagnostics, next.Error);
                    }

                    if (sinceSave.Elapsed >= options.StateSaveInterval)
                    {
                        // A failed save during the build is no loss: the last save reports it if the disk is still full.
                        store.Save(state, files, complete: false);
                        sinceSave.Restart();
                    }
                }
            });

        Withdraw(toRender.Where(m => outcomes[m] is MotionOutcome.Failed or MotionOutcome.InternalError), folder);
        var published = Publish(motions, files, folder);
        if (changed || files.Learned)
        {
            store.Save(state, files, complete: published);
        }

        var legacy = Path.Combine(output, LegacyManifestFileName);
        if (File.Exists(legacy))
        {
            Attempt(legacy, () => File.Delete(legacy));
        }

        if (options.CombinedPdf is { } combined)
        {
            var included = motions.Where(m => outcomes[m] is MotionOutcome.Rendered or MotionOutcome.Unchanged && state.Motions.ContainsKey(m.RelativePath)).ToList();
            var previous = state.Combined;
            if (guard.CombinedRefusal(combined, motions, included.Select(m => state.Motions[m.RelativePath])) is { } clash)
            {
                reporter.Problem(clash);
            }
            else if (Attempt(combined, () => state.Combined = new Publisher(options, files, folder).WriteCombined(combined, included, state.Motions, previous, detector.ProgramKey)) && state.Combined != previous)
            {
                store.Save(state, files, complete: published);
            }
        }

        return new BuildResult(motions.Select(m => (m, outcomes[m])).ToList(), gone.Count, clock.Elapsed);
    }

    /// <summary>
    /// Removes the outputs of the last build of motions that failed now, and their records: their current state cannot be
    /// read, so what was published of them (a PDF, an index entry, an OParl Paper, maybe public when the motion is no longer)
    /// must not stay. Outputs another motion wrote (a motion of the same name) are kept.
    /// </summary>
    private void Withdraw(IEnumerable<MotionSource> failed, OutputFolder folder)
    {
        foreach (var motion in failed)
        {
            if (!state.Motions.TryGetValue(motion.RelativePath, out var previous))
            {
                continue;
            }

            var others = state.Motions.Where(r => r.Key != motion.RelativePath).SelectMany(r => r.Value.Outputs.Keys).ToHashSet(StringComparer.Ordinal);
            var withdrawn = previous.Outputs.Keys.Where(k => !others.Contains(k)).Order(StringComparer.Ordinal).ToList();
            if (Attempt(options.OutputDirectory, () => folder.Delete(withdrawn)))
            {
                state.Motions.Remove(motion.RelativePath);
                changed = true;
                if (withdrawn.Count == 0)
                {
                    continue;
                }

                reporter.Problem(new Diagnostic(
                    DiagnosticCodes.OutputsWithdrawn, Severity.Warning, SourceSpan.InFile(motion.DisplayPath),
                    $"its outputs of the last build were removed ({string.Join(", ", withdrawn)}) and it is left out of the index and OParl, so that nothing published contradicts the motion as it is now",
                    "fix the error; the next build renders and publishes it again"));
            }
        }
    }

    /// <summary>Writes the index and the OParl files; false when one could not be written (the next build writes them again).</summary>
    private bool Publish(List<MotionSource> motions, FileStates files, OutputFolder folder)
    {
        var publisher = new Publisher(options, files, folder);
        var published = Attempt(Path.Combine(options.OutputDirectory, IndexHtmlFileName), () =>
        {
            if (publisher.WriteIndex(motions, state.Motions, state.Index, changed) is { } index)
            {
                state.Index = index;
                changed = true;
            }
        });
        published &= Attempt(options.OutputDirectory, () =>
        {
            if (publisher.WriteOParlDirectory(state.Motions, state.OParl, changed) is { } oparl)
            {
                changed |= !oparl.OrderBy(w => w.Key, StringComparer.Ordinal).SequenceEqual(state.OParl.OrderBy(w => w.Key, StringComparer.Ordinal));
                state.OParl = oparl;
            }
        });
        changed |= !published;
        return published;
    }

    /// <summary>Runs <paramref name="action"/>; a failure of the disk or of permissions is reported as an error about <paramref name="path"/>.</summary>
    private bool Attempt(string path, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reporter.Problem(new Diagnostic(DiagnosticCodes.CannotWrite, Severity.Error, SourceSpan.InFile(Read.DisplayPath.For(Path.GetFullPath(path))), $"cannot write: {ex.Message}", "check that the output folder can be written to and that the disk is not full"));
            return false;
        }
    }
}
