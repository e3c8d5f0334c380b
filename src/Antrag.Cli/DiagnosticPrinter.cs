using Antrag.Diagnostics;

namespace Antrag.Cli;

/// <summary>Prints diagnostics to standard error, one <c>file(line,col): error: message</c> per problem.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var d in diagnostics)
        {
            error.WriteLine(d.ToString());
        }
    }
}
