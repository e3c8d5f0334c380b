using Antrag.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Antrag.Text;

/// <summary>Lets a template <c>include</c> other templates by name, from the template folders only — never any other file.</summary>
/// <remarks>
/// An include is parsed once per process: <see cref="GetPath"/> hands Scriban the shared parse of the template's current
/// text (from <paramref name="parse"/>) before it would load and parse it itself. A template with errors is left to Scriban,
/// which reports them as before.
/// </remarks>
internal sealed class FolderTemplateLoader(TemplateStore store, Func<string, string, Template> parse) : ITemplateLoader
{
    public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName)
    {
        if (!TemplateStore.IsValidName(templateName))
        {
            throw new TemplateIncludeException(callerSpan, $"include '{templateName}' refused: templates may only include other templates by name, not files", "write the name of another template, such as '_kopf'");
        }

        if (!context.CachedTemplates.ContainsKey(templateName)
            && store.Find(templateName, Diagnostics.SourceSpan.InFile(callerSpan.FileName), new DiagnosticBag()) is { } source
            && parse(templateName, source.Text) is { HasErrors: false } parsed)
        {
            context.CachedTemplates[templateName] = parsed;
        }

        return templateName;
    }

    public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath)
    {
        var bag = new DiagnosticBag();
        var source = store.Find(templatePath, Diagnostics.SourceSpan.InFile(callerSpan.FileName), bag);
        return source?.Text ?? throw new TemplateIncludeException(
            callerSpan,
            bag.Items.Count > 0 ? bag.Items[0].Message : $"there is no template '{templatePath}'",
            bag.Items.Count > 0 ? bag.Items[0].Hint : null);
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
