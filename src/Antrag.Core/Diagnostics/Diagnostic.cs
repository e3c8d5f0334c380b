namespace Antrag.Diagnostics;

/// <summary>One problem found in the input, with where it is and, if useful, a hint how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, SourcePosition Position, string Message, string? Hint = null)
{
    /// <summary>Formats as <c>file(line,col): error: message</c>, followed by <c>  hint: …</c> on its own line.</summary>
    public override string ToString()
    {
        var head = $"{Position}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
        return Hint is null ? head : head + Environment.NewLine + "  hint: " + Hint;
    }
}
