namespace Antrag.Amend;

/// <summary>A word of a motion's numbered text: its letters, the line it stands on, and whether a space follows it.</summary>
public readonly record struct Word(string Text, int Line, bool SpaceAfter);
