namespace Antrag.Read;

/// <summary>Font files a faction configured (<c>schriften</c>); absolute paths, null = the shipped font.</summary>
public sealed record FontFiles(string? Regular, string? Bold, string? Italic, string? BoldItalic)
{
    /// <summary>No font configured: use the fonts shipped with antrag.</summary>
    public static FontFiles Shipped { get; } = new(null, null, null, null);

    /// <summary>The fallback font (<c>schriften.ersatz</c>) for characters the family has no glyph for; null = none.</summary>
    public string? Fallback { get; init; }

    /// <summary>The configured files with the key that names each (<c>schriften.normal</c>, …), in the order of the keys.</summary>
    public IEnumerable<(string Path, string Key)> Configured()
    {
        (string? Path, string Key)[] keys =
        [
            (Regular, "schriften.normal"),
            (Bold, "schriften.fett"),
            (Italic, "schriften.kursiv"),
            (BoldItalic, "schriften.fettkursiv"),
            (Fallback, "schriften.ersatz"),
        ];
        foreach (var (path, key) in keys)
        {
            if (path is not null)
            {
                yield return (path, key);
            }
        }
    }
}
