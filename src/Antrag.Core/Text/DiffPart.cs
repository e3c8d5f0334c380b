namespace Antrag.Text;

/// <summary>A stretch of consecutive items of a diff, all of one kind, with their indices in the old and new sequence.</summary>
public sealed record DiffPart<T>(DiffKind Kind, IReadOnlyList<T> Items, int OldStart, int NewStart);
