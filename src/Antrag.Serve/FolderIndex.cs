using System.Collections.Concurrent;
using System.Globalization;
using Antrag.Build;
using Antrag.Diagnostics;
using Antrag.Edit;
using Antrag.Export;
using Antrag.Watching;

namespace Antrag.Serve;

/// <summary>
/// The motions of the served folder as <c>antrag build</c> finds them (<see cref="MotionFinder"/>), each checked as
/// <c>antrag check</c> checks it, with a thumbnail of its first page. Results are kept until a file the motion is made from
/// changes (<see cref="MotionDependencies"/>, <see cref="FileSnapshot"/>).
/// </summary>
internal sealed class FolderIndex(FolderAccess access, RenderGate gate)
{
    /// <summary>The resolution of thumbnails.</summary>
    public const int ThumbnailDpi = 40;

    private readonly ConcurrentDictionary<string, (FileSnapshot Snapshot, IReadOnlyList<(string, bool)> Dependencies, FolderEntry Entry)> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (FileSnapshot Snapshot, IReadOnlyList<(string, bool)> Dependencies, byte[]? Png)> thumbnails = new(StringComparer.Ordinal);

    /// <summary>The motions, sorted by path.</summary>
    public async Task<IReadOnlyList<FolderEntry>> List(CancellationToken cancel)
    {
        var found = MotionFinder.Find(access.RealRoot, Path.Combine(access.RealRoot, ".antrag-no-output"), new DiagnosticBag());
        var result = new FolderEntry[found.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, found.Count), new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, ct) =>
        {
            var full = found[i].FullPath;
            if (entries.TryGetValue(full, out var cached) && FileSnapshot.Take(cached.Dependencies).Equals(cached.Snapshot))
            {
                result[i] = cached.Entry;
                return;
            }

            var (entry, dependencies) = await gate.Run(() => (Check(full, found[i].RelativePath, out var used), used), ct);
            entries[full] = (FileSnapshot.Take(dependencies), dependencies, entry);
            result[i] = entry;
        });
        return result;
    }

    /// <summary>A PNG of the motion's first page, or null when it does not render.</summary>
    public async Task<byte[]?> Thumbnail(string full, CancellationToken cancel)
    {
        if (thumbnails.TryGetValue(full, out var cached) && FileSnapshot.Take(cached.Dependencies).Equals(cached.Snapshot))
        {
            return cached.Png;
        }

        var (png, dependencies) = await gate.Run(() =>
        {
            var bag = new DiagnosticBag();
            var loaded = bag.Take(Pipeline.Load(full));
            if (loaded is null)
            {
                return ((byte[]?)null, MotionDependencies.Candidates(full));
            }

            using var rendered = bag.Take(Pipeline.Render(loaded));
            return (rendered is null ? null : PngExporter.ExportPreview(rendered.Layout, 0, ThumbnailDpi), MotionDependencies.Of(loaded, full));
        }, cancel);
        thumbnails[full] = (FileSnapshot.Take(dependencies), dependencies, png);
        return png;
    }

    /// <summary>Checks one motion as <c>antrag check</c> does and reads what the list shows from its source (also when it has errors).</summary>
    private FolderEntry Check(string full, string relative, out IReadOnlyList<(string, bool)> dependencies)
    {
        var bag = new DiagnosticBag();
        dependencies = MotionDependencies.Candidates(full);
        try
        {
            using var prepared = bag.Take(Pipeline.Prepare(full));
            if (prepared is not null)
            {
                dependencies = MotionDependencies.Of(prepared.Loaded, full);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            bag.Error(DiagnosticCodes.Internal, SourceSpan.InFile(full), "internal error: " + ex.Message);
        }

        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            text = string.Empty;
        }

        var values = MotionSourceEditor.Outline(text, full)?.Values ?? [];
        string Text(string key) => values.FirstOrDefault(p => p.Key == key).Value as string ?? string.Empty;
        var errors = bag.Items.Count(d => d.Severity == Severity.Error);
        var warnings = bag.Items.Count(d => d.Severity == Severity.Warning);
        var first = bag.Items.OrderByDescending(d => d.Severity == Severity.Error).FirstOrDefault();
        var kind = Text("art");
        return new FolderEntry(
            relative,
            kind.Length == 0 ? "antrag" : kind,
            Text("vorlagennummer"),
            Text("datum"),
            Text("betreff").Replace('\n', ' ').Trim(),
            errors > 0 ? "fehler" : warnings > 0 ? "warnungen" : "ok",
            errors,
            warnings,
            first is null ? string.Empty : (first.Span.Line > 0 ? "Zeile " + first.Span.Line.ToString(CultureInfo.InvariantCulture) + ": " : string.Empty) + first.Message);
    }
}
