using System.Globalization;

namespace Antrag.Layout;

/// <summary>
/// Flows measured blocks into pages. All paging state lives here, not in the blocks: a block only says
/// how many rows it needs and how it may be broken; the paginator decides, and records why it broke where it did.
/// </summary>
public sealed class Paginator(float left, PageArea firstPage, PageArea laterPages)
{
    private readonly List<List<FrameItem>> pages = [];
    private readonly List<string> notes = [];
    private readonly List<LayoutProblem> problems = [];
    private List<FrameItem> page = [];
    private float y;
    private bool pageEmpty = true;
    private BlockLayout? previous;

    /// <summary>Why pages broke where they did, e.g. "page 2: heading 'Begründung' moved to keep it with what follows".</summary>
    public IReadOnlyList<string> Notes => notes;

    /// <summary>Rows taller than a whole page: placed anyway (they run past the page's foot), so the layout must not be used.</summary>
    public IReadOnlyList<LayoutProblem> Problems => problems;

    /// <summary>Places all blocks and returns the items of each page.</summary>
    public IReadOnlyList<IReadOnlyList<FrameItem>> Paginate(IReadOnlyList<BlockLayout> blocks)
    {
        StartPage();
        for (var b = 0; b < blocks.Count; b++)
        {
            Place(blocks[b], b + 1 < blocks.Count ? blocks[b + 1] : null, b + 2 < blocks.Count ? blocks[b + 2] : null);
        }

        pages.Add(page);
        return pages;
    }

    private PageArea Area => pages.Count == 0 ? firstPage : laterPages;

    private int PageNumber => pages.Count + 1;

    private void StartPage()
    {
        y = Area.Top;
        pageEmpty = true;
        previous = null;
    }

    private void NewPage(string? reason)
    {
        if (reason is not null)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"page {PageNumber + 1}: {reason}"));
        }

        pages.Add(page);
        page = [];
        StartPage();
    }

    private float Gap(BlockLayout block)
    {
        if (pageEmpty || previous is null)
        {
            return 0;
        }

        return Between(previous, block);
    }

    private float Remaining => Area.Bottom - y;

    private void Place(BlockLayout block, BlockLayout? next, BlockLayout? afterNext)
    {
        var rows = block.Rows;
        var index = 0;
        while (index < rows.Count)
        {
            var gap = index == 0 ? Gap(block) : 0;
            var available = Remaining - gap - (Repeats(block, index) ? HeaderHeight(block) : 0);
            var fit = CountFitting(rows, index, available);
            var left = rows.Count - index;

            if (fit >= left)
            {
                // The rest of the block fits. A heading must also take the first rows of what follows.
                if (block.KeepWithNext && next is not null && !pageEmpty)
                {
                    var need = Height(rows, index, left) + Between(block, next) + Height(next.Rows, 0, FootRows(next));
                    if (afterNext is { KeepWithPrevious: true } && Unbreakable(next))
                    {
                        // A short text before the signatures goes with them whole: the heading goes with both.
                        need = Height(rows, index, left) + Between(block, next) + Height(next.Rows, 0, next.Rows.Count)
                            + Between(next, afterNext) + Height(afterNext.Rows, 0, afterNext.Rows.Count);
                    }

                    if (need > available)
                    {
                        NewPage($"{block.Name} moved to the next page to stay with the lines that follow it");
                        continue;
                    }
                }

                // The closing must not stand alone on a page: when it will not fit below this block, the block's last rows go with it.
                if (next is { KeepWithPrevious: true } && MustCarry(block, next, index, left, available))
                {
                    var carry = block.KeepTogether ? 0 : Take(block, index, left - block.MinRowsAtHead);
                    if (carry > 0)
                    {
                        Put(block, index, carry, gap);
                        index += carry;
                        NewPage($"{block.Name} continues after {carry} line(s) to stay with {next.Name}");
                        continue;
                    }

                    if (!pageEmpty)
                    {
                        NewPage($"{block.Name} moved to the next page to stay with {next.Name}");
                        continue;
                    }
                }

                Put(block, index, left, gap);
                index = rows.Count;
                break;
            }

            if (pageEmpty && fit == 0 && pages.Count == 0 && rows[index].Height <= laterPages.Height + 0.01f)
            {
                // Taller than the room below page 1's letterhead, but not than a later page: it goes there whole.
                NewPage($"{block.Name} moved to the next page: a row is taller than the room below the letterhead");
                continue;
            }

            if (pageEmpty && fit == 0)
            {
                // Not even one row fits on an empty page: place one anyway rather than loop forever, and say it does not fit.
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"page {PageNumber}: {block.Name} has a row taller than the page"));
                problems.Add(new LayoutProblem(block.TallRow, block.Name, rows[index].Origin ?? block.Name, rows[index].Height, available));
                Put(block, index, 1, gap);
                index++;
                continue;
            }

            int take;
            if (block.KeepTogether && !pageEmpty)
            {
                take = 0;
            }
            else if (block.KeepTogether)
            {
                take = fit;
            }
            else
            {
                take = Take(block, index, fit);
                if (take <= 0 && pageEmpty)
                {
                    take = Math.Max(1, fit);
                }
            }

            if (take > 0)
            {
                Put(block, index, take, gap);
                index += take;
                NewPage(string.Create(CultureInfo.InvariantCulture, $"{block.Name} continues after {take} line(s)"));
            }
            else
            {
                var why = block.KeepTogether
                    ? $"{block.Name} moved to the next page because it is never split"
                    : $"{block.Name} moved to the next page: fewer than {block.MinRowsAtFoot} lines would fit";
                NewPage(why);
            }
        }

        previous = block;
    }

    /// <summary>
    /// The most rows of <paramref name="block"/> from <paramref name="index"/>, at most <paramref name="most"/>, after which the
    /// page may break (0 = none): at least the block's least rows at the foot (on the block's first page) and at the head (of what
    /// is left), and a break inside a part of the block (<see cref="Row.Unit"/>: a list item) leaves as many of that part on either side.
    /// </summary>
    private static int Take(BlockLayout block, int index, int most)
    {
        var rows = block.Rows;
        for (var take = most; take >= 1; take--)
        {
            var at = index + take;
            if ((index == 0 && take - block.HeaderRows < block.MinRowsAtFoot) || rows.Count - at < block.MinRowsAtHead)
            {
                continue;
            }

            var unit = rows[at].Unit;
            if (rows[at - 1].Unit != unit)
            {
                return take;
            }

            var start = at;
            while (start > 0 && rows[start - 1].Unit == unit)
            {
                start--;
            }

            var end = at;
            while (end < rows.Count && rows[end].Unit == unit)
            {
                end++;
            }

            if (at - start >= block.MinRowsAtFoot && end - at >= block.MinRowsAtHead)
            {
                return take;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether the rest of <paramref name="block"/> fits on this page but <paramref name="next"/> (kept with it) does not
    /// fit below it, while it would fit on a fresh page together with the block's last rows.
    /// </summary>
    private bool MustCarry(BlockLayout block, BlockLayout next, int index, int left, float available)
    {
        var nextHeight = Height(next.Rows, 0, FootRows(next));
        var between = Between(block, next);
        var tail = Height(block.Rows, block.Rows.Count - Math.Min(left, block.MinRowsAtHead), Math.Min(left, block.MinRowsAtHead)) + HeaderHeight(block);
        return Height(block.Rows, index, left) + between + nextHeight > available + 0.01f
            && tail + between + nextHeight <= laterPages.Height + 0.01f;
    }

    /// <summary>The space between two blocks on a page: the larger of the first's space after and the second's before, or the first's alone if it says so (a heading's).</summary>
    private static float Between(BlockLayout first, BlockLayout second) =>
        first.SpaceAfterOnly ? first.SpaceAfter : Math.Max(first.SpaceAfter, second.SpaceBefore);

    /// <summary>Whether <paramref name="block"/> cannot break at all: too few rows below its header for the least rows at a foot and at a head.</summary>
    private static bool Unbreakable(BlockLayout block) =>
        block.KeepTogether || block.Rows.Count - block.HeaderRows < block.MinRowsAtFoot + block.MinRowsAtHead;

    /// <summary>How many first rows of <paramref name="block"/> must stand at a page's foot if it begins there: its header and least rows, or all of it when it cannot break.</summary>
    private static int FootRows(BlockLayout block) =>
        Unbreakable(block) ? block.Rows.Count : Math.Min(block.Rows.Count, block.HeaderRows + block.MinRowsAtFoot);

    private static float HeaderHeight(BlockLayout block) => Height(block.Rows, 0, block.HeaderRows);

    /// <summary>
    /// Whether the block's header rows are repeated above row <paramref name="index"/>: it continues the block at the head of a page
    /// (after a break), and the header and that row together fit on a page.
    /// </summary>
    private bool Repeats(BlockLayout block, int index) =>
        block.HeaderRows > 0 && index >= block.HeaderRows && pageEmpty
        && HeaderHeight(block) + block.Rows[index].Height <= Area.Height + 0.01f;

    private static int CountFitting(IReadOnlyList<Row> rows, int from, float available)
    {
        var used = 0f;
        var n = 0;
        for (var i = from; i < rows.Count; i++)
        {
            used += rows[i].Height;
            if (used > available + 0.01f)
            {
                break;
            }

            n++;
        }

        return n;
    }

    private static float Height(IReadOnlyList<Row> rows, int from, int count)
    {
        var h = 0f;
        for (var i = from; i < from + count && i < rows.Count; i++)
        {
            h += rows[i].Height;
        }

        return h;
    }

    /// <summary>Places <paramref name="count"/> rows of <paramref name="block"/> from <paramref name="from"/>, below the block's header repeated as an artifact where the block continues.</summary>
    private void Put(BlockLayout block, int from, int count, float gap)
    {
        var rows = block.Rows;
        y += gap;
        if (Repeats(block, from))
        {
            for (var i = 0; i < block.HeaderRows; i++)
            {
                foreach (var item in rows[i].Items.Where(it => it is not LineNumberAnchor))
                {
                    page.Add(item.Repeated(ArtifactKind.RepeatedHeader).Offset(left, y));
                }

                y += rows[i].Height;
            }
        }

        for (var i = from; i < from + count; i++)
        {
            foreach (var item in rows[i].Items)
            {
                page.Add(item.Offset(left, y));
            }

            y += rows[i].Height;
        }

        pageEmpty = false;
    }
}
