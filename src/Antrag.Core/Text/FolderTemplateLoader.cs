using Antrag.Diagnostics;
using Scriban;
using Scriban.Runtime;

namespace Antrag.Text;

/// <summary>Lets a template <c>include</c> other templates by name, from the template folders only — never any other file.</summary>
/// <remarks>
/// An include is known to Scriban by the template's display path (<c>templates/_kopf.sbn</c>, or
/// <c>embedded:templates/_kopf.sbn</c>), so that a problem inside it names the file. It is parsed once per process:
/// <see cref="GetPath"/> hands Scriban the shared parse of the template's current text (from <paramref name="parse"/>) before
/// it would load and parse it itself. A template with errors is left to Scriban, which reports them as before. An include
/// that leads back to a template being run is refused (it would never end).
/// </remarks>
internal sealed class FolderTemplateLoader(TemplateStore store, Func<string, string, Template> parse) : ITemplateLoader
{
    // The templates found by this loader, by display path.
    private readonly Dictionary<string, TemplateSource> found = new(StringComparer.Ordinal);

    public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName)
    {
        if (!TemplateStore.IsValidName(templateName))
        {
            throw new TemplateStoppedException(callerSpan, DiagnosticCodes.TemplateNotFound, $"include '{templateName}' refused: templates may only include other templates by name, not files", "write the name of another template, such as '_kopf'");
        }

        var bag = new DiagnosticBag();
        var source = store.Find(templateName, Diagnostics.SourceSpan.InFile(callerSpan.FileName), bag);
        if (source is null)
        {
            var problem = bag.Items.Count > 0 ? bag.Items[0] : null;
            throw new TemplateStoppedException(callerSpan, problem?.Code ?? DiagnosticCodes.TemplateNotFound, problem?.Message ?? $"there is no template '{templateName}'", problem?.Hint);
        }

        var path = source.DisplayPath;
        if (context is TemplateRun run && run.Files.Contains(path, StringComparer.Ordinal))
        {
            var chain = run.Files.SkipWhile(f => !string.Equals(f, path, StringComparison.Ordinal)).Append(path).Select(Name);
            throw new TemplateStoppedException(
                callerSpan,
                DiagnosticCodes.TemplateCycle,
                string.Equals(callerSpan.FileName, path, StringComparison.Ordinal)
                    ? $"the template '{templateName}' includes itself"
                    : $"the template '{templateName}' includes itself through other templates: {string.Join(" → ", chain)}",
                "remove this include: a template that includes itself would never end");
        }

        found[path] = source;
        if (!context.CachedTemplates.ContainsKey(path) && parse(path, source.Text) is { HasErrors: false } parsed)
        {
            context.CachedTemplates[path] = parsed;
        }

        return path;
    }

    public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        found.TryGetValue(templatePath, out var source)
            ? source.Text
            : throw new TemplateStoppedException(callerSpan, DiagnosticCodes.TemplateNotFound, $"there is no template '{templatePath}'", null);

    public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>The template name of a display path: <c>templates/_kopf.sbn</c> → <c>_kopf</c>.</summary>
    private static string Name(string path) => Path.GetFileNameWithoutExtension(path);
}
