namespace Antrag.Layout;

/// <summary>An unbreakable horizontal slice of a block (a text line, a table row): its height and items relative to its top-left.</summary>
public sealed record Row(float Height, IReadOnlyList<FrameItem> Items);
