namespace Antrag.Text;

/// <summary>A block of the flowing body of a letterhead document: heading, paragraph, list, table or signatures.</summary>
public abstract record Block
{
    /// <summary>The block belongs to the motion's text whose lines are numbered (<c>::: inhalt nummeriert</c>).</summary>
    public bool Numbered { get; init; }
}
