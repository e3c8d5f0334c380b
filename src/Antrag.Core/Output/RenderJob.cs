using Antrag.Diagnostics;
using Antrag.Export;

namespace Antrag.Output;

/// <summary>
/// <c>antrag render</c> without the console: plans the outputs (<see cref="OutputPlan"/>), reads each motion and checks that
/// no output replaces what it reads, renders, and writes every file or none. What went wrong is in the result's diagnostics;
/// an exception is a bug and is passed on in the result with the motion it happened on.
/// </summary>
public static class RenderJob
{
    /// <summary>Renders <paramref name="files"/> as <paramref name="output"/> and <paramref name="format"/> say.</summary>
    public static RenderJobResult Run(IReadOnlyList<string> files, string? output, OutputFormat format, int dpi)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = new List<RenderedMotion>();
        var file = files.Count > 0 ? files[0] : string.Empty;
        try
        {
            var plan = OutputPlan.Create(files, output, format, dpi, diagnostics);
            if (plan is null)
            {
                return RenderJobResult.Refused(diagnostics);
            }

            var failed = false;
            for (var i = 0; i < files.Count; i++)
            {
                file = files[i];
                var loaded = diagnostics.Take(Pipeline.Load(file));
                if (loaded is not null && !plan.Check(i, loaded, diagnostics))
                {
                    return RenderJobResult.Refused(diagnostics);
                }

                if ((loaded is null ? null : diagnostics.Take(Pipeline.Render(loaded))) is { } motion)
                {
                    rendered.Add(motion);
                }
                else
                {
                    failed = true;
                }
            }

            if (failed)
            {
                return RenderJobResult.Refused(diagnostics);
            }

            file = plan.Combined ? string.Join(", ", files) : files[0];
            var perTarget = plan.Files(rendered);
            var pages = rendered.Select(r => r.Layout.Pages.Count).ToList();
            if (plan.ToStandardOutput)
            {
                return new RenderJobResult(diagnostics.Items, [], perTarget[0][0].Bytes, null, null);
            }

            var outputs = perTarget.SelectMany(o => o).ToList();
            try
            {
                AtomicFile.WriteAll(outputs);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.CannotWrite, SourceSpan.InFile(outputs[0].Path), $"cannot write the output: {ex.Message}", "check that the folder exists and can be written to, and that the disk is not full");
                return RenderJobResult.Refused(diagnostics);
            }

            var written = new List<WrittenOutput>();
            if (plan.Combined)
            {
                written.Add(new WrittenOutput(perTarget[0].Select(o => o.Path).ToList(), rendered.Count, pages.Sum()));
            }
            else
            {
                for (var i = 0; i < perTarget.Count; i++)
                {
                    if (format == OutputFormat.Png)
                    {
                        RemoveStalePages(plan.Targets[i], perTarget[i].Count);
                    }

                    written.Add(new WrittenOutput(perTarget[i].Select(o => o.Path).ToList(), 1, pages[i]));
                }
            }

            return new RenderJobResult(diagnostics.Items, written, null, null, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new RenderJobResult(diagnostics.Items, [], null, ex, file);
        }
        finally
        {
            foreach (var r in rendered)
            {
                r.Dispose();
            }
        }
    }

    /// <summary>
    /// Why the outputs of rendering <paramref name="files"/> cannot be written, without rendering (for <c>watch</c>, which asks
    /// once before it starts): the plan's refusals, and outputs that would replace what a motion that can be read reads. A
    /// motion that cannot be read is no refusal; its errors are reported when it is rendered.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Refusals(IReadOnlyList<string> files, string? output, OutputFormat format, int dpi)
    {
        var diagnostics = new DiagnosticBag();
        var plan = OutputPlan.Create(files, output, format, dpi, diagnostics);
        for (var i = 0; plan is not null && i < files.Count; i++)
        {
            if (new DiagnosticBag().Take(Pipeline.Load(files[i])) is { } loaded && !plan.Check(i, loaded, diagnostics))
            {
                break;
            }
        }

        return diagnostics.Items;
    }

    /// <summary>Deletes NAME-N.png pages left from an earlier, longer render, so no stale page is mistaken for current.</summary>
    private static void RemoveStalePages(string target, int pages)
    {
        for (var n = pages + 1; File.Exists(OutputPlan.PngPage(target, n)); n++)
        {
            File.Delete(OutputPlan.PngPage(target, n));
        }
    }
}
