namespace Antrag.Diagnostics;

/// <summary>A place in a source file: path, 1-based line and 1-based column.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    /// <summary>A position that names only the file (line and column unknown).</summary>
    public static SourcePosition InFile(string file) => new(file, 0, 0);

    /// <summary>Formats the position MSBuild-style: <c>file(line,col)</c>, or just <c>file</c>.</summary>
    public override string ToString() =>
        Line > 0 ? $"{File}({Line.ToString(System.Globalization.CultureInfo.InvariantCulture)},{Column.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : File;
}
