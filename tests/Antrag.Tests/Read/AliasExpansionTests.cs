using Antrag.Diagnostics;
using Antrag.Read;

namespace Antrag.Tests.Read;

/// <summary>
/// References (<c>*name</c>) are bounded by the size of the file they make, written out, not by their number: the template and
/// the layout copy a referred value once per reference, so 10,000 references to a long text would be laid out 10,000 times.
/// </summary>
public sealed class AliasExpansionTests
{
    private const string Head = "datum: 28.02.2023\nbetreff: B\nbeschlussentwurf: E\n";

    /// <summary>A text of 999 characters: with its node it counts 1,000 each time it is written out.</summary>
    private static readonly string Text = new('x', 999);

    [Fact]
    public void References_that_stay_within_the_bound_are_read_and_written_out()
    {
        // The text once, then 150 references: 0.15 million characters (within the texts a motion may have, too).
        var diagnostics = new DiagnosticBag();
        var motion = MotionReader.Parse(Head + $"begruendung: &a {Text}\nanlagen: [{string.Join(", ", Enumerable.Repeat("*a", 150))}]\n", "m.yaml", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(motion);
        Assert.Equal(150, motion.Attachments.Count);
        Assert.All(motion.Attachments, a => Assert.Equal(Text, a));
    }

    [Fact]
    public void The_reference_that_takes_the_file_past_the_bound_is_reported()
    {
        var list = "anlagen: [" + string.Join(", ", Enumerable.Repeat("*a", 3_000)) + "]";
        var diagnostics = new DiagnosticBag();
        var motion = MotionReader.Parse(Head + $"begruendung: &a {Text}\n{list}\n", "m.yaml", diagnostics);

        Assert.Null(motion);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("ANT1030", error.Code.Id);

        // Up to the list's first reference: the mapping (1), seven keys and short values (58), the text (1,000), 'anlagen' (8)
        // and the list (1), 1,068 in all. Each reference adds 1,000: 2,096 of them reach 2,097,068, the 2,097th goes past 2,097,152.
        Assert.Equal(new SourceSpan("m.yaml", 5, "anlagen: [".Length + (2_096 * "*a, ".Length) + 1), error.Span);
    }

    [Fact]
    public void Nested_lists_count_every_reference_inside_them()
    {
        // 0.1 million characters referred to ten times in a list referred to ten times: 10 million written out.
        var yaml = Head + $"begruendung: &a {new string('x', 99_999)}\nx: &b [{string.Join(", ", Enumerable.Repeat("*a", 10))}]\nanlagen: [{string.Join(", ", Enumerable.Repeat("*b", 10))}]\n";
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Parse(yaml, "m.yaml", diagnostics));
        Assert.Equal("ANT1030", Assert.Single(diagnostics.Items).Code.Id);
    }
}
