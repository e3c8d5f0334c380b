using Antrag.Diagnostics;

namespace Antrag.Read;

/// <summary>Reads a faction profile (<c>fraktion.yaml</c>) into a <see cref="FactionProfile"/>, reporting every problem with its position.</summary>
public static class ProfileReader
{
    private const string EmptyMessage = "the file is empty; expected a faction profile with at least 'name', 'rat' and 'stadt'";
    private const string TopLevelHint = "write the profile as lines like 'name: CDU-Fraktion', 'rat: Rat der Stadt Krefeld' and 'stadt: Krefeld', each starting at the beginning of the line";

    private static readonly KeySpec[] TopKeys =
    [
        KeySpec.Require("name", "add 'name:' with the faction's name, e.g. 'name: CDU-Fraktion'"),
        KeySpec.Require("rat", "add 'rat:' with the council, e.g. 'rat: Rat der Stadt Krefeld'"),
        KeySpec.Require("stadt", "add 'stadt:' with the city, e.g. 'stadt: Krefeld'"),
        KeySpec.Optional("anschrift"),
        KeySpec.Optional("telefon"),
        KeySpec.Optional("telefax"),
        KeySpec.Optional("vorstand"),
        KeySpec.Optional("mitglieder"),
        KeySpec.Optional("email"),
        KeySpec.Optional("web"),
        KeySpec.Optional("logo"),
        KeySpec.Optional("logobreite"),
        KeySpec.Optional("schriften"),
        KeySpec.Optional("akzentfarbe"),
        KeySpec.Optional("kontaktblock"),
        KeySpec.Optional("typ"),
        KeySpec.Optional("partei"),
        KeySpec.Optional("brief"),
        KeySpec.Optional("briefbogen"),
        KeySpec.Optional("blocksatz"),
        KeySpec.Optional("silbentrennung"),
        KeySpec.Optional("typografie"),
        KeySpec.Optional("zeilennummern"),
    ];

    private static readonly KeySpec[] BoardKeys =
    [
        KeySpec.Require("funktion", "add 'funktion:', e.g. 'funktion: Vorsitzender'"),
        KeySpec.Require("name", "add 'name:' with the board member's name"),
    ];

    private static readonly KeySpec[] FontKeys =
    [
        KeySpec.Optional("normal"),
        KeySpec.Optional("fett"),
        KeySpec.Optional("kursiv"),
        KeySpec.Optional("fettkursiv"),
    ];

    private static readonly string[] Placements = ["seitenleiste", "fusszeile"];

    /// <summary>
    /// Reads the profile at <paramref name="fullPath"/>; <paramref name="displayPath"/> is used in diagnostics.
    /// Returns null if any error was reported into <paramref name="diagnostics"/>.
    /// </summary>
    public static FactionProfile? Read(string fullPath, string displayPath, DiagnosticBag diagnostics) =>
        Read(fullPath, displayPath, diagnostics, null);

    /// <summary>Like <see cref="Read(string, string, DiagnosticBag)"/>, for a profile that must lie in <paramref name="allowed"/> (null: anywhere).</summary>
    internal static FactionProfile? Read(string fullPath, string displayPath, DiagnosticBag diagnostics, AllowedFolders? allowed)
    {
        var context = new ReadContext(displayPath);
        var text = SourceFile.ReadText(fullPath, context, InputLimits.ProfileBytes, allowed);
        var profile = text is null ? null : Bind(text, Path.GetDirectoryName(Path.GetFullPath(fullPath)) ?? Environment.CurrentDirectory, context);
        context.FlushTo(diagnostics);
        return context.HasErrors ? null : profile;
    }

    private static FactionProfile? Bind(string text, string folder, ReadContext context)
    {
        var root = YamlLoader.Load(text, context, EmptyMessage, TopLevelHint);
        if (root is null)
        {
            return null;
        }

        var map = MappingBinder.Bind(context, root, string.Empty, TopKeys, context.FileStart);
        var name = map.Line("name");
        var council = map.Line("rat");
        var city = map.Line("stadt");
        var address = map.Lines("anschrift", "write each line of the address as '- …' on its own line, or as [line 1, line 2]");
        var phone = map.Line("telefon");
        var fax = map.Line("telefax");

        var board = new List<BoardMember>();
        foreach (var entry in map.Entries(
            "vorstand",
            BoardKeys,
            "start each board member with '- funktion: …' on its own line, and write 'name: …' below it, indented like 'funktion'"))
        {
            var role = entry.Line("funktion");
            var person = entry.Line("name");
            if (role is not null && person is not null)
            {
                board.Add(new BoardMember(role, person));
            }
        }

        var members = map.Lines("mitglieder", "write each member's name as '- …' on its own line, or as [Name 1, Name 2]");
        var email = map.Line("email");
        var web = map.Line("web");
        var logo = ExistingFile(map, "logo", "logo", folder, [".svg", ".png"], "convert the logo to SVG or PNG");
        var logoWidth = map.Number("logobreite", 5, 120, "mm", "millimetres");

        var fonts = FontFiles.Shipped;
        var fontMap = map.Mapping("schriften", FontKeys, "write the fonts below 'schriften:', indented, e.g. 'normal: fonts/X-Regular.ttf'");
        if (fontMap is not null)
        {
            fonts = new FontFiles(
                ExistingFile(fontMap, "normal", "schriften.normal", folder, null, null),
                ExistingFile(fontMap, "fett", "schriften.fett", folder, null, null),
                ExistingFile(fontMap, "kursiv", "schriften.kursiv", folder, null, null),
                ExistingFile(fontMap, "fettkursiv", "schriften.fettkursiv", folder, null, null));
        }

        var accent = AccentColor(map);
        var placement = Placement(map);
        var format = Format(map);
        var kind = ProfileType(map);
        var party = map.Line("partei");
        if (kind == ProfileKind.SingleMember && party is null)
        {
            map.Require("partei", map.KeyAt("typ"), "add 'partei:' with the party of the council member; it is printed in parentheses after the name");
        }

        var letter = LetterReader.Read(map, "brief");
        var justify = map.Bool("blocksatz");
        var hyphenate = map.Bool("silbentrennung");
        var typography = map.Bool("typografie");
        var lineNumbers = LineNumberingReader.Read(map, "zeilennummern", out _);

        if (context.HasErrors || name is null || council is null || city is null)
        {
            return null;
        }

        var templates = Path.Combine(folder, "templates");
        return new FactionProfile
        {
            SourcePath = context.DisplayPath,
            Name = name,
            Council = council,
            City = city,
            Address = address,
            Phone = phone,
            Fax = fax,
            Board = board,
            Members = members,
            Email = email,
            Web = web,
            LogoPath = logo,
            LogoWidthMm = logoWidth ?? 40,
            Fonts = fonts,
            AccentColor = accent ?? "#000000",
            ContactPlacement = placement ?? ContactPlacement.Sidebar,
            PageFormat = format ?? PageFormat.Letterhead,
            Kind = kind ?? ProfileKind.Faction,
            Party = party,
            Letter = letter,
            Justify = justify ?? false,
            Hyphenate = hyphenate ?? true,
            GermanTypography = typography ?? true,
            LineNumbers = lineNumbers,
            TemplatesDirectory = Directory.Exists(templates) ? templates : null,
            Positions = context.Positions,
        };
    }

    /// <summary>Who files under this profile: <c>fraktion</c> (default) or <c>einzelratsmitglied</c>.</summary>
    private static ProfileKind? ProfileType(MappingBinder map)
    {
        var written = map.Line("typ");
        switch (written?.ToLowerInvariant())
        {
            case null:
                return null;
            case "fraktion":
                return ProfileKind.Faction;
            case "einzelratsmitglied" or "ratsmitglied":
                return ProfileKind.SingleMember;
            default:
                map.Error(DiagnosticCodes.InvalidValue, "typ", $"'typ' must be 'fraktion' or 'einzelratsmitglied', not '{written}'", "a single council member without a faction uses 'typ: einzelratsmitglied' with 'partei:'");
                return null;
        }
    }

    private static readonly string[] Formats = ["standard", "din5008-a", "din5008-b"];

    /// <summary>The page layout: <c>standard</c>, <c>din5008-a</c> or <c>din5008-b</c>.</summary>
    private static PageFormat? Format(MappingBinder map)
    {
        var written = map.Line("briefbogen");
        if (written is null)
        {
            return null;
        }

        switch (written.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal))
        {
            case "standard":
                return PageFormat.Letterhead;
            case "din5008-a" or "din5008a" or "a":
                return PageFormat.Din5008A;
            case "din5008-b" or "din5008b" or "b":
                return PageFormat.Din5008B;
            default:
                map.Error(DiagnosticCodes.InvalidValue, "briefbogen", $"'briefbogen' must be one of {string.Join(", ", Formats)}, not '{written}'", "din5008-a has a 27 mm letterhead, din5008-b a 45 mm letterhead");
                return null;
        }
    }

    /// <summary>A path relative to the profile's folder that must name an existing file (with one of <paramref name="extensions"/>).</summary>
    private static string? ExistingFile(MappingBinder map, string key, string label, string folder, string[]? extensions, string? extensionHint)
    {
        var written = map.Line(key);
        if (written is null)
        {
            return null;
        }

        if (extensions is not null && !extensions.Contains(Path.GetExtension(written), StringComparer.OrdinalIgnoreCase))
        {
            map.Error(DiagnosticCodes.InvalidValue, key, $"'{label}' must be {string.Join(" or ", extensions.Select(e => "a " + e + " file"))}, not '{written}'", extensionHint);
            return null;
        }

        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(folder, written.Replace('\\', '/')));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            map.Error(DiagnosticCodes.InvalidPath, key, $"'{label}' is not a valid path: '{written}'", "write a path relative to the folder of the profile, e.g. 'logo.svg' or 'bilder/logo.svg'");
            return null;
        }

        if (!File.Exists(full))
        {
            map.Error(DiagnosticCodes.FileNotFound, 
                key,
                $"'{label}': file '{written}' not found",
                $"looked for {full}; the path is relative to the folder of the profile");
            return null;
        }

        return full;
    }

    private static string? AccentColor(MappingBinder map)
    {
        const string quoteHint = "write the colour in quotes, e.g. akzentfarbe: \"#1f4e79\" (without quotes YAML reads '#' as the start of a comment)";
        if (map.Has("akzentfarbe") && map.Value("akzentfarbe") is { } node && MappingBinder.IsEmpty(node))
        {
            map.Error(DiagnosticCodes.EmptyValue, "akzentfarbe", "'akzentfarbe' is empty", quoteHint);
            return null;
        }

        var value = map.Line("akzentfarbe");
        if (value is null)
        {
            return null;
        }

        if (value.Length != 7 || value[0] != '#' || !value.Skip(1).All(char.IsAsciiHexDigit))
        {
            map.Error(DiagnosticCodes.InvalidValue, 
                "akzentfarbe",
                $"'akzentfarbe' must be a colour like \"#1f4e79\", not '{value}'",
                "write '#' and six hexadecimal digits (RRGGBB), in quotes");
            return null;
        }

        return value;
    }

    private static ContactPlacement? Placement(MappingBinder map)
    {
        var value = map.Line("kontaktblock");
        switch (value)
        {
            case null:
                return null;
            case "seitenleiste":
                return ContactPlacement.Sidebar;
            case "fusszeile":
                return ContactPlacement.Footer;
        }

        var suggestion = KeySuggester.Suggest(value, Placements);
        map.Error(DiagnosticCodes.InvalidValue, 
            "kontaktblock",
            $"'kontaktblock' must be 'seitenleiste' or 'fusszeile', not '{value}'",
            suggestion is null
                ? "'seitenleiste' puts the contact block at the right edge of page 1, 'fusszeile' across its foot"
                : $"did you mean '{suggestion}'?");
        return null;
    }
}
