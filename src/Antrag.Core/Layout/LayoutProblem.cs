namespace Antrag.Layout;

/// <summary>
/// Something the layout could not place within its page: a piece that cannot be split and is taller than the room it has.
/// <see cref="Text"/> is the text of the piece (to find the key it came from); <see cref="Needed"/> and <see cref="Room"/>
/// are its height and the height available, in points.
/// </summary>
public sealed record LayoutProblem(LayoutProblemKind Kind, string Part, string Text, float Needed, float Room);
