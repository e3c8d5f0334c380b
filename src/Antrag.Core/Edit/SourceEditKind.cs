namespace Antrag.Edit;

/// <summary>What a form edit does to a motion's source.</summary>
public enum SourceEditKind
{
    /// <summary>Sets the value at a path (a key or a list item); an empty text removes an optional key.</summary>
    Set,

    /// <summary>Appends an item to the list at a path: a line, or an entry of several keys.</summary>
    Add,

    /// <summary>Removes the key or list item at a path.</summary>
    Remove,

    /// <summary>Moves the list item at a path up (-1) or down (+1).</summary>
    Move,
}
