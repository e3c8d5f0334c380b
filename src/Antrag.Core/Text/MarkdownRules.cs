using Markdig;
using Markdig.Parsers;
using Markdig.Extensions.Tables;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Antrag.Text;

/// <summary>
/// The Markdig pipeline antrag reads text blocks with: CommonMark's blocks (paragraphs, headings, lists, quotes, fenced
/// code, HTML blocks), pipe tables, the list styles "a." "I." (Markdig's list extras) and "(1)"; no indented code (an
/// indented line is text). Of the inline parsers only the line breaks (and the table cells) are Markdig's: emphasis,
/// escapes, footnote references and links are read by <see cref="InlineParser"/> and <see cref="BlockParser"/>, which
/// stay linear on any input (Markdig's link parser is quadratic on "[a](" repeated, its emphasis throws on deep nesting).
/// </summary>
internal static class MarkdownRules
{
    /// <summary>The shared, thread-safe pipeline.</summary>
    public static readonly MarkdownPipeline Pipeline = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseListExtras().UsePreciseSourceLocation();
        builder.BlockParsers.RemoveAll(p => p is IndentedCodeBlockParser);
        builder.BlockParsers.Find<ListBlockParser>()!.ItemParsers.Add(new ParenthesizedListItemParser());

        // Last, after the extensions have added theirs: only line breaks and table cells are read as inlines.
        builder.Extensions.Add(new OnlyBreaksAndCells());
        return builder.Build();
    }

    private sealed class OnlyBreaksAndCells : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.InlineParsers.RemoveAll(p => p is not (LineBreakInlineParser or PipeTableParser));

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
        }
    }
}
