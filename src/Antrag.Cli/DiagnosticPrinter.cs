using Antrag.Diagnostics;

namespace Antrag.Cli;

/// <summary>
/// Prints diagnostics to standard error, one <c>file(line,col): error ANT1003: message</c> per problem, and hands each to the
/// run's <see cref="CiReport"/> (GitHub annotations, GitLab report) when there is one.
/// </summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter error, bool report = true)
    {
        foreach (var d in diagnostics)
        {
            error.WriteLine(d.ToString());
            if (report)
            {
                CiReport.Current?.Add(d);
            }
        }
    }

    /// <summary>Prints one error about <paramref name="what"/> (a file, a folder or an option, named as the user wrote it).</summary>
    public static void Error(TextWriter error, DiagnosticCode code, string what, string message, string? hint = null) =>
        Print([new Diagnostic(code, Severity.Error, SourceSpan.InFile(what), message, hint)], error);

    /// <summary>The line after an internal error: the stack trace with --verbose, otherwise how to report the bug.</summary>
    public static string InternalErrorDetail(Exception ex, bool verbose) =>
        verbose ? ex.ToString() : "  hint: this is a bug in antrag; run again with --verbose and report the output";

    /// <summary>Reports a failure of antrag itself (an exception), for <paramref name="file"/> when it concerns one.</summary>
    public static void InternalError(Exception ex, bool verbose, TextWriter error, string? file = null)
    {
        error.WriteLine($"{(file is null ? string.Empty : file + ": ")}error {DiagnosticCodes.Internal.Id}: internal error: {ex.Message}");
        error.WriteLine(InternalErrorDetail(ex, verbose));
        CiReport.Current?.Add(new Diagnostic(DiagnosticCodes.Internal, Severity.Error, SourceSpan.InFile(file ?? string.Empty), "internal error: " + ex.Message));
    }
}
