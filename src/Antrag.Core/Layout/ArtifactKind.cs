namespace Antrag.Layout;

/// <summary>What kind of page furniture an item is that a reader leaves out of the text (an artifact of tagged PDF).</summary>
public enum ArtifactKind
{
    /// <summary>Not an artifact: the item is content (or not tagged at all).</summary>
    None,

    /// <summary>The running head of later pages.</summary>
    RunningHead,

    /// <summary>The page label, "Seite x von y".</summary>
    PageNumber,

    /// <summary>A table's header row repeated at the head of a page the table continues on (its first print is content).</summary>
    RepeatedHeader,

    /// <summary>A line number in the margin.</summary>
    LineNumber,

    /// <summary>The watermark across the page (ENTWURF).</summary>
    Watermark,

    /// <summary>A rule or line: separators, table lines, underlines and strike-throughs drawn as lines.</summary>
    Rule,

    /// <summary>A mark for the paper, not the text: fold and hole marks.</summary>
    PrintMark,

    /// <summary>A background shape.</summary>
    Background,
}
