using System.Globalization;
using System.Text.RegularExpressions;
using Antrag.Diagnostics;

namespace Antrag.Tests.Infrastructure;

/// <summary>
/// Diagnostics as tests compare them: place, severity and code, without the wording (which is pinned once, in the golden file
/// of all messages, <c>Goldens/diagnostics/messages.verified.txt</c>).
/// </summary>
public static partial class DiagnosticText
{
    /// <summary>
    /// Printed output with every diagnostic cut to <c>file(line,col): error ANT1003</c> and its hint line dropped; other lines
    /// (such as <c>exit: 1</c>) stay as they are.
    /// </summary>
    public static string CodeLines(string printed)
    {
        var lines = new List<string>();
        foreach (var line in printed.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("  hint: ", StringComparison.Ordinal))
            {
                continue;
            }

            var match = Printed().Match(line);
            lines.Add(match.Success ? $"{match.Groups["at"].Value}: {match.Groups["severity"].Value} {match.Groups["code"].Value}" : line);
        }

        return string.Join("\n", lines);
    }

    /// <summary>Each diagnostic as <c>file(line,col)-(line,col): error ANT1003</c>: its whole span, severity and code.</summary>
    public static string Lines(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(Line));

    /// <summary>One diagnostic as <c>file(line,col)-(line,col): error ANT1003</c> (the end left out when unknown).</summary>
    public static string Line(Diagnostic d)
    {
        var at = d.Span.ToString();
        if (d.Span.EndLine > 0)
        {
            at += string.Create(CultureInfo.InvariantCulture, $"-({d.Span.EndLine},{d.Span.EndColumn})");
        }

        return $"{at}: {Diagnostic.Word(d.Severity)} {d.Code.Id}";
    }

    /// <summary>One diagnostic as printed but without its wording: <c>file(line,col): error ANT1003</c>.</summary>
    public static string StartLine(Diagnostic d) => $"{d.Span}: {Diagnostic.Word(d.Severity)} {d.Code.Id}";

    /// <summary>The codes of <paramref name="diagnostics"/>, in order.</summary>
    public static string[] Codes(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.Code.Id).ToArray();

    [GeneratedRegex(@"^(?<at>.*?): (?<severity>error|warning|note) (?<code>ANT\d{4}): ")]
    private static partial Regex Printed();
}
