namespace Antrag.Diagnostics;

/// <summary>A collector of diagnostics, filled by every stage and read by the command line.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    /// <summary>All diagnostics in the order they were reported.</summary>
    public IReadOnlyList<Diagnostic> Items => items;

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => items.Exists(d => d.Severity == Severity.Error);

    /// <summary>The number of errors reported so far.</summary>
    public int ErrorCount => items.Count(d => d.Severity == Severity.Error);

    public void Error(DiagnosticCode code, SourceSpan at, string message, string? hint = null) =>
        items.Add(new Diagnostic(code, Severity.Error, at, message, hint));

    public void Warning(DiagnosticCode code, SourceSpan at, string message, string? hint = null) =>
        items.Add(new Diagnostic(code, Severity.Warning, at, message, hint));

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    /// <summary>Adds the diagnostics of <paramref name="result"/> and returns its value (null when it has none).</summary>
    public T? Take<T>(Result<T> result) where T : class
    {
        items.AddRange(result.Diagnostics);
        return result.Value;
    }
}
