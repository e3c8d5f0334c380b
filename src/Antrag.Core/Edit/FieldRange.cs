namespace Antrag.Edit;

/// <summary>The lines a field of a motion covers in its file: from its key (or list item) to the end of its value.</summary>
public sealed record FieldRange(string Path, int Line, int EndLine);
