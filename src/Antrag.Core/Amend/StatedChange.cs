namespace Antrag.Amend;

/// <summary>One change of an Änderungsantrag as worded for the council, and the lines of the base it names.</summary>
public sealed record StatedChange(int FirstLine, int LastLine, string Text);
