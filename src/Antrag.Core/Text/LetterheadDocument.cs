namespace Antrag.Text;

/// <summary>The letterhead text parsed into page furniture (title, info, contact, running head) and the flowing body.</summary>
public sealed record LetterheadDocument
{
    /// <summary>Title line of page 1, e.g. "Antrag der CDU-Fraktion im Rat der Stadt Krefeld".</summary>
    public IReadOnlyList<TextRun> Title { get; init; } = [];

    /// <summary>The public/non-public marker, e.g. "-öffentlich-".</summary>
    public IReadOnlyList<TextRun> Marker { get; init; } = [];

    /// <summary>Lines of the info block (Vorlagennummer, place and date); an empty line is a gap.</summary>
    public IReadOnlyList<IReadOnlyList<TextRun>> Info { get; init; } = [];

    /// <summary>The recipient's address lines (<c>::: empfaenger</c>): in the address field of a DIN 5008 page, else at the top of the body.</summary>
    public IReadOnlyList<IReadOnlyList<TextRun>> Recipient { get; init; } = [];

    /// <summary>The return address above the recipient in a DIN 5008 address field (<c>::: absender</c>): one line, two if it must.</summary>
    public IReadOnlyList<TextRun> Sender { get; init; } = [];

    /// <summary>The sender's own lines (<c>::: absenderblock</c>, from <c>absender:</c>): above the text on a page without a DIN address field.</summary>
    public IReadOnlyList<IReadOnlyList<TextRun>> SenderBlock { get; init; } = [];

    /// <summary>The short running head of pages 2 and later.</summary>
    public IReadOnlyList<TextRun> RunningHead { get; init; } = [];

    /// <summary>The page label pattern with <c>{seite}</c> and <c>{seiten}</c>, e.g. "Seite {seite} von {seiten}".</summary>
    public string PageLabel { get; init; } = "Seite {seite} von {seiten}";

    /// <summary>The contact block: groups of lines (address, phones, board, online).</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<TextRun>>> Contact { get; init; } = [];

    /// <summary>A mark across every page (<c>::: wasserzeichen</c>), e.g. ENTWURF for drafts; null = none.</summary>
    public Watermark? Watermark { get; init; }

    /// <summary>The flowing body, in reading order.</summary>
    public IReadOnlyList<Block> Body { get; init; } = [];
}
