using Antrag.Fonts;
using Antrag.Layout;
using Antrag.Text;

namespace Antrag.Tests.Layout;

/// <summary>A salutation, or a short paragraph that leads into what follows (ending in "," or ":"), never stands alone at a page's foot.</summary>
public sealed class LeadInTests : IDisposable
{
    private const string Salutation = "Sehr geehrter Herr Oberbürgermeister,";

    private const string Sentence = "Wir bitten Sie, den folgenden Antrag auf die Tagesordnung der nächsten Sitzung des Rates zu setzen. ";

    private static readonly Typography Type = new(Color.Black);

    private readonly FontSet fonts = FontSet.Create(FontFamilySource.Shipped, Salutation + Sentence + "Der Rat möge beschließen:" + GermanTypography.Characters);

    public void Dispose() => fonts.Dispose();

    private BlockLayout Laid(string text) => new BlockLayouter(fonts, Type, new Dictionary<string, ImageData>()).Layout(new ParagraphBlock([new TextRun(text)]), 300f);

    /// <summary>A block of <paramref name="rows"/> rows of body leading, marked by a line at x = -1.</summary>
    private static BlockLayout Filler(int rows) =>
        new("filler", Enumerable.Range(0, rows).Select(_ => new Row(Type.Body.Leading, [new LineItem(-1, 0, -1, 0, 1, Color.Black)])).ToList()) { SpaceAfter = Type.ParagraphSpace };

    /// <summary>Per page, the first words of its text items.</summary>
    private static List<List<string>> Texts(IReadOnlyList<IReadOnlyList<FrameItem>> pages) =>
        pages.Select(p => p.OfType<TextItem>().Select(t => t.Text.Split(' ')[0]).ToList()).ToList();

    [Theory]
    [InlineData(Salutation)]
    [InlineData("Der Rat möge beschließen:")]
    public void A_lead_in_goes_to_the_next_page_when_the_first_two_lines_after_it_do_not_fit_below_it(string leadIn)
    {
        // Room for the text above, the lead-in and one line of the paragraph after it: the lead-in moves.
        var first = Laid(leadIn);
        var following = Laid(string.Concat(Enumerable.Repeat(Sentence, 3)));
        Assert.True(following.Rows.Count >= 4);
        var room = (8 * Type.Body.Leading) + (2 * Type.ParagraphSpace) + first.Height + Type.Body.Leading + 1;
        var page = new PageArea(0, room);

        var pages = new Paginator(0, page, page).Paginate([Filler(8), first, following]);

        Assert.Equal(leadIn.Split(' ')[0], Texts(pages)[1][0]);
        Assert.Empty(Texts(pages)[0]);
    }

    [Fact]
    public void A_lead_in_stays_when_two_lines_after_it_fit()
    {
        var first = Laid(Salutation);
        var following = Laid(string.Concat(Enumerable.Repeat(Sentence, 3)));
        var room = (8 * Type.Body.Leading) + (2 * Type.ParagraphSpace) + first.Height + (2 * Type.Body.Leading) + 1;
        var page = new PageArea(0, room);

        var pages = new Paginator(0, page, page).Paginate([Filler(8), first, following]);

        Assert.Equal(3, Texts(pages)[0].Count);
        Assert.Equal("Sehr", Texts(pages)[0][0]);
    }

    [Fact]
    public void A_long_paragraph_ending_in_a_colon_is_no_lead_in_and_the_space_below_a_lead_in_is_a_paragraphs()
    {
        Assert.False(Laid(string.Concat(Enumerable.Repeat(Sentence, 2)) + "wie folgt:").KeepWithNext);
        var salutation = Laid(Salutation);
        Assert.True(salutation.KeepWithNext);
        Assert.Equal(Type.ParagraphSpace, salutation.SpaceAfter);
    }
}
