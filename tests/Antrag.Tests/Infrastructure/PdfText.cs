using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Antrag.Tests.Infrastructure;

/// <summary>Reads text back from a PDF with PdfPig, in the order it was painted, one string per visual line.</summary>
public static partial class PdfText
{
    /// <summary>A visual line: its text, the page it is on, its baseline (PDF units, y up) and the letters' font names.</summary>
    public sealed record Line(int Page, string Text, double X, double Baseline, IReadOnlyList<Letter> Letters);

    /// <summary>All lines of all pages in painting order; a line ends where the baseline changes or x jumps back.</summary>
    public static List<Line> Lines(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var lines = new List<Line>();
        foreach (var page in doc.GetPages())
        {
            var current = new List<Letter>();
            foreach (var letter in page.Letters)
            {
                if (current.Count > 0)
                {
                    var last = current[^1];
                    var sameLine = Math.Abs(last.StartBaseLine.Y - letter.StartBaseLine.Y) < 0.5
                        && letter.StartBaseLine.X >= last.StartBaseLine.X - 0.5;
                    if (!sameLine)
                    {
                        lines.Add(Make(page.Number, current));
                        current = [];
                    }
                }

                current.Add(letter);
            }

            if (current.Count > 0)
            {
                lines.Add(Make(page.Number, current));
            }
        }

        return lines;
    }

    /// <summary>The whole text, lines joined by single spaces and white space collapsed.</summary>
    public static string Flow(IEnumerable<Line> lines) => Collapse(string.Join(" ", lines.Select(l => l.Text)));

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    public static string Collapse(string s) => Spaces().Replace(s, " ").Trim();

    private static Line Make(int page, List<Letter> letters)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < letters.Count; i++)
        {
            // Separate cells of a table row (same baseline, a visible gap) with a space.
            if (i > 0 && letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X > letters[i - 1].PointSize * 0.3
                && letters[i].Value != " " && letters[i - 1].Value != " ")
            {
                sb.Append(' ');
            }

            sb.Append(letters[i].Value);
        }

        return new Line(page, sb.ToString(), letters[0].StartBaseLine.X, letters[0].StartBaseLine.Y, letters.ToList());
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
