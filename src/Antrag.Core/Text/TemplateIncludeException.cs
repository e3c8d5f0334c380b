using Scriban.Syntax;

namespace Antrag.Text;

/// <summary>An <c>include</c> that names no template or a template that does not exist; reported as ANT3003 with its hint.</summary>
internal sealed class TemplateIncludeException(Scriban.Parsing.SourceSpan span, string message, string? hint)
    : ScriptRuntimeException(span, message)
{
    /// <summary>How to fix the include, or null.</summary>
    public string? Hint { get; } = hint;
}
