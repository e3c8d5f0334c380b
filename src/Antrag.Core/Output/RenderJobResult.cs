using Antrag.Diagnostics;

namespace Antrag.Output;

/// <summary>
/// What a <see cref="RenderJob"/> did: its errors and warnings, the files it wrote, the bytes for standard output (<c>-o -</c>),
/// or the exception of a bug with the motion it happened on.
/// </summary>
public sealed record RenderJobResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<WrittenOutput> Written, byte[]? StandardOutput, Exception? Error, string? ErrorFile)
{
    /// <summary>Nothing was written: the diagnostics say why.</summary>
    public static RenderJobResult Refused(DiagnosticBag diagnostics) => new(diagnostics.Items, [], null, null, null);

    /// <summary>Whether the job did what was asked (wrote its files or has the bytes for standard output).</summary>
    public bool Succeeded => Error is null && (Written.Count > 0 || StandardOutput is not null);
}
