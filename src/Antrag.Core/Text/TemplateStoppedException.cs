using Antrag.Diagnostics;
using Scriban.Syntax;

namespace Antrag.Text;

/// <summary>
/// A template run stopped by antrag: an include that names no template, a template that includes itself, a template file
/// that may not be read, or a limit of <see cref="InputLimits"/> exceeded. Reported with its code and hint.
/// </summary>
internal sealed class TemplateStoppedException(Scriban.Parsing.SourceSpan span, DiagnosticCode code, string message, string? hint)
    : ScriptRuntimeException(span, message)
{
    /// <summary>The diagnostic code to report.</summary>
    public DiagnosticCode Code { get; } = code;

    /// <summary>How to fix it, or null.</summary>
    public string? Hint { get; } = hint;
}
