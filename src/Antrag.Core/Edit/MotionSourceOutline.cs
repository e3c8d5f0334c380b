namespace Antrag.Edit;

/// <summary>
/// What a form shows of a motion's source without reading it as a motion: every value as written (texts, lists, nested keys,
/// also where the motion has errors) and the lines each field covers, to put a diagnostic at its field.
/// </summary>
public sealed class MotionSourceOutline(IReadOnlyList<KeyValuePair<string, object?>> values, IReadOnlyList<FieldRange> fields)
{
    /// <summary>The top-level keys and their values: a text (string), a list (<c>IReadOnlyList&lt;object?&gt;</c>) or nested keys (<c>IReadOnlyList&lt;KeyValuePair&lt;string, object?&gt;&gt;</c>); null for an alias.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Values { get; } = values;

    /// <summary>Every key and list item with its lines.</summary>
    public IReadOnlyList<FieldRange> Fields { get; } = fields;

    /// <summary>The innermost field that covers <paramref name="line"/>, or null.</summary>
    public string? FieldAt(int line) => Fields
        .Where(f => f.Line <= line && line <= f.EndLine)
        .OrderBy(f => f.EndLine - f.Line)
        .ThenByDescending(f => f.Path.Length)
        .FirstOrDefault()?.Path;
}
