using Antrag.Diagnostics;
using Antrag.Read.Keys;

namespace Antrag.Read;

/// <summary>Reads a faction profile (<c>fraktion.yaml</c>) into a <see cref="FactionProfile"/>, reporting every problem with its position.</summary>
public static class ProfileReader
{
    private const string EmptyMessage = "the file is empty; expected a faction profile with at least 'name', 'rat' and 'stadt'";
    private const string TopLevelHint = "write the profile as lines like 'name: CDU-Fraktion', 'rat: Rat der Stadt Krefeld' and 'stadt: Krefeld', each starting at the beginning of the line";

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

        var values = new KeyBinder(context, ProfileKeys.Declaration, folder).Bind(root, out var map);
        var kind = values.Text("typ") == "einzelratsmitglied" ? ProfileKind.SingleMember : ProfileKind.Faction;
        KeyRules.Check(context, ProfileKeys.Declaration, map, values, kind: null, isDraft: false);

        var kinds = DeclaredKinds(map, values);
        if (context.HasErrors || values.Text("name") is not { } name || values.Text("rat") is not { } council || values.Text("stadt") is not { } city)
        {
            return null;
        }

        var fonts = values.Mapping("schriften") is { } f
            ? new FontFiles(f.Text("normal"), f.Text("fett"), f.Text("kursiv"), f.Text("fettkursiv")) { Fallback = f.Text("ersatz") }
            : FontFiles.Shipped;
        var templates = Path.Combine(folder, "templates");
        return new FactionProfile
        {
            SourcePath = context.DisplayPath,
            Name = name,
            Council = council,
            City = city,
            Address = values.Lines("anschrift"),
            Phone = values.Text("telefon"),
            Fax = values.Text("telefax"),
            Board = values.Entries("vorstand").Where(b => b.Has("funktion") && b.Has("name")).Select(b => new BoardMember(b.Text("funktion")!, b.Text("name")!)).ToList(),
            Members = values.Lines("mitglieder"),
            Email = values.Text("email"),
            Web = values.Text("web"),
            LogoPath = values.Text("logo"),
            LogoWidthMm = values.Number("logobreite") ?? 40,
            LogoDescription = values.Text("logobeschreibung"),
            Language = values.Text("sprache") ?? "de-DE",
            Fonts = fonts,
            AccentColor = values.Text("akzentfarbe") ?? "#000000",
            ContactPlacement = values.Text("kontaktblock") == "fusszeile" ? ContactPlacement.Footer : ContactPlacement.Sidebar,
            PageFormat = values.Text("briefbogen") switch
            {
                "din5008-a" => PageFormat.Din5008A,
                "din5008-b" => PageFormat.Din5008B,
                _ => PageFormat.Letterhead,
            },
            Kind = kind,
            Party = values.Text("partei"),
            Letter = values.Mapping("brief") is { } letter ? LetterReader.Framing(letter) : null,
            Justify = values.Bool("blocksatz") ?? false,
            Hyphenate = values.Bool("silbentrennung") ?? true,
            GermanTypography = values.Bool("typografie") ?? true,
            LineNumbers = values["zeilennummern"] as LineNumbering,
            CouncilGender = values.Text("rat_genus"),
            CouncilGenitive = values.Text("rat_genitiv"),
            Texts = values.Texts("texte"),
            Kinds = kinds,
            TemplatesDirectory = Directory.Exists(templates) ? templates : null,
            Values = values,
            Positions = context.Positions,
        };
    }

    /// <summary>The kinds the profile declares under <c>arten</c>; a name that is taken or not a plain word is an error.</summary>
    private static List<KindDeclaration> DeclaredKinds(MappingBinder map, KeyValues values)
    {
        var kinds = new List<KindDeclaration>();
        var entries = values.Entries("arten");
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Text("name") is not { } name || entries[i].Text("titel") is not { } title)
            {
                continue;
            }

            var at = map.PathOf("arten") + $"[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}].name";
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                map.ErrorAt(DiagnosticCodes.InvalidValue, at, $"the name of a kind must be lower-case letters, digits or '-', not '{name}'", "e.g. 'name: kleineanfrage' — it is what motions write after 'art:'");
                continue;
            }

            if (MotionKeys.Declaration.FindKind(name) is not null || kinds.Exists(k => k.Name == name))
            {
                map.ErrorAt(DiagnosticCodes.InvalidValue, at, $"there is already a kind '{name}'", "give the declared kind another name");
                continue;
            }

            kinds.Add(new KindDeclaration(name, title)
            {
                BasedOn = entries[i].Text("wie") ?? "antrag",
                DocumentWord = entries[i].Text("wort"),
                JointWord = entries[i].Text("gemeinsam") ?? "Gemeinsamer",
                Template = entries[i].Text("vorlage"),
                Texts = entries[i].Texts("texte"),
                Spellings = new[] { title, title.Replace(" ", string.Empty, StringComparison.Ordinal) }.Where(s => s != name).Distinct(StringComparer.Ordinal).ToList(),
            });
        }

        return kinds;
    }
}
