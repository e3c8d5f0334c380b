using Antrag.Amend;
using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Amend;

/// <summary>The numbered lines as the layout records them: where paragraphs and points start, and the words whatever the line breaks.</summary>
public sealed class NumberedTextTests
{
    private static IReadOnlyList<Antrag.Layout.NumberedLine> Lines(Func<LoadedMotion, LoadedMotion> change)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = diagnostics.Take(Pipeline.Load(RepoPaths.Sample("musterstadt", AmendSample.Base)));
        Assert.True(loaded is not null, string.Join("\n", diagnostics.Items));
        using var rendered = diagnostics.Take(Pipeline.Render(change(loaded)));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        return rendered.Layout.NumberedLines;
    }

    [Fact]
    public void Lines_know_whether_they_start_a_paragraph_and_which_point()
    {
        var lines = Lines(l => l);
        Assert.True(lines[0].StartsParagraph);
        Assert.Equal("Beschlussentwurf", lines[0].Text);
        var point = lines.Single(l => l.Text.StartsWith("3. ein Programm", StringComparison.Ordinal));
        Assert.True(point.StartsParagraph);
        Assert.Equal("3.", point.Marker);
        var next = lines[point.Number];
        Assert.False(next.StartsParagraph);
        Assert.Null(next.Marker);
        var paragraph = NumberedText.Paragraphs(lines).Single(p => p.Point == 3);
        Assert.Equal("ein Programm zur Umgestaltung der zehn gefährlichsten Kreuzungen nach dem Vorbild geschützter Kreuzungen,", paragraph.Key);
        Assert.Equal((point.Number, point.Number + 1), (paragraph.FirstLine, paragraph.LastLine));
    }

    [Fact]
    public void Justified_lines_keep_their_spaces_so_the_words_are_the_same()
    {
        var ragged = Lines(l => l);
        var justified = Lines(l => l with { Profile = l.Profile with { Justify = true } });
        Assert.Contains(justified, l => l.Text.Contains("Radverkehrskonzept 2030 zu", StringComparison.Ordinal));
        Assert.Equal(NumberedText.Paragraphs(ragged).Select(p => p.Key), NumberedText.Paragraphs(justified).Select(p => p.Key));
    }
}
