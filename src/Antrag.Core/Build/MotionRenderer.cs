using System.Globalization;
using System.Text;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Export.OParl;

namespace Antrag.Build;

/// <summary>
/// Renders one motion of a build into its outputs in the output folder (PDF, PNG pages, text, OParl Paper, the thumbnail
/// for the index), written together or not at all, and returns the record of what it was rendered from and into. Never
/// throws: a wrong input fails the motion, an exception is an internal error. Thread-safe; motions render in parallel.
/// </summary>
internal sealed class MotionRenderer(BuildOptions options, FileStates files, OutputFolder output, PathResolver resolver, string programKey)
{
    /// <summary>
    /// Renders <paramref name="motion"/>; <paramref name="collides"/>: another motion's outputs have the same names, so it
    /// fails; <paramref name="previous"/>: its record from the last build, whose outputs not written again are deleted.
    /// </summary>
    public MotionRendering Render(MotionSource motion, bool collides, MotionRecord? previous)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            if (collides)
            {
                diagnostics.Error(DiagnosticCodes.OutputClash,
                    SourceSpan.InFile(motion.DisplayPath),
                    $"another motion in this folder has the same name; their outputs ({motion.OutputStem}.pdf, …) would overwrite each other",
                    "rename one of them");
                return MotionRendering.Failed(diagnostics);
            }

            // Hashed before reading, so that a change made while rendering is seen by the next build. Inputs are recorded
            // by their paths with links resolved: a link pointed elsewhere names another file.
            var source = files.Key(resolver.Of(motion.FullPath));
            var motionHash = files.Hash(resolver.Of(motion.FullPath));
            var loaded = diagnostics.Take(Pipeline.Load(motion.DisplayPath));
            using var rendered = loaded is null ? null : diagnostics.Take(Pipeline.Render(loaded));
            if (rendered is null)
            {
                return diagnostics.HasErrors
                    ? MotionRendering.Failed(diagnostics)
                    : new MotionRendering(MotionOutcome.InternalError, diagnostics.Items, new InvalidOperationException($"rendering {motion.DisplayPath} stopped without reporting an error"), null);
            }

            var (outputs, entry, entities) = Outputs(motion, rendered);
            var inputs = new Dictionary<string, string>(StringComparer.Ordinal) { [source] = motionHash };
            foreach (var (path, isFolder) in DependencyCollector.Collect(rendered, motion.FullPath))
            {
                var resolved = resolver.Of(path);
                inputs.TryAdd(files.Key(resolved) + (isFolder ? "/" : string.Empty), isFolder ? files.FolderHash(resolved) : files.Hash(resolved));
            }

            try
            {
                // Not flushed to disk one by one: waiting for the disk after every file made a build of 1,000 a third slower
                // on a CI machine. A killed build loses nothing that was renamed into place (the system has it), and should a
                // power failure lose a file's contents, the next build sees its size differ from the build state and renders it again.
                options.Write(outputs.Select(o => (output.FullPath(o.Key), o.Bytes)).ToList(), false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.CannotWrite, SourceSpan.InFile(motion.DisplayPath), $"cannot write its outputs: {ex.Message}", "check that the output folder can be written to and that the disk is not full");
                return MotionRendering.Failed(diagnostics);
            }

            var written = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, bytes) in outputs)
            {
                written[key] = FileStates.Sha256(bytes);
                files.Written(output.FullPath(key), written[key]);
            }

            // Outputs of the previous render that this one did not write again (fewer pages, other formats).
            if (previous is not null)
            {
                output.Delete(previous.Outputs.Keys.Where(k => !written.ContainsKey(k)));
            }

            var record = new MotionRecord { Source = source, Key = programKey, Inputs = inputs, Outputs = written, Index = entry, OParl = entities };
            return new MotionRendering(MotionOutcome.Rendered, diagnostics.Items, null, record);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new MotionRendering(MotionOutcome.InternalError, diagnostics.Items, ex, null);
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
                var at = new OParlAddress(options.BaseUrl!, stem);
                result.AddRange(OParlExporter.Files(OParlExporter.CreatePaper(rendered, pdf, at), at, oparlKey));
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
        result.Add((thumbnail, PngExporter.ExportPreview(layout, 0, Builder.ThumbnailDpi)));

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
}
