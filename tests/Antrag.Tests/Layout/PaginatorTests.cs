using Antrag.Layout;

namespace Antrag.Tests.Layout;

/// <summary>Page-break rules of the paginator, on synthetic blocks of 10-point rows and pages with room for 10 rows.</summary>
public sealed class PaginatorTests
{
    private static readonly PageArea Page = new(0, 100);

    /// <summary>A block whose rows are marked by a line item at x = block id, y = row index.</summary>
    private static BlockLayout Block(int id, int rows, bool keepWithNext = false, bool keepTogether = false) =>
        new($"block {id}", Enumerable.Range(0, rows).Select(r => new Row(10, [new LineItem(id, r, id, r, 1, Color.Black)])).ToList())
        {
            KeepWithNext = keepWithNext,
            KeepTogether = keepTogether,
            MinRowsAtFoot = keepWithNext ? 1 : 2,
            MinRowsAtHead = keepWithNext ? 1 : 2,
        };

    private static List<List<int>> BlocksPerPage(IReadOnlyList<IReadOnlyList<FrameItem>> pages) =>
        pages.Select(items => items.Cast<LineItem>().Select(l => (int)l.X1).ToList()).ToList();

    [Fact]
    public void A_row_taller_than_a_page_is_reported_as_not_fitting()
    {
        var tall = new BlockLayout("signatures", [new Row(10, []), new Row(150, []) { Origin = "Erika Muster" }]) { KeepTogether = true, TallRow = LayoutProblemKind.Signer };
        var paginator = new Paginator(0, Page, Page);

        paginator.Paginate([Block(1, 3), tall]);

        var problem = Assert.Single(paginator.Problems);
        Assert.Equal((LayoutProblemKind.Signer, "Erika Muster", 150f, 100f), (problem.Kind, problem.Text, problem.Needed, problem.Room));
    }

    [Fact]
    public void A_row_taller_than_the_room_on_page_1_but_not_than_a_later_page_goes_to_page_2_whole()
    {
        var paginator = new Paginator(0, new PageArea(60, 100), Page);

        var pages = BlocksPerPage(paginator.Paginate([new BlockLayout("table", [new Row(70, [new LineItem(1, 0, 1, 0, 1, Color.Black)])])]));

        Assert.Empty(paginator.Problems);
        Assert.Equal([[], [1]], pages);
    }

    [Fact]
    public void The_signatures_never_stand_alone_on_a_page_the_last_lines_of_the_text_go_with_them()
    {
        // 7 lines of text and 4 rows of signatures (never split) on a page of 10: two lines of text go with the signatures.
        var signatures = Block(2, 4, keepTogether: true) with { KeepWithPrevious = true };
        var pages = BlocksPerPage(new Paginator(0, Page, Page).Paginate([Block(1, 7), signatures]));
        Assert.Equal([[1, 1, 1, 1, 1], [1, 1, 2, 2, 2, 2]], pages);
    }

    [Fact]
    public void A_short_text_before_the_signatures_goes_with_them_whole_and_its_heading_with_it()
    {
        // Heading (1 row), 5 lines, then 3 lines of text and 4 rows of signatures: the 3 lines cannot be split 2 + 2, so they
        // move whole, and the heading above them moves too.
        var heading = Block(3, 1, keepWithNext: true, keepTogether: true);
        var signatures = Block(2, 4, keepTogether: true) with { KeepWithPrevious = true };
        var pages = BlocksPerPage(new Paginator(0, Page, Page).Paginate([Block(4, 5), heading, Block(1, 3), signatures]));
        Assert.Equal([[4, 4, 4, 4, 4], [3, 1, 1, 1, 2, 2, 2, 2]], pages);
    }

    [Fact]
    public void A_long_paragraph_runs_across_pages()
    {
        var pages = BlocksPerPage(new Paginator(0, Page, Page).Paginate([Block(1, 25)]));
        Assert.Equal([10, 10, 5], pages.Select(p => p.Count));
    }

    [Fact]
    public void No_single_line_is_left_at_the_head_of_a_page()
    {
        // 21 lines: 10 + 10 would leave one line alone on page 3, so page 2 gives one line up.
        var pages = BlocksPerPage(new Paginator(0, Page, Page).Paginate([Block(1, 21)]));
        Assert.Equal([10, 9, 2], pages.Select(p => p.Count));
    }

    [Fact]
    public void No_single_line_is_left_at_the_foot_of_a_page()
    {
        // After 9 lines only one line of the next paragraph would fit: the whole paragraph moves.
        var paginator = new Paginator(0, Page, Page);
        var pages = BlocksPerPage(paginator.Paginate([Block(1, 9), Block(2, 5)]));
        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1, 1], pages[0]);
        Assert.Equal([2, 2, 2, 2, 2], pages[1]);
        Assert.Contains(paginator.Notes, n => n.Contains("block 2 moved to the next page", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_lines_may_stand_at_a_foot()
    {
        var pages = BlocksPerPage(new Paginator(0, Page, Page).Paginate([Block(1, 8), Block(2, 5)]));
        Assert.Equal(2, pages[0].Count(b => b == 2));
        Assert.Equal(3, pages[1].Count(b => b == 2));
    }

    [Fact]
    public void A_heading_at_the_foot_of_a_page_moves_to_the_next_page_with_its_paragraph()
    {
        // The heading itself would fit as line 9, but not with two lines of its paragraph.
        var paginator = new Paginator(0, Page, Page);
        var pages = BlocksPerPage(paginator.Paginate([Block(1, 8), Block(2, 1, keepWithNext: true), Block(3, 5)]));
        Assert.DoesNotContain(2, pages[0]);
        Assert.Equal(2, pages[1][0]);
        Assert.Equal([3, 3, 3, 3, 3], pages[1].Skip(1));
        Assert.Contains(paginator.Notes, n => n.StartsWith("page 2: block 2 moved", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_stays_when_its_paragraph_can_follow()
    {
        var pages = BlocksPerPage(new Paginator(0, Page, Page).Paginate([Block(1, 7), Block(2, 1, keepWithNext: true), Block(3, 5)]));
        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 2, 3, 3], pages[0]);
    }

    [Fact]
    public void The_signature_block_at_the_foot_of_a_page_is_never_split()
    {
        var paginator = new Paginator(0, Page, Page);
        var pages = BlocksPerPage(paginator.Paginate([Block(1, 8), Block(2, 3, keepTogether: true)]));
        Assert.Equal(Enumerable.Repeat(1, 8), pages[0]);
        Assert.Equal([2, 2, 2], pages[1]);
        Assert.Contains(paginator.Notes, n => n.Contains("never split", StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_page_area_can_differ_from_later_pages()
    {
        // Page 1 has a letterhead: its body area holds only 4 rows.
        var pages = BlocksPerPage(new Paginator(0, new PageArea(60, 100), Page).Paginate([Block(1, 12)]));
        Assert.Equal([4, 8], pages.Select(p => p.Count));
    }

    [Fact]
    public void Rows_are_placed_at_the_column_left_and_from_the_area_top()
    {
        var pages = new Paginator(50, new PageArea(20, 100), Page).Paginate([Block(0, 2)]);
        var lines = pages[0].Cast<LineItem>().ToList();
        Assert.Equal(50, lines[0].X1);
        Assert.Equal(20, lines[0].Y1);
        Assert.Equal(31, lines[1].Y1);
    }

    [Fact]
    public void A_block_taller_than_a_page_still_ends()
    {
        var pages = BlocksPerPage(new Paginator(0, Page, Page).Paginate([Block(1, 25, keepTogether: true)]));
        Assert.Equal(25, pages.Sum(p => p.Count));
    }

    /// <summary>A list of items of the given line counts: each item is a unit of the block.</summary>
    private static BlockLayout List(int id, params int[] itemLines) =>
        new($"list {id}", itemLines.SelectMany((n, item) => Enumerable.Range(0, n).Select(r => new Row(10, [new LineItem(id, r, id, r, 1, Color.Black)]) { Unit = item })).ToList());

    [Fact]
    public void A_list_item_leaves_no_single_line_at_the_foot_of_a_page()
    {
        // Four items of three lines: the tenth row would be the first line of item 4 alone at the foot of page 1.
        var pages = BlocksPerPage(new Paginator(0, Page, Page).Paginate([List(1, 3, 3, 3, 3)]));
        Assert.Equal([9, 3], pages.Select(p => p.Count));
    }

    [Fact]
    public void A_list_item_leaves_no_single_line_at_the_head_of_a_page()
    {
        // Items of 4, 3 and 3 lines: breaking after row 10 would carry one line of item 3 over alone.
        var pages = BlocksPerPage(new Paginator(0, Page, Page).Paginate([Block(2, 1), List(1, 4, 3, 3)]));
        Assert.Equal([8, 3], pages.Select(p => p.Count));
    }

    [Fact]
    public void A_list_may_break_between_items()
    {
        var pages = BlocksPerPage(new Paginator(0, Page, Page).Paginate([List(1, 5, 5, 5)]));
        Assert.Equal([10, 5], pages.Select(p => p.Count));
    }

    [Fact]
    public void The_closing_takes_the_last_two_lines_of_the_text_before_it_to_the_next_page()
    {
        // Nine lines of text fill page 1; the signatures (closing, "gez.", signers) do not fit below them.
        var closing = Block(2, 3, keepTogether: true) with { KeepWithPrevious = true };
        var paginator = new Paginator(0, Page, Page);
        var pages = BlocksPerPage(paginator.Paginate([Block(1, 9), closing]));
        Assert.Equal(Enumerable.Repeat(1, 7), pages[0]);
        Assert.Equal([1, 1, 2, 2, 2], pages[1]);
        Assert.Contains(paginator.Notes, n => n.Contains("to stay with signatures", StringComparison.Ordinal) || n.Contains("block 2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_paragraph_before_the_closing_moves_with_it_whole()
    {
        var closing = Block(3, 3, keepTogether: true) with { KeepWithPrevious = true };
        var pages = BlocksPerPage(new Paginator(0, Page, Page).Paginate([Block(1, 6), Block(2, 2), closing]));
        Assert.Equal(Enumerable.Repeat(1, 6), pages[0]);
        Assert.Equal([2, 2, 3, 3, 3], pages[1]);
    }
}
