namespace Antrag.Read.Keys;

/// <summary>
/// A kind of document (<c>art</c>): its name as written in the YAML, its title as printed ("Änderungsantrag"), other
/// spellings it accepts, the template that renders it and the placeholders <c>antrag new</c> writes for it.
/// </summary>
public sealed record KindDeclaration(string Name, string Title)
{
    /// <summary>Other spellings accepted for <see cref="Name"/> (the title, capitalised, with umlauts).</summary>
    public IReadOnlyList<string> Spellings { get; init; } = [];

    /// <summary>The word in the title line, e.g. "Resolutionsantrag" for a Resolution (default: <see cref="Title"/>).</summary>
    public string? DocumentWord { get; init; }

    /// <summary>"Gemeinsamer" or "Gemeinsame": the adjective before <see cref="DocumentWord"/> in a joint motion.</summary>
    public string JointWord { get; init; } = "Gemeinsamer";

    /// <summary>The built-in kind whose keys and rules this kind takes (for kinds a profile declares); null for a built-in kind.</summary>
    public string? BasedOn { get; init; }

    /// <summary>Named texts of this kind (see <see cref="TextKeys"/>), over the defaults and the profile's.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The template that renders the kind (default: its name).</summary>
    public string? Template { get; init; }

    /// <summary>Placeholders of <c>antrag new</c> for this kind, by key path (e.g. <c>betreff</c>), replacing the key's own.</summary>
    public IReadOnlyDictionary<string, ScaffoldLine> Scaffold { get; init; } = new Dictionary<string, ScaffoldLine>(StringComparer.Ordinal);

    /// <summary>The template name of the kind.</summary>
    public string TemplateName => Template ?? BasedOn ?? Name;

    /// <summary>The kind whose keys and rules apply: <see cref="BasedOn"/>, or the kind itself.</summary>
    public string RulesKind => BasedOn ?? Name;

    /// <summary>The word in the title line.</summary>
    public string TitleWord => DocumentWord ?? Title;
}
