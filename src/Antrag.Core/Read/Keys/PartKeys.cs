namespace Antrag.Read.Keys;

/// <summary>
/// The keys of the parts a motion may have that its profile may set for every motion: the sender block, where place and
/// date stand, and how the signers sign. A motion's value wins over the profile's.
/// </summary>
public static class PartKeys
{
    /// <summary>The key <c>absender</c>: the sender's own lines (name, function, address), e.g. of a single council member.</summary>
    public static KeyDeclaration Sender { get; } = new("absender", KeyType.Lines, "Absender, eine Zeile je Eintrag, z. B. Name, Funktion und Anschrift eines Ratsmitglieds: über dem Text (Briefbogen standard) oder als Rücksendeangabe im Anschriftfeld (DIN 5008)")
    {
        Example = "Max Mustermann, Ratsmitglied",
        ShapeHint = "write each line of the sender as '- …' on its own line, e.g. '- Max Mustermann, Ratsmitglied' and '- Musterweg 1'",
    };

    /// <summary>The key <c>ort_datum</c>: place and date at the top (information block) or at the end (before the signers).</summary>
    public static KeyDeclaration PlaceAndDate { get; } = new("ort_datum", KeyType.Choice, "wo Ort und Datum stehen: oben (im Infoblock) oder unten (vor den Unterzeichnern); Vorgabe wie in fraktion.yaml")
    {
        Example = "unten",
        Choices = ["oben", "unten"],
        Spellings = new Dictionary<string, string>(StringComparer.Ordinal) { ["kopf"] = "oben", ["ende"] = "unten", ["schluss"] = "unten" },
        ChoiceHint = "'oben' prints place and date in the information block, 'unten' at the end, before the signers",
    };

    /// <summary>The key <c>unterschrift</c>: typed ("gez.") or signed by hand (room above each name).</summary>
    public static KeyDeclaration Signing { get; } = new("unterschrift", KeyType.Choice, "wie die Unterzeichner zeichnen: gez (getippt, mit „gez.“) oder handschriftlich (Platz für die Unterschrift über jedem Namen, ohne „gez.“); Vorgabe wie in fraktion.yaml")
    {
        Example = "handschriftlich",
        Choices = ["gez", "handschriftlich"],
        Spellings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["gez."] = "gez",
            ["getippt"] = "gez",
            ["eigenhaendig"] = "handschriftlich",
            ["eigenhändig"] = "handschriftlich",
            ["unterschrift"] = "handschriftlich",
        },
        ChoiceHint = "'gez' prints „gez.“ above the typed names, 'handschriftlich' leaves room to sign above each name",
    };
}
