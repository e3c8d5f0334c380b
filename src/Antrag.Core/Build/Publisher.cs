using System.Text;
using System.Text.Json;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Export.OParl;

namespace Antrag.Build;

/// <summary>
/// Writes what a build publishes beyond each motion's own outputs: the index (<c>index.html</c>, <c>index.json</c>), the
/// OParl Organization and Person files, and the combined PDF of all motions. Each is written only when what it is made of
/// changed or the file is not as last written.
/// </summary>
internal sealed class Publisher(BuildOptions options, FileStates files, OutputFolder output)
{
    private static readonly JsonSerializerOptions JsonOptions = new(BuildJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = BuildJsonContext.Default,
    };

    /// <summary>
    /// Writes <c>index.json</c> and <c>index.html</c> for the motions that have outputs, newest first; returns what they were
    /// written from (for the build state), or null when nothing was written: no motion <paramref name="changed"/>, the same
    /// motions are listed, and both files are as <paramref name="written"/> says.
    /// </summary>
    public Dictionary<string, string>? WriteIndex(IReadOnlyList<MotionSource> motions, IReadOnlyDictionary<string, MotionRecord> records, IReadOnlyDictionary<string, string> written, bool changed)
    {
        var listed = motions.Where(m => records.ContainsKey(m.RelativePath)).Select(m => m.RelativePath).ToList();
        var listHash = FileStates.Sha256(Encoding.UTF8.GetBytes(string.Join("\n", listed)));
        var html = Path.Combine(output.Root, Builder.IndexHtmlFileName);
        var json = Path.Combine(output.Root, Builder.IndexJsonFileName);
        if (!changed && written.GetValueOrDefault(BuildState.IndexedMotions) == listHash
            && written.GetValueOrDefault(Builder.IndexHtmlFileName) == files.Hash(html) && written.GetValueOrDefault(Builder.IndexJsonFileName) == files.Hash(json))
        {
            return null;
        }

        var entries = listed.Select(m => records[m].Index)
            .OrderByDescending(e => e.Date is not null)
            .ThenByDescending(e => e.Date, StringComparer.Ordinal)
            .ThenBy(e => e.Source, StringComparer.Ordinal)
            .ToList();
        var jsonBytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new IndexDocument(entries), JsonOptions.GetTypeInfo(typeof(IndexDocument))) + "\n");
        var htmlBytes = IndexPage.Write(entries);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [BuildState.IndexedMotions] = listHash,
            [Builder.IndexHtmlFileName] = output.WriteIfChanged(html, htmlBytes),
            [Builder.IndexJsonFileName] = output.WriteIfChanged(json, jsonBytes),
        };
    }

    /// <summary>
    /// Writes the Organization and Person files of every motion exported to OParl (also those of other shards and unchanged
    /// motions, from the records) and removes those no motion names any more; returns what was written (path → SHA-256), or
    /// null when nothing was to do: no motion <paramref name="changed"/> and the files are as <paramref name="written"/> says.
    /// </summary>
    public Dictionary<string, string>? WriteOParlDirectory(IReadOnlyDictionary<string, MotionRecord> records, IReadOnlyDictionary<string, string> written, bool changed)
    {
        if (!changed && written.All(f => files.Hash(output.FullPath(f.Key)) == f.Value))
        {
            return null;
        }

        var wanted = (options.Formats & BuildFormats.OParl) == 0
            ? new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
            : OParlDirectory.Create(
                records.OrderBy(r => r.Key, StringComparer.Ordinal)
                    .Where(r => r.Value.OParl.Count > 0 && r.Value.Index.Date is not null)
                    .Select(r => new OParlDirectory.Source(r.Value.Index.Date!, r.Value.OParl)),
                options.BaseUrl!);
        output.Delete(written.Keys.Where(k => !wanted.ContainsKey(k)).ToList());
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, bytes) in wanted)
        {
            result[key] = output.WriteIfChanged(output.FullPath(key), bytes);
        }

        return result;
    }

    /// <summary>
    /// Joins the motions into one PDF at <paramref name="path"/>, in the ordinal order of their paths (so file names such as
    /// 01-…, 02-… give the order of the agenda), unless <paramref name="previous"/> says it was written from the same motions
    /// and records and the file is as written; returns what it is now written from. Each motion is laid out again, as
    /// unchanged motions were not rendered by this build. A motion that no longer renders is left out.
    /// </summary>
    public CombinedRecord? WriteCombined(string path, IReadOnlyList<MotionSource> motions, IReadOnlyDictionary<string, MotionRecord> records, CombinedRecord? previous, string programKey)
    {
        var ordered = motions.OrderBy(m => m.RelativePath, StringComparer.Ordinal).ToList();
        var key = files.Key(path);
        var from = From(ordered, records, programKey);
        if (previous is not null && previous.Path == key && previous.From == from && files.Hash(path) == previous.Sha256)
        {
            return previous;
        }

        var rendered = new RenderedMotion?[ordered.Count];
        try
        {
            Parallel.For(
                0,
                ordered.Count,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) },
                i => rendered[i] = new DiagnosticBag().Take(Pipeline.Render(ordered[i].DisplayPath)));
            var parts = rendered.OfType<RenderedMotion>().Select(PdfPart.Of).ToList();
            if (parts.Count == 0)
            {
                return null;
            }

            var bytes = PdfExporter.ExportCombined(parts);
            options.Write([(path, bytes)], true);
            var hash = FileStates.Sha256(bytes);
            files.Written(path, hash);
            return new CombinedRecord { Path = key, From = from, Sha256 = hash };
        }
        finally
        {
            foreach (var motion in rendered)
            {
                motion?.Dispose();
            }
        }
    }

    /// <summary>A hash of what the combined PDF is made of: each motion's path, the file it was rendered from and its outputs, and the program.</summary>
    private static string From(IReadOnlyList<MotionSource> ordered, IReadOnlyDictionary<string, MotionRecord> records, string programKey)
    {
        var text = new StringBuilder(programKey).Append('\n');
        foreach (var motion in ordered)
        {
            var record = records[motion.RelativePath];
            text.Append(motion.RelativePath).Append('\0').Append(record.Source);
            foreach (var (output, hash) in record.Outputs.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                text.Append('\0').Append(output).Append('=').Append(hash);
            }

            text.Append('\n');
        }

        return FileStates.Sha256(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
