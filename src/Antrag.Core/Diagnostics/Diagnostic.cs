namespace Antrag.Diagnostics;

/// <summary>One problem found in the input: its code, how serious it is, where it is and, if useful, a hint how to fix it.</summary>
public sealed record Diagnostic(DiagnosticCode Code, Severity Severity, SourceSpan Span, string Message, string? Hint = null)
{
    /// <summary>Formats as <c>file(line,col): error ANT1003: message</c> (without the place when it names none), followed by <c>  hint: …</c> on its own line.</summary>
    public override string ToString()
    {
        var place = Span.File.Length == 0 ? string.Empty : Span + ": ";
        var head = $"{place}{(Severity == Severity.Error ? "error" : "warning")} {Code.Id}: {Message}";
        return Hint is null ? head : head + Environment.NewLine + "  hint: " + Hint;
    }
}
