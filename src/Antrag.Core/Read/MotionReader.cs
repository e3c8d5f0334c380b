using Antrag.Diagnostics;

namespace Antrag.Read;

/// <summary>Reads a motion YAML file into a <see cref="Motion"/>, reporting every problem with its position.</summary>
public static class MotionReader
{
    private const string EmptyMessage = "the file is empty; expected a motion with at least 'datum', 'betreff' and 'beschlussentwurf'";
    private const string TopLevelHint = "write the motion as lines like 'datum: 28.02.2023', 'betreff: …' and 'beschlussentwurf: …', each starting at the beginning of the line";

    private static readonly KeySpec[] TopKeys =
    [
        KeySpec.Optional("art"),
        KeySpec.Optional("vorlagennummer"),
        KeySpec.Optional("datum"),
        KeySpec.Optional("entwurf"),
        KeySpec.Optional("ort"),
        KeySpec.Optional("oeffentlich"),
        KeySpec.Optional("beratungsfolge"),
        KeySpec.Require("betreff", "add 'betreff:' with the subject of the motion"),
        KeySpec.Optional("beschlussentwurf"),
        KeySpec.Optional("begruendung"),
        KeySpec.Optional("vorlage"),
        KeySpec.Optional("aenderungen"),
        KeySpec.Optional("vorbemerkung"),
        KeySpec.Optional("fragen"),
        KeySpec.Optional("antwort"),
        KeySpec.Optional("frist"),
        KeySpec.Optional("dringlichkeit"),
        KeySpec.Optional("mitantragsteller"),
        KeySpec.Optional("brief"),
        KeySpec.Optional("anlagen"),
        KeySpec.Optional("bezuege"),
        KeySpec.Optional("unterzeichner"),
        KeySpec.Optional("profil"),
        KeySpec.Optional("zeilennummern"),
    ];

    private static readonly KeySpec[] ConsultationKeys =
    [
        KeySpec.Require("gremium", "add 'gremium:' with the committee, e.g. 'gremium: Rat'"),
        KeySpec.Require("sitzungstermin", "add 'sitzungstermin:' with the date of the meeting, e.g. 'sitzungstermin: 28.02.2023'"),
        KeySpec.Require("beschlussform", "add 'beschlussform:', e.g. 'beschlussform: beschließend'"),
    ];

    private static readonly KeySpec[] SignerKeys =
    [
        KeySpec.Require("name", "add 'name:' with the signer's name"),
        KeySpec.Optional("funktion"),
        KeySpec.Optional("fraktion"),
        KeySpec.Optional("unterschrift"),
    ];

    private static readonly KeySpec[] PaperKeys =
    [
        KeySpec.Require("nummer", "add 'nummer:' with the number of the Vorlage, e.g. 'nummer: 0377/24'"),
        KeySpec.Optional("betreff"),
    ];

    private static readonly KeySpec[] AmendmentKeys =
    [
        KeySpec.Optional("stelle"),
        KeySpec.Require("text", "add 'text:' with the new wording"),
    ];

    /// <summary>The kinds of documents (<c>art</c>), each with its template.</summary>
    public static readonly IReadOnlyList<string> Kinds =
        ["antrag", "aenderungsantrag", "ergaenzungsantrag", "anfrage", "dringlichkeitsantrag", "pruefantrag", "resolution"];

    /// <summary>
    /// Reads a motion file. <paramref name="displayPath"/> is the path as the user typed it (used in every diagnostic);
    /// <paramref name="fullPath"/> is where to read. Returns null if any error was reported into <paramref name="diagnostics"/>.
    /// </summary>
    public static Motion? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var context = new ReadContext(displayPath);
        return Read(SourceFile.ReadText(fullPath, context, InputLimits.MotionBytes), fullPath, context, diagnostics);
    }

    /// <summary>Like <see cref="Read(string, string, DiagnosticBag)"/>, from the bytes of a file kept elsewhere (a version in git); its name in <paramref name="displayPath"/> tells YAML from Markdown.</summary>
    public static Motion? Read(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var context = new ReadContext(displayPath);
        return Read(SourceFile.Decode(bytes, context), displayPath, context, diagnostics);
    }

    private static Motion? Read(string? text, string path, ReadContext context, DiagnosticBag diagnostics)
    {
        if (text is not null && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            text = FrontMatter.ToYaml(text, context);
        }

        var motion = text is null ? null : Bind(text, context);
        context.FlushTo(diagnostics);
        return context.HasErrors ? null : motion;
    }

    /// <summary>Like <see cref="Read(string, string, DiagnosticBag)"/>, from text already in memory.</summary>
    public static Motion? Parse(string yamlText, string displayPath, DiagnosticBag diagnostics)
    {
        var context = new ReadContext(displayPath);
        var motion = Bind(yamlText, context);
        context.FlushTo(diagnostics);
        return context.HasErrors ? null : motion;
    }

    private static Motion? Bind(string text, ReadContext context)
    {
        var root = YamlLoader.Load(text, context, EmptyMessage, TopLevelHint);
        if (root is null)
        {
            return null;
        }

        var map = MappingBinder.Bind(context, root, string.Empty, TopKeys, context.FileStart);
        var kind = Kind(map);
        var isDraft = map.Bool("entwurf") ?? false;
        var referenceNumber = map.Line("vorlagennummer");
        var date = map.Date("datum");
        var place = map.Line("ort");
        var isPublic = map.Bool("oeffentlich");

        var consultations = new List<Consultation>();
        foreach (var entry in map.Entries(
            "beratungsfolge",
            ConsultationKeys,
            "start each entry with '- ' on its own line, e.g. '- gremium: Rat', with 'sitzungstermin:' and 'beschlussform:' below it, indented like 'gremium'"))
        {
            var committee = entry.Line("gremium");
            var meetingDate = entry.Date("sitzungstermin");
            var role = entry.Line("beschlussform");
            if (committee is not null && meetingDate is { } meeting && role is not null)
            {
                consultations.Add(new Consultation(committee, meeting, role));
            }
        }

        var subject = map.Text("betreff");
        var draft = map.Text("beschlussentwurf");
        var reasoning = map.Text("begruendung");

        var signers = new List<Signer>();
        foreach (var entry in map.Entries(
            "unterzeichner",
            SignerKeys,
            "start each signer with '- name: …' on its own line, and write 'funktion: …' below it, indented like 'name'"))
        {
            var name = entry.Line("name");
            var role = entry.Line("funktion");
            var faction = entry.Line("fraktion");
            var image = SignatureImage(entry, context);
            if (name is not null)
            {
                signers.Add(new Signer(name, role, faction, image));
            }
        }

        var amended = map.Mapping("vorlage", PaperKeys, "write 'nummer:' (and 'betreff:') below 'vorlage:', indented by two spaces") is { } paperMap
            && paperMap.Line("nummer") is { } number
            ? new PaperReference(number, paperMap.Line("betreff"))
            : null;
        var amendments = new List<Amendment>();
        foreach (var entry in map.Entries("aenderungen", AmendmentKeys, "start each change with '- stelle: …' and write 'text: …' below it, indented like 'stelle'"))
        {
            var where = entry.Line("stelle");
            if (entry.Text("text") is { } changed)
            {
                amendments.Add(new Amendment(where, changed));
            }
        }

        var preamble = map.Text("vorbemerkung");
        var questions = map.List("fragen", "a list of questions", "write each question as '- …' on its own line")
            .Select(q => q is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } t } ? t.Trim() : null)
            .OfType<string>()
            .Where(q => q.Length > 0)
            .ToList();
        var answer = Answer(map);
        var deadline = map.Date("frist");
        var urgency = map.Text("dringlichkeit");
        var coSponsors = map.Lines("mitantragsteller", "write the path of each co-sponsoring faction's fraktion.yaml (or its folder) as '- …' on its own line");
        var letter = LetterReader.Read(map, "brief");
        var attachments = map.Lines("anlagen", "write each attachment as '- …' on its own line");
        var references = map.Lines("bezuege", "write each reference as '- …' on its own line, e.g. '- Vorlage 0211/23'");
        var profilePath = map.Line("profil");
        var lineNumbers = LineNumberingReader.Read(map, "zeilennummern", out var lineNumbersOff);

        RequireByKind(map, context, kind ?? "antrag", isDraft, date is not null, draft, urgency, subject, amendments.Count, questions.Count);
        if (context.HasErrors || subject is null || (date is null && !isDraft))
        {
            return null;
        }

        return new Motion
        {
            SourcePath = context.DisplayPath,
            Kind = kind ?? "antrag",
            IsDraft = isDraft,
            AmendedPaper = amended,
            Amendments = amendments,
            Preamble = preamble,
            Questions = questions,
            Answer = answer,
            Deadline = deadline,
            UrgencyReason = urgency,
            CoSponsorProfilePaths = coSponsors,
            Letter = letter,
            Attachments = attachments,
            References = references,
            ReferenceNumber = referenceNumber,
            Date = date,
            Place = place,
            IsPublic = isPublic ?? true,
            Consultations = consultations,
            Subject = subject,
            DraftResolution = draft,
            Reasoning = reasoning,
            Signers = signers,
            ProfilePath = profilePath,
            LineNumbers = lineNumbers,
            LineNumbersOff = lineNumbersOff,
            Positions = context.Positions,
        };
    }

    private static string? Kind(MappingBinder map)
    {
        var written = map.Line("art");
        if (written is null)
        {
            return null;
        }

        var folded = KeySuggester.Fold(written).Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (Kinds.Contains(folded))
        {
            return folded;
        }

        var suggestion = KeySuggester.Suggest(written, Kinds);
        map.Error(DiagnosticCodes.UnknownKind, 
            "art",
            suggestion is null ? $"unknown kind of document '{written}'" : $"unknown kind of document '{written}' (did you mean '{suggestion}'?)",
            "kinds: " + string.Join(", ", Kinds));
        return null;
    }

    private static AnswerKind? Answer(MappingBinder map)
    {
        var written = map.Line("antwort");
        return written?.ToLowerInvariant() switch
        {
            null => null,
            "schriftlich" => AnswerKind.Written,
            "muendlich" or "mündlich" => AnswerKind.Oral,
            _ => Bad(),
        };

        AnswerKind? Bad()
        {
            map.Error(DiagnosticCodes.InvalidValue, "antwort", $"'antwort' must be 'schriftlich' or 'muendlich', not '{written}'", "write 'antwort: schriftlich' or 'antwort: muendlich'");
            return null;
        }
    }

    private static string? SignatureImage(MappingBinder entry, ReadContext context)
    {
        var written = entry.Line("unterschrift");
        if (written is null)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(context.DisplayPath)) ?? Environment.CurrentDirectory;
        var full = Path.GetFullPath(Path.Combine(folder, written.Replace('\\', '/')));
        if (!written.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && !written.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            entry.Error(DiagnosticCodes.InvalidValue, "unterschrift", $"the signature image '{written}' must be a .png or .svg file", "scan the signature and save it as PNG, or draw it as SVG");
            return null;
        }

        if (!File.Exists(full))
        {
            entry.Error(DiagnosticCodes.FileNotFound, "unterschrift", $"the signature image '{written}' was not found", $"looked for {full}; the path is relative to the motion's folder");
            return null;
        }

        return full;
    }

    /// <summary>The keys each kind needs, and keys that belong to other kinds only.</summary>
    private static void RequireByKind(MappingBinder map, ReadContext context, string kind, bool isDraft, bool hasDate, string? draft, string? urgency, string? subject, int amendments, int questions)
    {
        var at = context.FileStart;
        if (!isDraft && !hasDate)
        {
            if (map.Value("datum") is YamlDotNet.RepresentationModel.YamlScalarNode scalar && MappingBinder.IsEmpty(scalar))
            {
                map.Error(DiagnosticCodes.EmptyValue, "datum", "'datum' must not be empty", "write the date of the motion after 'datum:', e.g. 'datum: 28.02.2023' (a '#' starts a comment)");
            }
            else
            {
                map.Require("datum", at, "add 'datum:' with the date of the motion, e.g. 'datum: 28.02.2023'");
            }
        }

        RequireText(map, "betreff", subject, at, "add 'betreff:' with the subject of the motion");

        const string draftHint = "add 'beschlussentwurf:' with the text the council is asked to resolve";
        switch (kind)
        {
            case "antrag" or "pruefantrag" or "resolution":
                RequireText(map, "beschlussentwurf", draft, at, draftHint);
                break;
            case "dringlichkeitsantrag":
                RequireText(map, "beschlussentwurf", draft, at, draftHint);
                RequireText(map, "dringlichkeit", urgency, at, "add 'dringlichkeit:' saying why the motion cannot wait for the next regular meeting");
                break;
            case "aenderungsantrag" or "ergaenzungsantrag":
                map.Require("vorlage", at, "add 'vorlage:' with 'nummer:' (and 'betreff:') of the Vorlage this amends");
                if (amendments == 0 && draft is null && !map.Has("aenderungen") && !map.Has("beschlussentwurf"))
                {
                    context.Error(DiagnosticCodes.MissingKey, at, "missing required key 'aenderungen'", "add 'aenderungen:' with the changes ('- stelle: Ziffer 2' and 'text: …'), or a 'beschlussentwurf:'");
                }

                break;
            case "anfrage":
                if (questions == 0 && !map.Has("fragen"))
                {
                    map.Require("fragen", at, "add 'fragen:' with the questions, each as '- …' on its own line");
                }

                if (map.Has("beschlussentwurf"))
                {
                    map.Error(DiagnosticCodes.KeyOfOtherKind, "beschlussentwurf", "an Anfrage has no 'beschlussentwurf'; write the questions under 'fragen'");
                }

                break;
        }

        OnlyFor(map, kind, "fragen", ["anfrage"], "an Anfrage (art: anfrage)");
        OnlyFor(map, kind, "vorbemerkung", ["anfrage"], "an Anfrage (art: anfrage)");
        OnlyFor(map, kind, "antwort", ["anfrage"], "an Anfrage (art: anfrage)");
        OnlyFor(map, kind, "frist", ["anfrage"], "an Anfrage (art: anfrage)");
        OnlyFor(map, kind, "aenderungen", ["aenderungsantrag", "ergaenzungsantrag"], "an Änderungs- or Ergänzungsantrag (art: aenderungsantrag)");
        OnlyFor(map, kind, "vorlage", ["aenderungsantrag", "ergaenzungsantrag"], "an Änderungs- or Ergänzungsantrag (art: aenderungsantrag)");
        OnlyFor(map, kind, "dringlichkeit", ["dringlichkeitsantrag"], "a Dringlichkeitsantrag (art: dringlichkeitsantrag)");
    }

    /// <summary>A required text: missing, or present but empty, is an error (the empty case is reported where it stands).</summary>
    private static void RequireText(MappingBinder map, string key, string? value, SourceSpan at, string hint)
    {
        if (value is not null)
        {
            return;
        }

        if (map.Has(key))
        {
            // An empty or blank text; a list or mapping was already reported as the wrong type.
            if (map.Value(key) is YamlDotNet.RepresentationModel.YamlScalarNode)
            {
                map.Error(DiagnosticCodes.EmptyValue, key, $"'{key}' must not be empty", $"write the text after '{key}:', or write '{key}: |' and the text on the lines below, indented by two spaces");
            }

            return;
        }

        map.Require(key, at, hint);
    }

    private static void OnlyFor(MappingBinder map, string kind, string key, string[] kinds, string what)
    {
        if (map.Has(key) && !kinds.Contains(kind))
        {
            map.Error(DiagnosticCodes.KeyOfOtherKind, key, $"'{key}' is only used in {what}", $"remove '{key}', or set 'art:' accordingly");
        }
    }
}
