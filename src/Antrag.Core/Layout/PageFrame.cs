namespace Antrag.Layout;

/// <summary>One finished page: its size in points and the items at fixed positions on it, in painting order.</summary>
public sealed record PageFrame(float Width, float Height, IReadOnlyList<FrameItem> Items);
