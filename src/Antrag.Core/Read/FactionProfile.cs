using Antrag.Diagnostics;

namespace Antrag.Read;

/// <summary>A faction's letterhead profile (<c>fraktion.yaml</c>): who it is, how to reach it, how its page looks.</summary>
public sealed record FactionProfile
{
    /// <summary>The path of the profile as found or named (used in diagnostics).</summary>
    public required string SourcePath { get; init; }

    /// <summary>A faction or a single council member (<c>typ</c>).</summary>
    public ProfileKind Kind { get; init; } = ProfileKind.Faction;

    /// <summary>The party of a single council member (<c>partei</c>), printed in parentheses.</summary>
    public string? Party { get; init; }

    /// <summary>Default letter framing for this profile's motions (<c>brief</c>).</summary>
    public LetterFraming? Letter { get; init; }

    /// <summary>Faction name (<c>name</c>), e.g. "CDU-Fraktion"; for a single council member, the member's name.</summary>
    public required string Name { get; init; }

    /// <summary>The council (<c>rat</c>), e.g. "Rat der Stadt Krefeld".</summary>
    public required string Council { get; init; }

    /// <summary>The city (<c>stadt</c>), e.g. "Krefeld"; the default place before the date.</summary>
    public required string City { get; init; }

    /// <summary>Postal address lines (<c>anschrift</c>).</summary>
    public IReadOnlyList<string> Address { get; init; } = [];

    /// <summary>Phone number (<c>telefon</c>).</summary>
    public string? Phone { get; init; }

    /// <summary>Fax number (<c>telefax</c>).</summary>
    public string? Fax { get; init; }

    /// <summary>Board members with their roles (<c>vorstand</c>).</summary>
    public IReadOnlyList<BoardMember> Board { get; init; } = [];

    /// <summary>The faction's other members who may sign its motions (<c>mitglieder</c>), by name.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>E-mail address (<c>email</c>).</summary>
    public string? Email { get; init; }

    /// <summary>Web address (<c>web</c>).</summary>
    public string? Web { get; init; }

    /// <summary>Absolute path of the logo, SVG or PNG (<c>logo</c>); null = no logo.</summary>
    public string? LogoPath { get; init; }

    /// <summary>What a screen reader says for the logo (<c>logobeschreibung</c>); null = <see cref="DefaultLogoDescription"/>.</summary>
    public string? LogoDescription { get; init; }

    /// <summary>The language of the faction's documents, a BCP 47 tag (<c>sprache</c>).</summary>
    public string Language { get; init; } = "de-DE";

    /// <summary>"Logo der CDU-Fraktion", or for a single council member "Logo von Erika Muster".</summary>
    public static string DefaultLogoDescription(FactionProfile profile) =>
        (profile.Kind == ProfileKind.SingleMember ? "Logo von " : "Logo der ") + profile.Name;

    /// <summary>Width of the logo on the page in millimetres (<c>logobreite</c>).</summary>
    public double LogoWidthMm { get; init; } = 40;

    /// <summary>The faction's fonts (<c>schriften</c>).</summary>
    public FontFiles Fonts { get; init; } = FontFiles.Shipped;

    /// <summary>Accent colour for the title line and rules (<c>akzentfarbe</c>), as "#RRGGBB".</summary>
    public string AccentColor { get; init; } = "#000000";

    /// <summary>Where the contact block goes (<c>kontaktblock</c>).</summary>
    public ContactPlacement ContactPlacement { get; init; } = ContactPlacement.Sidebar;

    /// <summary>Page layout (<c>briefbogen</c>): standard letterhead or a DIN 5008 form.</summary>
    public PageFormat PageFormat { get; init; } = PageFormat.Letterhead;

    /// <summary>Line numbers for this profile's motions (<c>zeilennummern</c>); null = none. A motion may override it.</summary>
    public LineNumbering? LineNumbers { get; init; }

    /// <summary>Justified text (<c>blocksatz: true</c>) instead of ragged right.</summary>
    public bool Justify { get; init; }

    /// <summary>German hyphenation of running text (<c>silbentrennung</c>, default true).</summary>
    public bool Hyphenate { get; init; } = true;

    /// <summary>German typographic details (<c>typografie</c>, default true): „…“, dashes, non-breaking spaces.</summary>
    public bool GermanTypography { get; init; } = true;

    /// <summary>Absolute path of a <c>templates</c> folder beside the profile, if there is one.</summary>
    public string? TemplatesDirectory { get; init; }

    /// <summary>Gender of the council's body word (<c>rat_genus</c>: m, f or n), where antrag does not know it.</summary>
    public string? CouncilGender { get; init; }

    /// <summary>Genitive of the council's body word (<c>rat_genitiv</c>), where antrag does not know it.</summary>
    public string? CouncilGenitive { get; init; }

    /// <summary>Kinds of document the profile declares (<c>arten</c>), besides the built-in ones.</summary>
    public IReadOnlyList<Keys.KindDeclaration> Kinds { get; init; } = [];

    /// <summary>The profile's own wording of named texts (<c>texte</c>), by name.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Every value as read through the declared keys (<see cref="Keys.ProfileKeys"/>), for templates and keys without a property here.</summary>
    public KeyValues Values { get; init; } = KeyValues.Empty;

    /// <summary>Where each key stood, by YAML path such as <c>vorstand[0].name</c>.</summary>
    public IReadOnlyDictionary<string, SourceSpan> Positions { get; init; } = new Dictionary<string, SourceSpan>();
}
