namespace Antrag.Text;

/// <summary>A block of the flowing body of a letterhead document: heading, paragraph, list, table or signatures.</summary>
public abstract record Block;
