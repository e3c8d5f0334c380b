using Antrag.Diagnostics;

namespace Antrag;

/// <summary>What <see cref="Checker"/> found: the files it checked, every problem (each once) and the files antrag itself failed on.</summary>
public sealed record CheckResult(
    IReadOnlyList<string> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<(string File, Exception Exception)> Failures)
{
    /// <summary>The number of errors, internal failures included.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error) + Failures.Count;

    /// <summary>The number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
