namespace Antrag.Output;

/// <summary>The files written for one target of a render (a PDF, a text, or PNG pages), with how many motions and pages they hold.</summary>
public sealed record WrittenOutput(IReadOnlyList<string> Paths, int Motions, int Pages);
