using System.Globalization;

namespace Antrag.Diagnostics;

/// <summary>
/// A stretch of a source file: its path, the 1-based line and column where it starts and, where known, where it ends
/// (<see cref="EndLine"/> 0: only the start is known). Line 0 names the file as a whole.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span of which only the start is known.</summary>
    public SourceSpan(string file, int line, int column) : this(file, line, column, 0, 0)
    {
    }

    /// <summary>A span that names only the file (line and column unknown).</summary>
    public static SourceSpan InFile(string file) => new(file, 0, 0);

    /// <summary>The line where the span ends (its start line when the end is unknown).</summary>
    public int LastLine => EndLine > 0 ? EndLine : Line;

    /// <summary>The column just after the span's end (its start column when the end is unknown).</summary>
    public int LastColumn => EndLine > 0 ? EndColumn : Column;

    /// <summary>Formats the start MSBuild-style: <c>file(line,col)</c>, or just <c>file</c>.</summary>
    public override string ToString() =>
        Line > 0 ? $"{File}({Line.ToString(CultureInfo.InvariantCulture)},{Column.ToString(CultureInfo.InvariantCulture)})" : File;
}
