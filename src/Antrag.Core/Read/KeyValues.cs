using System.Collections;

namespace Antrag.Read;

/// <summary>
/// The values of one YAML mapping as read through its declared keys: texts, dates, booleans, numbers, lists of lines,
/// nested <see cref="KeyValues"/> and lists of them, by key. Only keys that were written (and read without error) are present.
/// </summary>
public sealed class KeyValues : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly Dictionary<string, object?> values = new(StringComparer.Ordinal);

    /// <summary>No values.</summary>
    public static KeyValues Empty { get; } = new();

    /// <summary>The value of <paramref name="key"/>, or null.</summary>
    public object? this[string key]
    {
        get => values.TryGetValue(key, out var v) ? v : null;
        internal set => values[key] = value;
    }

    /// <summary>Whether <paramref name="key"/> has a value.</summary>
    public bool Has(string key) => values.ContainsKey(key);

    /// <summary>A text or line, or null.</summary>
    public string? Text(string key) => this[key] as string;

    /// <summary>A date, or null.</summary>
    public DateOnly? Date(string key) => this[key] is DateOnly d ? d : null;

    /// <summary>A yes/no value, or null.</summary>
    public bool? Bool(string key) => this[key] is bool b ? b : null;

    /// <summary>A number, or null.</summary>
    public double? Number(string key) => this[key] is double n ? n : null;

    /// <summary>A list of lines; empty when absent.</summary>
    public IReadOnlyList<string> Lines(string key) => this[key] as IReadOnlyList<string> ?? [];

    /// <summary>A nested mapping, or null.</summary>
    public KeyValues? Mapping(string key) => this[key] as KeyValues;

    /// <summary>A list of entries; empty when absent.</summary>
    public IReadOnlyList<KeyValues> Entries(string key) => this[key] as IReadOnlyList<KeyValues> ?? [];

    /// <summary>The texts of a nested mapping of one-line texts (such as <c>texte</c>), by key; empty when absent.</summary>
    public IReadOnlyDictionary<string, string> Texts(string key) =>
        Mapping(key) is { } nested
            ? nested.Where(p => p.Value is string).ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
