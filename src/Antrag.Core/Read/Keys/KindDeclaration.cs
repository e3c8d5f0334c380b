namespace Antrag.Read.Keys;

/// <summary>
/// A kind of document (<c>art</c>): its name as written in the YAML, its title as printed ("Änderungsantrag"), other
/// spellings it accepts, the template that renders it and the placeholders <c>antrag new</c> writes for it.
/// </summary>
public sealed record KindDeclaration(string Name, string Title)
{
    /// <summary>Other spellings accepted for <see cref="Name"/> (the title, capitalised, with umlauts).</summary>
    public IReadOnlyList<string> Spellings { get; init; } = [];

    /// <summary>The template that renders the kind (default: its name).</summary>
    public string? Template { get; init; }

    /// <summary>Placeholders of <c>antrag new</c> for this kind, by key path (e.g. <c>betreff</c>), replacing the key's own.</summary>
    public IReadOnlyDictionary<string, ScaffoldLine> Scaffold { get; init; } = new Dictionary<string, ScaffoldLine>(StringComparer.Ordinal);

    /// <summary>The template name of the kind.</summary>
    public string TemplateName => Template ?? Name;
}
