namespace Antrag.Read;

/// <summary>One allowed key of a YAML mapping: its name, whether it is required, and how to add it when missing.</summary>
internal sealed record KeySpec(string Name, bool Required = false, string? MissingHint = null)
{
    /// <summary>A key the user must write, with the hint shown when it is missing.</summary>
    public static KeySpec Require(string name, string missingHint) => new(name, true, missingHint);

    /// <summary>A key the user may leave out.</summary>
    public static KeySpec Optional(string name) => new(name);
}
