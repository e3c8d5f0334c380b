using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Export.OParl;

namespace Antrag.Build;

/// <summary>
/// <c>antrag build</c>: renders every motion below a folder into an output folder that mirrors its tree, in parallel, and
/// only what changed (the manifest in the output folder records what each motion was rendered from). Every file is written
/// atomically; a build that is killed leaves old or new files and the next build repairs the rest. Writes the index
/// (<c>index.html</c>, <c>index.json</c>) and removes the outputs of motions that are gone.
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

    private static readonly JsonSerializerOptions JsonOptions = new(BuildJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = BuildJsonContext.Default,
    };

    private readonly BuildOptions options;
    private readonly IBuildReporter reporter;
    private readonly string output;
    private readonly object gate = new();
    private readonly Stopwatch sinceSave = new();
    private readonly Dictionary<string, MotionRecord> records = new(StringComparer.Ordinal);
    private readonly HashSet<string> collisions = new(StringComparer.Ordinal);
    private FileStates files = new(".", new Dictionary<string, FileRecord>());
    private string programKey = string.Empty;
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
        RemoveTemporaryFiles();
        var manifest = LoadManifest();
        files = new FileStates(output, manifest.Files);
        programKey = ProgramKey();
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

        var removed = RemoveMotionsThatAreGone(motions);
        FindCollisions(motions);

        var outcomes = new Dictionary<MotionSource, MotionOutcome>();
        var toRender = new List<MotionSource>();
        foreach (var motion in motions)
        {
            if (!options.Force && !collisions.Contains(motion.RelativePath)
                && records.TryGetValue(motion.RelativePath, out var record) && IsUpToDate(record))
            {
                outcomes[motion] = MotionOutcome.Unchanged;
            }
            else
            {
                toRender.Add(motion);
            }
        }

        changed |= removed > 0 || toRender.Count > 0;
        reporter.Planned(motions.Count, toRender.Count);
        sinceSave.Start();
        var finished = new (MotionOutcome Outcome, IReadOnlyList<Diagnostic> Diagnostics, Exception? Error)?[toRender.Count];
        var done = 0;
        var nextToReport = 0;
        Parallel.For(
            0,
            toRender.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) },
            i =>
            {
                var result = Render(toRender[i]);
                lock (gate)
                {
                    finished[i] = result;
                    reporter.Progress(++done, toRender.Count);
                    for (; nextToReport < toRender.Count && finished[nextToReport] is { } next; nextToReport++)
                    {
                        outcomes[toRender[nextToReport]] = next.Outcome;
                        reporter.Finished(toRender[nextToReport], next.Outcome, next.Diagnostics, next.Error);
                    }

                    if (sinceSave.Elapsed >= options.ManifestSaveInterval)
                    {
                        SaveManifest(complete: false);
                    }
                }
            });

        lock (gate)
        {
            WriteIndex(motions);
            WriteOParlDirectory();
            if (changed || files.Learned)
            {
                SaveManifest(complete: true);
            }
        }

        if (options.CombinedPdf is { } combined && (changed || !File.Exists(combined)))
        {
            WriteCombined(combined, motions.Where(m => outcomes[m] is MotionOutcome.Rendered or MotionOutcome.Unchanged).ToList());
        }

        return new BuildResult(motions.Select(m => (m, outcomes[m])).ToList(), removed, clock.Elapsed);
    }

    /// <summary>
    /// Joins the motions into one PDF at <paramref name="path"/>, in the ordinal order of their paths (so file names such as
    /// 01-…, 02-… give the order of the agenda). Each is laid out again, as unchanged motions were not rendered by this build.
    /// </summary>
    private void WriteCombined(string path, List<MotionSource> motions)
    {
        var ordered = motions.OrderBy(m => m.RelativePath, StringComparer.Ordinal).ToList();
        var rendered = new RenderedMotion?[ordered.Count];
        try
        {
            Parallel.For(
                0,
                ordered.Count,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) },
                i => rendered[i] = Pipeline.Run(ordered[i].DisplayPath, new DiagnosticBag()));
            var parts = rendered.OfType<RenderedMotion>().Select(PdfPart.Of).ToList();
            if (parts.Count > 0)
            {
                AtomicFile.Write(path, PdfExporter.ExportCombined(parts));
            }
        }
        finally
        {
            foreach (var motion in rendered)
            {
                motion?.Dispose();
            }
        }
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

        if (string.Equals(source, output, Checker.PathComparison) || IsBelow(source, output))
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

    /// <summary>Whether <paramref name="path"/> is inside <paramref name="folder"/> (both full paths).</summary>
    private static bool IsBelow(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, Checker.PathComparison);

    /// <summary>What else than inputs makes outputs differ: the program and the options that change them.</summary>
    private string ProgramKey() =>
        string.Join(
            "|",
            ProgramIdentity.Key,
            options.Formats.ToString(),
            (options.Formats & BuildFormats.Png) != 0 ? options.Dpi.ToString(CultureInfo.InvariantCulture) : "-",
            (options.Formats & BuildFormats.OParl) != 0 ? options.BaseUrl : "-",
            ThumbnailDpi.ToString(CultureInfo.InvariantCulture));

    /// <summary>Deletes temporary files that a killed build left behind (only names <see cref="AtomicFile"/> writes).</summary>
    private void RemoveTemporaryFiles()
    {
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        foreach (var path in Directory.EnumerateFiles(output, ".*.tmp", enumeration))
        {
            if (AtomicFile.IsTemporary(Path.GetFileName(path)))
            {
                File.Delete(path);
            }
        }
    }

    private BuildManifest LoadManifest()
    {
        var path = Path.Combine(output, ManifestFileName);
        changed = true;
        if (!File.Exists(path))
        {
            return new BuildManifest();
        }

        try
        {
            var manifest = JsonSerializer.Deserialize(File.ReadAllBytes(path), BuildJsonContext.Default.BuildManifest);
            if (manifest is { Format: BuildManifest.CurrentFormat })
            {
                // A manifest saved while a build was still running: its index and OParl files may lag behind its motions.
                changed = !manifest.Complete;
                return manifest;
            }

            return new BuildManifest();
        }
        catch (JsonException ex)
        {
            reporter.Problem(new Diagnostic(
                DiagnosticCodes.ManifestUnreadable, Severity.Warning, SourceSpan.InFile(Read.DisplayPath.For(path)), $"the build manifest cannot be read ({ex.Message}); every motion is rendered again",
                "the file is written by antrag build; do not edit it"));
            return new BuildManifest();
        }
    }

    /// <summary>
    /// Writes the manifest. <paramref name="complete"/> is false for the saves during a build: a build killed after one of
    /// them has recorded new motions but not yet written the index and OParl files for them, and the next build must.
    /// </summary>
    private void SaveManifest(bool complete)
    {
        var manifest = new BuildManifest { Program = "antrag " + Pipeline.Version, Index = index, OParl = oparl, Complete = complete };
        var wanted = new HashSet<string>(StringComparer.Ordinal) { IndexHtmlFileName, IndexJsonFileName };
        wanted.UnionWith(oparl.Keys);
        foreach (var (key, record) in records.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            manifest.Motions[key] = record;
            wanted.UnionWith(record.Inputs.Keys);
            wanted.UnionWith(record.Outputs.Keys);
        }

        var folders = wanted.Where(k => k.EndsWith('/')).ToList();
        foreach (var (key, record) in files.Snapshot(k => wanted.Contains(k) || folders.Exists(f => k.StartsWith(f, StringComparison.Ordinal))).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            manifest.Files[key] = record;
        }

        // Only the last save of a build waits for the disk; a save during the build is a head start for a killed build.
        AtomicFile.WriteAll([(Path.Combine(output, ManifestFileName), JsonSerializer.SerializeToUtf8Bytes(manifest, BuildJsonContext.Default.BuildManifest))], flushToDisk: complete);
        sinceSave.Restart();
    }

    /// <summary>Removes the outputs of recorded motions that were not found (in this build's share); returns how many.</summary>
    private int RemoveMotionsThatAreGone(List<MotionSource> motions)
    {
        var present = motions.Select(m => m.RelativePath).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var (path, record) in records.OrderBy(r => r.Key, StringComparer.Ordinal).ToList())
        {
            if (present.Contains(path) || (options.Shard is { } shard && !shard.Contains(path)))
            {
                continue;
            }

            DeleteOutputs(record.Outputs.Keys);
            records.Remove(path);
            reporter.Removed(path);
            removed++;
        }

        return removed;
    }

    /// <summary>Motions whose outputs would have the same names (<c>a.yaml</c> and <c>a.md</c>): all but the first fail.</summary>
    private void FindCollisions(List<MotionSource> motions)
    {
        foreach (var group in motions.GroupBy(m => m.OutputStem, Checker.PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase))
        {
            collisions.UnionWith(group.Skip(1).Select(m => m.RelativePath));
        }
    }

    private bool IsUpToDate(MotionRecord record) =>
        record.Key == programKey
        && record.Inputs.All(i => files.HashOfKey(i.Key) == i.Value)
        && record.Outputs.All(o => files.Hash(files.FullPath(o.Key)) == o.Value);

    /// <summary>Renders one motion and writes its outputs; never throws.</summary>
    private (MotionOutcome, IReadOnlyList<Diagnostic>, Exception?) Render(MotionSource motion)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            if (collisions.Contains(motion.RelativePath))
            {
                diagnostics.Error(DiagnosticCodes.OutputClash, 
                    SourceSpan.InFile(motion.DisplayPath),
                    $"another motion in this folder has the same name; their outputs ({motion.OutputStem}.pdf, …) would overwrite each other",
                    "rename one of them");
                return (MotionOutcome.Failed, diagnostics.Items, null);
            }

            // Hashed before reading, so that a change made while rendering is seen by the next build.
            var motionHash = files.Hash(motion.FullPath);
            var loaded = Pipeline.Load(motion.DisplayPath, diagnostics);
            using var rendered = loaded is null ? null : Pipeline.Render(loaded, diagnostics);
            if (rendered is null)
            {
                return diagnostics.HasErrors
                    ? (MotionOutcome.Failed, diagnostics.Items, null)
                    : (MotionOutcome.InternalError, diagnostics.Items, new InvalidOperationException($"rendering {motion.DisplayPath} stopped without reporting an error"));
            }

            var (outputs, entry, entities) = Outputs(motion, rendered);
            var inputs = new Dictionary<string, string>(StringComparer.Ordinal) { [files.Key(motion.FullPath)] = motionHash };
            foreach (var (path, isFolder) in DependencyCollector.Collect(rendered, motion.FullPath))
            {
                inputs.TryAdd(files.Key(path) + (isFolder ? "/" : string.Empty), isFolder ? files.FolderHash(path) : files.Hash(path));
            }

            try
            {
                // Not flushed to disk one by one: waiting for the disk after every file made a build of 1,000 a third slower
                // on a CI machine. A killed build loses nothing that was renamed into place (the system has it), and should a
                // power failure lose a file's contents, the next build sees its size differ from the manifest and renders it again.
                AtomicFile.WriteAll(outputs.Select(o => (files.FullPath(o.Key), o.Bytes)).ToList(), flushToDisk: false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.CannotWrite, SourceSpan.InFile(motion.DisplayPath), $"cannot write its outputs: {ex.Message}", "check that the output folder is writable");
                return (MotionOutcome.Failed, diagnostics.Items, null);
            }

            var written = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, bytes) in outputs)
            {
                written[key] = FileStates.Sha256(bytes);
                files.Written(files.FullPath(key), written[key]);
            }

            MotionRecord? previous;
            lock (gate)
            {
                records.TryGetValue(motion.RelativePath, out previous);
            }

            // Outputs of the previous render that this one did not write again (fewer pages, other formats).
            if (previous is not null)
            {
                DeleteOutputs(previous.Outputs.Keys.Where(k => !written.ContainsKey(k)));
            }

            var record = new MotionRecord { Key = programKey, Inputs = inputs, Outputs = written, Index = entry, OParl = entities };
            lock (gate)
            {
                records[motion.RelativePath] = record;
            }

            return (MotionOutcome.Rendered, diagnostics.Items, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (MotionOutcome.InternalError, diagnostics.Items, ex);
        }
    }

    /// <summary>The files to write for a motion (paths relative to the output folder), its index entry and the OParl entities it names.</summary>
    private (List<(string Key, byte[] Bytes)> Files, IndexEntry Entry, IReadOnlyList<OParlEntity> Entities) Outputs(MotionSource motion, RenderedMotion rendered)
    {
        var stem = motion.OutputStem;
        var formats = options.Formats;
        var layout = rendered.Layout;
        var result = new List<(string Key, byte[] Bytes)>();
        string? pdfKey = null, txtKey = null, oparlKey = null;
        IReadOnlyList<OParlEntity> entities = [];
        var pngKeys = new List<string>();

        if ((formats & (BuildFormats.Pdf | BuildFormats.OParl)) != 0)
        {
            var pdf = PdfExporter.Export(layout);
            pdfKey = stem + ".pdf";
            result.Add((pdfKey, pdf));
            if ((formats & BuildFormats.OParl) != 0 && OParlExporter.IsPublishable(rendered.Motion))
            {
                oparlKey = stem + ".oparl.json";
                var paper = OParlExporter.CreatePaper(rendered, pdf, new OParlAddress(options.BaseUrl!, stem));
                result.Add((oparlKey, OParlExporter.Serialize(paper)));
                entities = OParlExporter.Entities(rendered);
            }
        }

        if ((formats & BuildFormats.Png) != 0)
        {
            foreach (var (page, i) in PngExporter.Export(layout, options.Dpi).Select((p, i) => (p, i)))
            {
                pngKeys.Add(stem + "-" + (i + 1).ToString(CultureInfo.InvariantCulture) + ".png");
                result.Add((pngKeys[^1], page));
            }
        }

        if ((formats & BuildFormats.Txt) != 0)
        {
            txtKey = stem + ".txt";
            result.Add((txtKey, Encoding.UTF8.GetBytes(TextExporter.Export(rendered.LetterheadText, layout, rendered.HasLineNumbers))));
        }

        var thumbnail = stem + ".thumb.png";
        result.Add((thumbnail, PngExporter.ExportPreview(layout, 0, ThumbnailDpi)));

        var m = rendered.Motion;
        var entry = new IndexEntry
        {
            Source = motion.RelativePath,
            Reference = m.ReferenceNumber,
            Date = m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Kind = m.Kind,
            Subject = layout.Info.Title,
            Signers = m.Signers.Select(s => s.Name).ToList(),
            Public = m.IsPublic,
            Draft = m.IsDraft,
            Pages = layout.Pages.Count,
            Pdf = pdfKey,
            Png = pngKeys,
            Txt = txtKey,
            OParl = oparlKey,
            Thumbnail = thumbnail,
        };
        return (result, entry, entities);
    }

    /// <summary>Deletes outputs (keys relative to the output folder) and folders they leave empty; never anything outside the output folder.</summary>
    private void DeleteOutputs(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            var full = files.FullPath(key);
            if (!IsBelow(full, output))
            {
                continue;
            }

            File.Delete(full);
            files.Forget(key);
            for (var folder = Path.GetDirectoryName(full); folder is not null && IsBelow(folder, output); folder = Path.GetDirectoryName(folder))
            {
                if (Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    break;
                }

                Directory.Delete(folder);
            }
        }
    }

    /// <summary>
    /// Writes <c>index.json</c> and <c>index.html</c> for the motions that have outputs, newest first. Nothing is written when
    /// no motion changed, the same motions are listed, and both files are as last written.
    /// </summary>
    private void WriteIndex(List<MotionSource> motions)
    {
        var listed = motions.Where(m => records.ContainsKey(m.RelativePath)).Select(m => m.RelativePath).ToList();
        var listHash = FileStates.Sha256(Encoding.UTF8.GetBytes(string.Join("\n", listed)));
        var html = Path.Combine(output, IndexHtmlFileName);
        var json = Path.Combine(output, IndexJsonFileName);
        if (!changed && index.GetValueOrDefault(BuildManifest.IndexedMotions) == listHash
            && index.GetValueOrDefault(IndexHtmlFileName) == files.Hash(html) && index.GetValueOrDefault(IndexJsonFileName) == files.Hash(json))
        {
            return;
        }

        var entries = listed.Select(m => records[m].Index)
            .OrderByDescending(e => e.Date is not null)
            .ThenByDescending(e => e.Date, StringComparer.Ordinal)
            .ThenBy(e => e.Source, StringComparer.Ordinal)
            .ToList();
        var jsonBytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new IndexDocument(entries), JsonOptions.GetTypeInfo(typeof(IndexDocument))) + "\n");
        var htmlBytes = IndexPage.Write(entries);
        index = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [BuildManifest.IndexedMotions] = listHash,
            [IndexHtmlFileName] = WriteIfChanged(html, htmlBytes),
            [IndexJsonFileName] = WriteIfChanged(json, jsonBytes),
        };
        changed = true;
    }

    /// <summary>
    /// Writes the Organization and Person files of every motion exported to OParl (also those of other shards and unchanged
    /// motions, from the manifest) and removes those no motion names any more. Nothing is done when no motion changed and
    /// the files are as last written.
    /// </summary>
    private void WriteOParlDirectory()
    {
        if (!changed && oparl.All(f => files.Hash(files.FullPath(f.Key)) == f.Value))
        {
            return;
        }

        var wanted = (options.Formats & BuildFormats.OParl) == 0
            ? new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
            : OParlDirectory.Create(
                records.OrderBy(r => r.Key, StringComparer.Ordinal)
                    .Where(r => r.Value.OParl.Count > 0 && r.Value.Index.Date is not null)
                    .Select(r => new OParlDirectory.Source(r.Value.Index.Date!, r.Value.OParl)),
                options.BaseUrl!);
        DeleteOutputs(oparl.Keys.Where(k => !wanted.ContainsKey(k)).ToList());
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, bytes) in wanted)
        {
            written[key] = WriteIfChanged(files.FullPath(key), bytes);
        }

        if (!written.OrderBy(w => w.Key, StringComparer.Ordinal).SequenceEqual(oparl.OrderBy(w => w.Key, StringComparer.Ordinal)))
        {
            changed = true;
        }

        oparl = written;
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> unless the file holds them already; returns their SHA-256.</summary>
    private string WriteIfChanged(string path, byte[] bytes)
    {
        if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            AtomicFile.Write(path, bytes);
        }

        var hash = FileStates.Sha256(bytes);
        files.Written(path, hash);
        return hash;
    }
}
