using System.Globalization;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Output;
using Antrag.Text;

namespace Antrag.Amend;

/// <summary>
/// <c>antrag amend</c> without the console: reads both versions, compares their Beschlussentwurf and writes the
/// Änderungsantrag (a new YAML file, never over an existing one) or the synopsis (a PDF). What went wrong is in the result.
/// </summary>
public static class AmendJob
{
    /// <summary>Runs <paramref name="request"/>.</summary>
    public static AmendResult Run(AmendRequest request)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            if (request.Synopsis && request.Fassung)
            {
                diagnostics.Error(DiagnosticCodes.Usage, SourceSpan.InFile("--fassung"), "--fassung words the Änderungsantrag; the synopsis shows both versions as they are", "leave out --fassung, or --format synopse");
                return AmendResult.Refused(diagnostics.Items);
            }

            var old = MotionVersion.Load(request.Base, diagnostics);
            var changed = MotionVersion.Load(request.Changed, diagnostics);
            if (old is null || changed is null)
            {
                return AmendResult.Refused(diagnostics.Items);
            }

            return request.Synopsis
                ? Synopsis(old.Value, changed.Value, request.Output, diagnostics)
                : Amendment(old.Value.Loaded, changed.Value.Loaded, changed.Value.FullPath, request, diagnostics);
        }
        catch (Exception ex)
        {
            return new AmendResult(diagnostics.Items, null, [], ex);
        }
    }

    private static AmendResult Amendment(LoadedMotion old, LoadedMotion @new, string changedPath, AmendRequest request, DiagnosticBag diagnostics)
    {
        var target = request.Output ?? DisplayName(AmendmentFile.DefaultPath(changedPath));
        if (Directory.Exists(target))
        {
            target = Path.Join(target, Path.GetFileName(AmendmentFile.DefaultPath(changedPath)));
        }

        var changes = Amender.Compare(old, @new, request.Fassung, diagnostics);
        if (changes is null)
        {
            return AmendResult.Refused(diagnostics.Items);
        }

        if (changes.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.NothingToAmend, SourceSpan.InFile(@new.Motion.SourcePath), $"the Beschlussentwurf is the same as in {old.Motion.SourcePath}; there is no change to state", "edit the Beschlussentwurf of the changed version (or name another base version), then run antrag amend again");
            return AmendResult.Refused(diagnostics.Items);
        }

        if (NewFile.Refusal(target, "amend", " (it may hold your Begründung)", "the Änderungsantrag is written as YAML") is { } refusal)
        {
            diagnostics.Add(refusal);
            return AmendResult.Refused(diagnostics.Items);
        }

        var text = AmendmentFile.Write(old, @new, changedPath, changes, request.Base, target, request.Today, diagnostics);
        if (NewFile.Write(target, text, "amend") is { } failed)
        {
            diagnostics.Add(failed);
            return AmendResult.Refused(diagnostics.Items);
        }

        var report = new List<string> { $"wrote {target} ({changes.Count.ToString(CultureInfo.InvariantCulture)} {(changes.Count == 1 ? "change" : "changes")}):" };
        for (var i = 0; i < changes.Count; i++)
        {
            report.Add($"  {(i + 1).ToString(CultureInfo.InvariantCulture)}. {changes[i].Text.Replace("\n", "\n     ", StringComparison.Ordinal)}");
        }

        report.Add($"next: write the Begründung, then run 'antrag render {target}'");
        return new AmendResult(diagnostics.Items, target, report);
    }

    private static AmendResult Synopsis((LoadedMotion Loaded, string FullPath) baseVersion, (LoadedMotion Loaded, string FullPath) changedVersion, string? output, DiagnosticBag diagnostics)
    {
        var (old, @new, changedPath) = (baseVersion.Loaded, changedVersion.Loaded, changedVersion.FullPath);
        var target = output ?? DisplayName(Path.Combine(Path.GetDirectoryName(changedPath) ?? string.Empty, Path.GetFileNameWithoutExtension(changedPath) + "-synopse.pdf"));
        if (SynopsisBuilder.Paragraphs(old.Motion).SequenceEqual(SynopsisBuilder.Paragraphs(@new.Motion), StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.NothingToAmend, SourceSpan.InFile(@new.Motion.SourcePath), $"the text is the same as in {old.Motion.SourcePath}; there is nothing to compare", "name two different versions of the motion");
            return AmendResult.Refused(diagnostics.Items);
        }

        if (!Path.GetExtension(target).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.OutputClash, SourceSpan.InFile(target), "the synopsis is a PDF; the output must be a .pdf file other than the motions", "e.g. -o " + Path.GetFileNameWithoutExtension(changedPath) + "-synopse.pdf");
            return AmendResult.Refused(diagnostics.Items);
        }

        if ((OutputGuard.NotAFile(target) ?? OutputGuard.Overwrites(target, InputFile.Of(old, baseVersion.FullPath).Concat(InputFile.Of(@new, changedPath)))) is { } refusal)
        {
            diagnostics.Add(refusal);
            return AmendResult.Refused(diagnostics.Items);
        }

        using var rendered = SynopsisRenderer.Render(old, @new, diagnostics);
        if (rendered is null)
        {
            return AmendResult.Refused(diagnostics.Items);
        }

        try
        {
            AtomicFile.Write(target, PdfExporter.Export(rendered.Layout));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.CannotWrite, SourceSpan.InFile(target), $"cannot write the output: {ex.Message}", "check that the folder exists and can be written to, and that the disk is not full");
            return AmendResult.Refused(diagnostics.Items);
        }

        var pages = rendered.Layout.Pages.Count;
        return new AmendResult(diagnostics.Items, target, [$"wrote {target} ({pages.ToString(CultureInfo.InvariantCulture)} {(pages == 1 ? "page" : "pages")})"]);
    }

    /// <summary>A full path as shown to the user: relative to the current folder when under it.</summary>
    private static string DisplayName(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
