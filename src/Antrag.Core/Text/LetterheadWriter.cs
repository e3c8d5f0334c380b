using System.Globalization;
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
        var source = store.Find(request?.TemplateName ?? loaded.Kind.TemplateName, at, diagnostics);
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

        var context = new TemplateRun(new LazyBuiltins())
        {
            TemplateLoader = new FolderTemplateLoader(store, Parse),
            StrictVariables = true,
            MemberRenamer = member => member.Name,
        };
        var wording = Wording.For(loaded);
        if (wording.IntroInText && request is null)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.IntroInText,
                Severity.Note,
                motion.Positions.TryGetValue("beschlussentwurf", out var draftAt) ? draftAt : at,
                $"the Beschlussentwurf begins with \"{wording.Texts["beschluss_einleitung"].TrimEnd(':')}\" itself, so that sentence is not printed before it",
                "nothing to do; to print a different intro, set 'beschluss_einleitung' under 'texte'"));
        }

        var globals = TemplateModel.Create(loaded, wording);
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
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Add(Problem(ex, context, loaded));
            return null;
        }
    }

    /// <summary>
    /// What stopped a template run: a problem of the template where it stands; a limit exceeded in a built-in template, which
    /// only the motion's data can cause, at the key of the motion (or profile) the running loop prints.
    /// </summary>
    private static Diagnostic Problem(ScriptRuntimeException ex, TemplateRun run, LoadedMotion loaded)
    {
        var (code, hint) = ex switch
        {
            TemplateStoppedException stopped => (stopped.Code, stopped.Hint),
            _ when TemplateRun.IsScribanLimit(ex) => (DiagnosticCodes.TemplateLimit, TemplateRun.LimitHint),
            _ => (DiagnosticCodes.TemplateError, null),
        };
        var file = ex.Span.FileName ?? string.Empty;
        if (code != DiagnosticCodes.TemplateLimit || !file.StartsWith(TemplateStore.EmbeddedPrefix, StringComparison.Ordinal))
        {
            return ToDiagnostic(ex.Span, ex.OriginalMessage, true, code, hint);
        }

        var template = Path.GetFileNameWithoutExtension(file);
        var loop = run.Loops.LastOrDefault(l => l is ScriptForStatement) as ScriptForStatement;
        var (at, key) = DataKey(loop?.Iterator?.ToString(), loaded);
        var message = key is null
            ? $"the motion is too large for the built-in template '{template}': {ex.OriginalMessage}"
            : ex.OriginalMessage.Contains("iteration limit", StringComparison.Ordinal)
                ? $"'{key}' has more entries than the built-in template '{template}' prints (a loop runs at most {InputLimits.TemplateLoopIterations.ToString("N0", CultureInfo.InvariantCulture)} times)"
                : $"'{key}' is too large for the built-in template '{template}': {ex.OriginalMessage}";
        return new Diagnostic(
            DiagnosticCodes.TemplateDataLimit,
            Severity.Error,
            at,
            message,
            (key is null ? "shorten the motion" : $"shorten '{key}'") + "; docs/limits.md lists how much a template prints");
    }

    /// <summary>The key a loop of a built-in template prints (<c>antrag.anlagen</c> → <c>anlagen</c> of the motion), and where it stands.</summary>
    private static (Diagnostics.SourceSpan At, string? Key) DataKey(string? iterator, LoadedMotion loaded)
    {
        var (motion, profile, _) = loaded;
        var (positions, key) = iterator switch
        {
            not null when iterator.StartsWith("antrag.", StringComparison.Ordinal) => (motion.Positions, iterator["antrag.".Length..]),
            not null when iterator.StartsWith("fraktion.", StringComparison.Ordinal) => (profile.Positions, iterator["fraktion.".Length..]),
            "f.unterzeichner" => (motion.Positions, "unterzeichner"),
            "fraktionen" => (motion.Positions, "mitantragsteller"),
            _ => (motion.Positions, null),
        };
        return key is not null && positions.TryGetValue(key, out var at)
            ? (at, key)
            : (new Diagnostics.SourceSpan(motion.SourcePath, 1, 1), null);
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
