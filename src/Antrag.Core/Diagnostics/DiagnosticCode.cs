namespace Antrag.Diagnostics;

/// <summary>
/// A stable identifier of one kind of problem, such as <c>ANT1003</c> (unknown key), with a one-line title; every code is
/// listed in <see cref="DiagnosticCodes.All"/> and documented in docs/diagnostics.md.
/// </summary>
public sealed class DiagnosticCode
{
    internal DiagnosticCode(string id, string title, string fix)
    {
        Id = id;
        Title = title;
        Fix = fix;
    }

    /// <summary>The code as printed, e.g. <c>ANT1003</c>.</summary>
    public string Id { get; }

    /// <summary>What kind of problem it is, in a few words (e.g. "unknown key").</summary>
    public string Title { get; }

    /// <summary>What to do about it, in a sentence or two (shown in docs/diagnostics.md).</summary>
    public string Fix { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
