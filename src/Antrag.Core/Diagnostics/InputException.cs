namespace Antrag.Diagnostics;

/// <summary>Thrown by a stage when the input is wrong; carries the diagnostics that say why.</summary>
public sealed class InputException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(diagnostics.Count > 0 ? diagnostics[0].ToString() : "invalid input")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public InputException(Diagnostic diagnostic) : this([diagnostic]) { }
}
