using System.Globalization;
using Antrag.Read;
using Antrag.Read.Keys;
using Scriban.Runtime;

namespace Antrag.Text;

/// <summary>
/// Builds the variables a template sees, with German names: <c>antrag</c> (the motion), <c>fraktion</c> (the lead
/// profile), <c>fraktionen</c> (all profiles of a joint motion, lead first, each with its <c>unterzeichner</c>) and
/// <c>gemeinsam</c> (true for a joint motion). Only data is shaped here; all wording is in the templates.
/// </summary>
public static class TemplateModel
{
    /// <summary>German date format of the output, e.g. 28.02.2023.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>Creates the global object of a template run.</summary>
    public static ScriptObject Create(LoadedMotion loaded) => Create(loaded, Wording.For(loaded));

    /// <summary>Creates the global object of a template run with <paramref name="wording"/> (the texts, the council's forms).</summary>
    public static ScriptObject Create(LoadedMotion loaded, Wording wording)
    {
        var (motion, profile, _) = loaded;
        var letter = motion.Letter ?? profile.Letter;

        // Every declared key as read; then the keys the Motion record carries, from the record (a motion changed with 'with',
        // as amend does, shows its changes), and the values that are not simply what was written: the place defaults to the
        // profile's city, the letter to the profile's, and whether any signer signs with an image.
        var antrag = Declared(motion.Values, MotionKeys.Declaration.Keys);
        antrag["art"] = motion.Kind;
        antrag["entwurf"] = motion.IsDraft;
        antrag["vorlagennummer"] = motion.ReferenceNumber;
        antrag["datum"] = Date(motion.Date);
        antrag["ort"] = motion.Place ?? profile.City;
        antrag["oeffentlich"] = motion.IsPublic;
        antrag["betreff"] = HardBreaks(motion.Subject);
        antrag["beschlussentwurf"] = motion.DraftResolution;
        antrag["begruendung"] = motion.Reasoning;
        antrag["vorlage"] = motion.AmendedPaper is { } paper ? new ScriptObject { { "nummer", paper.Number }, { "betreff", HardBreaks(paper.Subject) } } : null;
        antrag["aenderungen"] = List(motion.Amendments.Select(a => new ScriptObject { { "stelle", a.Place }, { "text", a.Text } }));
        antrag["vorbemerkung"] = motion.Preamble;
        antrag["fragen"] = List(motion.Questions);
        antrag["antwort"] = motion.Answer switch
        {
            AnswerKind.Written => "schriftlich",
            AnswerKind.Oral => "muendlich",
            _ => null,
        };
        antrag["frist"] = Date(motion.Deadline);
        antrag["dringlichkeit"] = motion.UrgencyReason;
        antrag["brief"] = letter is null ? null : new ScriptObject
        {
            { "empfaenger", List(letter.Recipient) },
            { "anrede", HardBreaks(letter.Salutation) },
            { "einleitung", letter.Intro },
            { "gruss", HardBreaks(letter.Closing) },
        };
        antrag["anlagen"] = List(motion.Attachments);
        antrag["bezuege"] = List(motion.References);
        antrag["beratungsfolge"] = List(motion.Consultations.Select(c => new ScriptObject
        {
            { "gremium", c.Committee },
            { "sitzungstermin", FormatDate(c.MeetingDate) },
            { "beschlussform", c.Role },
        }));
        antrag["unterschriftsbilder"] = motion.Signers.Any(s => s.SignatureImagePath is not null);
        antrag["aendert"] = motion.AmendedPart ?? "der Beschlussentwurf";
        antrag["rechtsgrundlage"] = motion.LegalBasis;
        antrag["beschluss_einleitung"] = wording.ResolutionIntro;

        // The parts a profile may set for every motion: the motion's value, else the profile's (with its default).
        antrag["absender"] = List(motion.Values.Lines("absender") is { Count: > 0 } sender ? sender : profile.Values.Lines("absender"));
        antrag["ort_datum"] = motion.Values.Text("ort_datum") ?? profile.Values.Text("ort_datum") ?? "oben";
        antrag["unterschrift"] = motion.Values.Text("unterschrift") ?? profile.Values.Text("unterschrift") ?? "gez";

        // Each signer with every declared key as read, and those of the record over them.
        var signerKey = MotionKeys.Declaration.Key("unterzeichner")!;
        var read = motion.Values.Entries("unterzeichner").Where(e => e.Has("name")).ToList();
        var signers = motion.Signers.Select((signer, i) =>
        {
            var entry = Declared(i < read.Count && read[i].Text("name") == signer.Name ? read[i] : KeyValues.Empty, signerKey.Children);
            entry["name"] = signer.Name;
            entry["funktion"] = signer.Role;
            entry["fraktion"] = signer.Faction;
            entry["unterschrift"] = signer.SignatureImagePath;
            return (Signer: signer, Object: entry);
        }).ToList();
        antrag["unterzeichner"] = List(signers.Select(s => s.Object));

        var profiles = loaded.Profiles.ToList();
        var faction = profiles.Select((p, i) => Profile(p, i == 0, signers)).ToList();
        var texts = new ScriptObject();
        foreach (var (name, text) in wording.Texts)
        {
            texts[name] = text;
        }

        var kind = loaded.Kind;
        return new ScriptObject
        {
            { "antrag", antrag },
            { "fraktion", faction[0] },
            { "fraktionen", List(faction) },
            { "gemeinsam", profiles.Count > 1 },
            { "texte", texts },
            { "rat", Council(wording.Council) },
            { "art", new ScriptObject { { "name", kind.Name }, { "titel", kind.Title }, { "wort", kind.TitleWord }, { "gemeinsam", kind.JointWord }, { "wie", kind.RulesKind } } },

            // The variables the kind templates set themselves before these existed; a copied template that still sets them wins.
            { "dokumentart", kind.TitleWord },
            { "gemeinsam_wort", kind.JointWord },
        };
    }

    /// <summary>The council's name in the forms sentences need: <c>rat.im</c> "im Rat der Stadt Krefeld", <c>rat.Der</c> "Der Rat …", ….</summary>
    private static ScriptObject Council(CouncilForms forms) => new()
    {
        { "name", forms.Name },
        { "der", forms.Nominative },
        { "Der", forms.NominativeCapitalised },
        { "dem", forms.Dative },
        { "des", forms.Genitive },
        { "im", forms.In },
        { "genus", forms.Gender.ToString() },
    };

    /// <summary>
    /// A one-line field that may still hold line breaks (the Betreff) with each break made a hard break ("\" at the line's
    /// end): in the text blocks a single line break is a space, but the Betreff keeps its lines as written.
    /// </summary>
    internal static string? HardBreaks(string? text) =>
        text is null || !text.Contains('\n') ? text : string.Join("\\\n", text.Replace("\r\n", "\n").TrimEnd().Split('\n').Select(l => l.TrimEnd()));

    private static string? Date(DateOnly? date) => date is { } d ? FormatDate(d) : null;

    /// <summary>
    /// Every declared key as a template variable: the value as read (dates as 28.02.2023, lists as arrays, nested keys as
    /// objects), or the key's default, or null (an empty array for lists) when it was not written.
    /// </summary>
    internal static ScriptObject Declared(KeyValues values, IReadOnlyList<KeyDeclaration> keys)
    {
        var result = new ScriptObject();
        foreach (var key in keys)
        {
            result[key.Name] = Value(values[key.Name], key);
        }

        return result;
    }

    private static object? Value(object? value, KeyDeclaration key) => value switch
    {
        null => key.Type is KeyType.Lines or KeyType.Entries ? new ScriptArray() : key.Default,
        DateOnly date => FormatDate(date),
        KeyValues nested when key.Type == KeyType.Mapping => Declared(nested, key.Children),
        IReadOnlyList<KeyValues> entries => List(entries.Select(e => Declared(e, key.Children))),
        IReadOnlyList<string> lines => List(lines),
        LineNumbering or LineNumberingOff => null,
        _ => value,
    };

    private static ScriptObject Profile(FactionProfile p, bool lead, List<(Signer Signer, ScriptObject Object)> signers)
    {
        var profile = Declared(p.Values, ProfileKeys.Declaration.Keys);
        profile["typ"] = p.Kind == ProfileKind.SingleMember ? "einzelratsmitglied" : "fraktion";
        profile["name"] = p.Name;
        profile["partei"] = p.Party;
        profile["rat"] = p.Council;
        profile["stadt"] = p.City;
        profile["anschrift"] = List(p.Address);
        profile["telefon"] = p.Phone;
        profile["telefax"] = p.Fax;
        profile["vorstand"] = List(p.Board.Select(b => new ScriptObject { { "funktion", b.Role }, { "name", b.Name } }));
        profile["email"] = p.Email;
        profile["web"] = p.Web;
        profile["unterzeichner"] = List(signers
            .Where(s => s.Signer.Faction is null ? lead : string.Equals(s.Signer.Faction, p.Name, StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Object));
        return profile;
    }

    private static ScriptArray List<T>(IEnumerable<T> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }
}
