namespace Antrag.Edit;

/// <summary>
/// One change a form makes to a motion's source, by key path (<c>beratungsfolge[1].gremium</c>): the new text of a value, an
/// entry to append (its keys and values), a key or item to remove, or an item to move.
/// </summary>
public sealed record SourceEdit(SourceEditKind Kind, string Path)
{
    /// <summary>The new value of <see cref="SourceEditKind.Set"/>, or the line to append with <see cref="SourceEditKind.Add"/>.</summary>
    public string? Text { get; init; }

    /// <summary>The keys and values of an entry to append with <see cref="SourceEditKind.Add"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Entry { get; init; }

    /// <summary>How far <see cref="SourceEditKind.Move"/> moves the item: -1 up, +1 down.</summary>
    public int Delta { get; init; }
}
