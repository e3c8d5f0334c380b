namespace Antrag.Layout;

/// <summary>
/// Characters [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>) of a text item that are content of another
/// node than the item's own, with the text they stand for: the halves of a word hyphenated at a line's end belong to a
/// span whose first half stands for the whole word and whose second half for nothing.
/// </summary>
public sealed record TextPart(int Start, int Length, StructureNode Node, string? ActualText);
