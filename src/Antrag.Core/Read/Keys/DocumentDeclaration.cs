namespace Antrag.Read.Keys;

/// <summary>
/// The declared keys of one kind of input file — a motion or a faction profile — and, for motions, the kinds of document.
/// Everything that reads, checks, scaffolds or documents that file is derived from it; <see cref="With"/> extends it (tests add
/// a key to see it everywhere).
/// </summary>
public sealed record DocumentDeclaration(string Name, string Title, IReadOnlyList<KeyDeclaration> Keys)
{
    /// <summary>The kinds of document (motions only).</summary>
    public IReadOnlyList<KindDeclaration> Kinds { get; init; } = [];

    /// <summary>The key named <paramref name="name"/> at the top level, or null.</summary>
    public KeyDeclaration? Key(string name) => Keys.FirstOrDefault(k => k.Name == name);

    /// <summary>The kind named <paramref name="name"/> (exactly), or null.</summary>
    public KindDeclaration? Kind(string name) => Kinds.FirstOrDefault(k => k.Name == name);

    /// <summary>Every spelling of a kind that <c>art</c> accepts, with the kind's name (see <see cref="KeyDeclaration.AcceptedSpellings"/>).</summary>
    public IReadOnlyDictionary<string, string> KindSpellings() =>
        KeyDeclaration.Accept(Kinds.SelectMany(k => new[] { (k.Name, k.Name) }.Concat(k.Spellings.Select(s => (s, k.Name)))));

    /// <summary>The kind <paramref name="written"/> names (one of <see cref="KindSpellings"/>); null if none.</summary>
    public KindDeclaration? FindKind(string written) =>
        KindSpellings().TryGetValue(written, out var name) ? Kind(name) : null;

    /// <summary>The kind <paramref name="written"/> was probably meant to be (its name), or null.</summary>
    public string? SuggestKind(string written) =>
        KeySuggester.Suggest(written, KindSpellings().Keys) is { } close ? KindSpellings()[close] : null;

    /// <summary>This declaration with further kinds (those a profile declares) after the built-in ones.</summary>
    public DocumentDeclaration WithKinds(IReadOnlyList<KindDeclaration> kinds) =>
        kinds.Count == 0 ? this : this with { Kinds = [.. Kinds, .. kinds.Where(k => Kind(k.Name) is null)] };

    /// <summary>This declaration with one more top-level key (placed before the key named <paramref name="before"/>, or last).</summary>
    public DocumentDeclaration With(KeyDeclaration key, string? before = null)
    {
        var keys = Keys.ToList();
        var at = before is null ? -1 : keys.FindIndex(k => k.Name == before);
        keys.Insert(at < 0 ? keys.Count : at, key);
        return this with { Keys = keys };
    }
}
