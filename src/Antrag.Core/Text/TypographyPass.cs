namespace Antrag.Text;

/// <summary>Applies <see cref="GermanTypography"/> to the title and the running text of a document (not to addresses, numbers of the contact block or signers).</summary>
public static class TypographyPass
{
    /// <summary>The document with German typographic details applied to its title and body blocks.</summary>
    public static LetterheadDocument Apply(LetterheadDocument doc) => doc with
    {
        Title = GermanTypography.Apply(doc.Title),
        Body = doc.Body.Select(Apply).ToList(),
    };

    private static Block Apply(Block block) => block switch
    {
        HeadingBlock h => h with { Runs = GermanTypography.Apply(h.Runs) },
        ParagraphBlock p => p with { Runs = GermanTypography.Apply(p.Runs) },
        ListBlock l => l with { Items = l.Items.Select(GermanTypography.Apply).ToList() },
        TableBlock t => t with { Rows = t.Rows.Select(r => (IReadOnlyList<IReadOnlyList<TextRun>>)r.Select(GermanTypography.Apply).ToList()).ToList() },
        QuoteBlock q => q with { Blocks = q.Blocks.Select(Apply).ToList() },
        FootnoteBlock f => f with { Runs = GermanTypography.Apply(f.Runs) },
        SignatureBlock s => s with { Closing = GermanTypography.Apply(s.Closing) },
        _ => block,
    };
}
