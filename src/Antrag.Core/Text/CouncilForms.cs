namespace Antrag.Text;

/// <summary>
/// The case forms of a council's name as German sentences need them: "der Rat der Stadt Krefeld", "im Rat der Stadt
/// Krefeld", "des Rates der Stadt Krefeld"; "die Bezirksverordnetenversammlung Lichtenberg", "in der
/// Bezirksverordnetenversammlung Lichtenberg". The gender and genitive of the body word (the name's first word) are known for
/// the bodies of German councils; a profile can name them where they are not (<c>rat_genus</c>, <c>rat_genitiv</c>).
/// </summary>
public sealed record CouncilForms(string Name, char Gender, string GenitiveName)
{
    /// <summary>Endings of body words, with gender and how the genitive is formed from the word.</summary>
    private static readonly (string Ending, char Gender, Func<string, string> Genitive)[] Bodies =
    [
        ("ausschuss", 'm', w => w + "es"),
        ("rat", 'm', w => w + "es"),
        ("tag", 'm', w => w + "es"),
        ("senat", 'm', w => w + "s"),
        ("konvent", 'm', w => w + "s"),
        ("versammlung", 'f', w => w),
        ("vertretung", 'f', w => w),
        ("schaft", 'f', w => w),
        ("konferenz", 'f', w => w),
        ("kammer", 'f', w => w),
        ("gremium", 'n', w => w + "s"),
        ("plenum", 'n', w => w + "s"),
        ("parlament", 'n', w => w + "s"),
    ];

    /// <summary>Whether the first word of the name is a body antrag knows (else the forms assume a masculine word).</summary>
    public bool IsKnown { get; private init; } = true;

    /// <summary>The forms of <paramref name="name"/>; <paramref name="gender"/> (m, f, n) and <paramref name="genitive"/> (of the first word) override what is known.</summary>
    public static CouncilForms Of(string name, string? gender = null, string? genitive = null)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var word = space < 0 ? name : name[..space];
        var rest = space < 0 ? string.Empty : name[space..];
        var known = Bodies.FirstOrDefault(b => word.EndsWith(b.Ending, StringComparison.OrdinalIgnoreCase));
        var isKnown = known.Ending is not null;
        var g = gender is { Length: > 0 } ? char.ToLowerInvariant(gender[0]) : isKnown ? known.Gender : 'm';
        var genitiveWord = genitive ?? (isKnown ? known.Genitive(word) : g == 'f' ? word : word + "s");
        return new CouncilForms(name, g, genitiveWord + rest) { IsKnown = isKnown || gender is not null };
    }

    /// <summary>With article, nominative: "der Rat der Stadt Krefeld".</summary>
    public string Nominative => Article("der", "die", "das") + " " + Name;

    /// <summary>With article, dative: "dem Rat der Stadt Krefeld".</summary>
    public string Dative => Article("dem", "der", "dem") + " " + Name;

    /// <summary>With article, genitive: "des Rates der Stadt Krefeld".</summary>
    public string Genitive => Article("des", "der", "des") + " " + GenitiveName;

    /// <summary>"in" with the dative: "im Rat der Stadt Krefeld", "in der Stadtverordnetenversammlung Wiesbaden".</summary>
    public string In => (Gender == 'f' ? "in der " : "im ") + Name;

    /// <summary>The nominative at the start of a sentence: "Der Rat der Stadt Krefeld".</summary>
    public string NominativeCapitalised => char.ToUpperInvariant(Nominative[0]) + Nominative[1..];

    private string Article(string masculine, string feminine, string neuter) => Gender switch
    {
        'f' => feminine,
        'n' => neuter,
        _ => masculine,
    };
}
