using Antrag.Diagnostics;
using Antrag.Read;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Antrag.Text;

/// <summary>The text stage: runs the kind's Scriban template over a motion and its profile to produce letterhead text.</summary>
public static class LetterheadWriter
{
    /// <summary>
    /// Parsed templates by name or path and text, shared by every render of the process (a build of 1,000 motions parsed the
    /// same templates 1,000 times). Keyed by the text, so an edited template is parsed again; Scriban's parsed templates may
    /// be rendered by several threads at once.
    /// </summary>
    private static readonly BoundedCache<(string Path, string Text), Template> Parsed = new(256);

    /// <summary>Renders the template for <c>motion.Kind</c> (or the template of <paramref name="request"/>); returns null and reports diagnostics on template errors.</summary>
    public static string? Write(LoadedMotion loaded, DiagnosticBag diagnostics, TemplateRequest? request = null)
    {
        var (motion, profile, _) = loaded;
        var store = new TemplateStore(profile.TemplatesDirectory);
        var at = motion.Positions.TryGetValue("art", out var p) ? p : new Diagnostics.SourceSpan(motion.SourcePath, 1, 1);
        var source = store.Find(request?.TemplateName ?? motion.Kind, at, diagnostics);
        if (source is null)
        {
            return null;
        }

        var template = Parse(source.DisplayPath, source.Text);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
            {
                diagnostics.Add(ToDiagnostic(message.Span, message.Message, message.Type == ParserMessageType.Error));
            }

            if (diagnostics.HasErrors)
            {
                return null;
            }
        }

        var context = new TemplateContext(new LazyBuiltins())
        {
            TemplateLoader = new FolderTemplateLoader(store, Parse),
            StrictVariables = true,
            LoopLimit = 10_000,
            RecursiveLimit = 50,
            LimitToString = 0,
            MemberRenamer = member => member.Name,
        };
        var globals = TemplateModel.Create(loaded);
        if (request?.Variables is { } extra)
        {
            foreach (var (key, value) in extra)
            {
                globals[key] = value;
            }
        }

        context.PushGlobal(globals);
        try
        {
            return template.Render(context).Replace("\r\n", "\n");
        }
        catch (TemplateStoppedException ex)
        {
            diagnostics.Add(ToDiagnostic(ex.Span, ex.OriginalMessage, true, ex.Code, ex.Hint));
            return null;
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Add(ToDiagnostic(ex.Span, ex.OriginalMessage, true));
            return null;
        }
    }

    /// <summary>The parsed template of <paramref name="text"/> (errors included), parsed once per process.</summary>
    internal static Template Parse(string path, string text) =>
        Parsed.GetOrAdd((path, text), static (key, _) => Template.Parse(key.Text, key.Path), 0);

    private static Diagnostic ToDiagnostic(Scriban.Parsing.SourceSpan span, string message, bool error, DiagnosticCode? code = null, string? hint = null) =>
        new(
            code ?? DiagnosticCodes.TemplateError,
            error ? Severity.Error : Severity.Warning,
            new Diagnostics.SourceSpan(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1, span.End.Line + 1, span.End.Column + 2),
            "template: " + message,
            hint);
}
