namespace Antrag.Read;

/// <summary>Line numbers in the left margin (<c>zeilennummern</c>): every line or every n-th, for the motion's text or the whole body.</summary>
public sealed record LineNumbering(int Step = 1, bool WholeBody = false);
