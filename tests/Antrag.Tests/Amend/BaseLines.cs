using System.Globalization;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Layout;
using Antrag.Read;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Amend;

/// <summary>The lines of a motion's PDF rendered with line numbers, read back with PdfPig: the number printed in the margin → the text beside it.</summary>
public static class BaseLines
{
    public static Dictionary<int, string> Read(string motionPath, LineNumbering? numbering = null)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = diagnostics.Take(Pipeline.Load(motionPath));
        Assert.True(loaded is not null, string.Join("\n", diagnostics.Items));
        using var rendered = diagnostics.Take(Pipeline.Render(loaded with { Motion = loaded.Motion with { LineNumbers = numbering ?? new LineNumbering() } }));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        var lines = PdfText.Lines(PdfExporter.Export(rendered.Layout));
        var left = Units.Mm(25);
        var numbers = lines.Where(l => l.Letters[^1].EndBaseLine.X < left && int.TryParse(l.Text, NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToList();
        Assert.NotEmpty(numbers);
        return numbers.ToDictionary(
            n => int.Parse(n.Text, CultureInfo.InvariantCulture),
            n => lines.Single(l => l.Page == n.Page && Math.Abs(l.Baseline - n.Baseline) < 0.5 && l.X >= left - 0.5).Text);
    }

    /// <summary>Lines <paramref name="first"/> to <paramref name="last"/> joined by spaces, white space collapsed.</summary>
    public static string Span(this Dictionary<int, string> lines, int first, int last) =>
        PdfText.Collapse(string.Join(" ", Enumerable.Range(first, last - first + 1).Select(n => lines[n])));
}
