namespace Antrag.Read;

/// <summary>Font files a faction configured (<c>schriften</c>); absolute paths, null = the shipped font.</summary>
public sealed record FontFiles(string? Regular, string? Bold, string? Italic, string? BoldItalic)
{
    /// <summary>No font configured: use the fonts shipped with antrag.</summary>
    public static FontFiles Shipped { get; } = new(null, null, null, null);
}
