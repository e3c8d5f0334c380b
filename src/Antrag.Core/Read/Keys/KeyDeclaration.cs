namespace Antrag.Read.Keys;

/// <summary>
/// One key of a motion or profile, declared once: its name, type, German description and example, when it is required, the
/// values it allows (with lenient spellings), its default and how <c>antrag new</c> writes it. The reader, the JSON Schema,
/// the scaffold, the template model and docs/keys.md are all derived from these declarations.
/// </summary>
public sealed record KeyDeclaration(string Name, KeyType Type, string Description)
{
    /// <summary>A value as users write it, for docs and the schema (e.g. <c>28.02.2023</c>).</summary>
    public string? Example { get; init; }

    /// <summary>Required in every document.</summary>
    public bool Required { get; init; }

    /// <summary>Required unless the document is a draft (<c>entwurf: true</c>).</summary>
    public bool RequiredUnlessDraft { get; init; }

    /// <summary>The kinds of document that require the key (motions only); empty: none beyond <see cref="Required"/>.</summary>
    public IReadOnlyList<string> RequiredFor { get; init; } = [];

    /// <summary>Required when another key has a value (e.g. 'partei' when 'typ' is einzelratsmitglied); null: never.</summary>
    public (string Key, string Value)? RequiredWhen { get; init; }

    /// <summary>Another key that may stand in for this one where it is required by kind (an Änderungsantrag may give a 'beschlussentwurf' instead of 'aenderungen').</summary>
    public string? Alternative { get; init; }

    /// <summary>The only kinds of document the key may be used in (motions only); empty: all kinds.</summary>
    public IReadOnlyList<string> OnlyFor { get; init; } = [];

    /// <summary>How to add the key when it is missing (English, like every message).</summary>
    public string? MissingHint { get; init; }

    /// <summary>How to write the value when it has the wrong shape (lists and mappings).</summary>
    public string? ShapeHint { get; init; }

    /// <summary>The allowed values of a <see cref="KeyType.Choice"/>, as printed and stored.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Other spellings a <see cref="KeyType.Choice"/> accepts, each mapped to its allowed value (e.g. mündlich → muendlich).</summary>
    public IReadOnlyDictionary<string, string> Spellings { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>What the choices mean, shown as the hint of a wrong value.</summary>
    public string? ChoiceHint { get; init; }

    /// <summary>The smallest allowed <see cref="KeyType.Number"/>.</summary>
    public double Minimum { get; init; }

    /// <summary>The largest allowed <see cref="KeyType.Number"/>.</summary>
    public double Maximum { get; init; }

    /// <summary>The unit a <see cref="KeyType.Number"/> may be written with (e.g. mm), and its word in messages.</summary>
    public (string Symbol, string Word) Unit { get; init; } = (string.Empty, string.Empty);

    /// <summary>The file endings a <see cref="KeyType.File"/> allows (e.g. .svg, .png); empty: any.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [];

    /// <summary>The hint for a <see cref="KeyType.File"/> with another ending.</summary>
    public string? ExtensionHint { get; init; }

    /// <summary>The keys of a <see cref="KeyType.Mapping"/> or of each entry of <see cref="KeyType.Entries"/>.</summary>
    public IReadOnlyList<KeyDeclaration> Children { get; init; } = [];

    /// <summary>Whether an empty value is a value of its own (an empty named text prints nothing) rather than "not given".</summary>
    public bool EmptyAllowed { get; init; }

    /// <summary>The value a template sees when the key is left out (also shown in the docs), or null.</summary>
    public object? Default { get; init; }

    /// <summary>How <c>antrag new</c> writes the key, or null to leave it out.</summary>
    public ScaffoldLine? Scaffold { get; init; }

    /// <summary>
    /// Every spelling a <see cref="KeyType.Choice"/> accepts, each with the value it stands for: each value and each declared
    /// spelling as written, capitalised and in capitals. The reader and the JSON Schema both take exactly these.
    /// </summary>
    public IReadOnlyDictionary<string, string> AcceptedSpellings() => Accept(Choices.Select(c => (c, c)).Concat(Spellings.Select(s => (s.Key, s.Value))));

    /// <summary>The spellings of <paramref name="pairs"/> (written → value), each also capitalised and in capitals.</summary>
    internal static IReadOnlyDictionary<string, string> Accept(IEnumerable<(string Written, string Value)> pairs)
    {
        var accepted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (written, value) in pairs)
        {
            foreach (var form in new[] { written, Capitalised(written), written.ToUpperInvariant() })
            {
                accepted.TryAdd(form, value);
            }
        }

        return accepted;
    }

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>The child named <paramref name="name"/>, or null.</summary>
    public KeyDeclaration? Child(string name) => Children.FirstOrDefault(c => c.Name == name);
}
