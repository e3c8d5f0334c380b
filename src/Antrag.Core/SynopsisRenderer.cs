using Antrag.Diagnostics;
using Antrag.Text;
using Scriban.Runtime;

namespace Antrag;

/// <summary>Renders the synopsis of two versions of a motion: the new version's letterhead, the texts side by side.</summary>
public static class SynopsisRenderer
{
    /// <summary>The template that words the synopsis.</summary>
    public const string TemplateName = "synopse";

    /// <summary>Lays out the synopsis of <paramref name="old"/> and <paramref name="new"/>; null if an error was reported.</summary>
    public static RenderedMotion? Render(LoadedMotion old, LoadedMotion @new, DiagnosticBag diagnostics)
    {
        var rows = new ScriptArray();
        foreach (var (before, after) in SynopsisBuilder.Rows(SynopsisBuilder.Paragraphs(old.Motion), SynopsisBuilder.Paragraphs(@new.Motion)))
        {
            rows.Add(new ScriptObject { ["alt"] = before, ["neu"] = after });
        }

        var prepared = diagnostics.Take(Pipeline.Prepare(@new, new TemplateRequest(TemplateName, new ScriptObject { ["synopse"] = rows })));
        return prepared is null ? null : Pipeline.LayoutChecked(prepared, diagnostics);
    }
}
