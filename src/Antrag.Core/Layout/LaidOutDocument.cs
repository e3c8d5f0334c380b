using Antrag.Fonts;

namespace Antrag.Layout;

/// <summary>The result of layout: pages of frames, the fonts they use, metadata, and notes on why pages broke where they did.</summary>
public sealed record LaidOutDocument(IReadOnlyList<PageFrame> Pages, FontSet Fonts, DocumentInfo Info, IReadOnlyList<string> Notes)
{
    /// <summary>Every countable line of the motion's text in order, numbered as they would be printed (whether or not numbers are shown).</summary>
    public IReadOnlyList<NumberedLine> NumberedLines { get; init; } = [];

    /// <summary>What did not fit on its page (drawn past the page's foot or over the letterhead): the layout must not be used if any.</summary>
    public IReadOnlyList<LayoutProblem> Problems { get; init; } = [];

    /// <summary>The document's logical structure (role Document), which the pages' items point into; null = untagged (all items artifacts).</summary>
    public StructureNode? Structure { get; init; }
}
