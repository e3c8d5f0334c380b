namespace Antrag.Layout;

/// <summary>The tag of one segment of a text line: the node it is content of, and characters of it that belong to another node.</summary>
public sealed record SegmentTag(StructureNode Node, IReadOnlyList<TextPart> Parts);
