using Antrag.Diagnostics;

namespace Antrag;

/// <summary>
/// The outcome of one step or job of antrag: its value, or no value and the errors that say why; warnings and notes either
/// way. Bad input never throws: it ends in a result without a value.
/// </summary>
public sealed record Result<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics) where T : class
{
    /// <summary>Whether there is a value (then no error was reported).</summary>
    public bool Succeeded => Value is not null;

    /// <summary>The result of <paramref name="value"/> and what <paramref name="diagnostics"/> collected: no value when any of them is an error.</summary>
    public static Result<T> Of(T? value, DiagnosticBag diagnostics) =>
        new(diagnostics.HasErrors ? null : value, diagnostics.Items.ToList());
}
