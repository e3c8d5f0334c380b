using Antrag.Diagnostics;

namespace Antrag.Amend;

/// <summary>
/// What an <see cref="AmendJob"/> did: its diagnostics, the file it wrote (null when it wrote none), the lines that report what
/// it wrote, or the exception of a bug.
/// </summary>
public sealed record AmendResult(IReadOnlyList<Diagnostic> Diagnostics, string? Written, IReadOnlyList<string> Report, Exception? Error = null)
{
    /// <summary>Whether the file was written.</summary>
    public bool Succeeded => Written is not null && Error is null;

    /// <summary>Nothing was written: the diagnostics say why.</summary>
    public static AmendResult Refused(IReadOnlyList<Diagnostic> diagnostics) => new(diagnostics, null, []);
}
