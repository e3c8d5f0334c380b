using System.Text.Json;
using Antrag.Diagnostics;
using Antrag.Export;

namespace Antrag.Build;

/// <summary>
/// Reads and writes the manifest of a build: what each motion was rendered from and into, the sizes, times and hashes of
/// those files, and what the index and OParl files were written from. A manifest that cannot be read is reported and
/// treated as none: everything is rendered again.
/// </summary>
internal sealed class ManifestStore(string filePath, IBuildReporter reporter)
{
    /// <summary>The manifest's full path.</summary>
    public string FilePath { get; } = filePath;

    /// <summary>
    /// The manifest of the last build, or an empty one; <c>MustSave</c> is true unless it was read complete (a missing,
    /// unreadable or interrupted manifest must be written again even if nothing is rendered).
    /// </summary>
    public (BuildManifest Manifest, bool MustSave) Load()
    {
        if (!File.Exists(FilePath))
        {
            return (new BuildManifest(), true);
        }

        try
        {
            var manifest = JsonSerializer.Deserialize(File.ReadAllBytes(FilePath), BuildJsonContext.Default.BuildManifest);
            if (manifest is { Format: BuildManifest.CurrentFormat })
            {
                // A manifest saved while a build was still running: its index and OParl files may lag behind its motions.
                return (manifest, !manifest.Complete);
            }

            return (new BuildManifest(), true);
        }
        catch (JsonException ex)
        {
            reporter.Problem(new Diagnostic(
                DiagnosticCodes.ManifestUnreadable, Severity.Warning, SourceSpan.InFile(Read.DisplayPath.For(FilePath)), $"the build manifest cannot be read ({ex.Message}); every motion is rendered again",
                "the file is written by antrag build; do not edit it"));
            return (new BuildManifest(), true);
        }
    }

    /// <summary>
    /// Writes the manifest with the records of the files the motions, the index and the OParl files name. <paramref name="complete"/>
    /// is false for the saves during a build: a build killed after one of them has recorded new motions but not yet written the
    /// index and OParl files for them, and the next build must. Only the last save waits for the disk.
    /// </summary>
    public void Save(IReadOnlyDictionary<string, MotionRecord> records, Dictionary<string, string> index, Dictionary<string, string> oparl, FileStates files, bool complete)
    {
        var manifest = new BuildManifest { Program = "antrag " + Pipeline.Version, Index = index, OParl = oparl, Complete = complete };
        var wanted = new HashSet<string>(StringComparer.Ordinal) { Builder.IndexHtmlFileName, Builder.IndexJsonFileName };
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

        // A save during the build is a head start for a killed build; only the last one waits for the disk.
        AtomicFile.WriteAll([(FilePath, JsonSerializer.SerializeToUtf8Bytes(manifest, BuildJsonContext.Default.BuildManifest))], flushToDisk: complete);
    }
}
