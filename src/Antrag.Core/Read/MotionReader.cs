using Antrag.Diagnostics;
using Antrag.Read.Keys;

namespace Antrag.Read;

/// <summary>Reads a motion YAML file into a <see cref="Motion"/>, reporting every problem with its position.</summary>
public static class MotionReader
{
    private const string EmptyMessage = "the file is empty; expected a motion with at least 'datum', 'betreff' and 'beschlussentwurf'";
    private const string TopLevelHint = "write the motion as lines like 'datum: 28.02.2023', 'betreff: …' and 'beschlussentwurf: …', each starting at the beginning of the line";

    /// <summary>The kinds of documents (<c>art</c>), each with its template.</summary>
    public static IReadOnlyList<string> Kinds { get; } = MotionKeys.Declaration.Kinds.Select(k => k.Name).ToList();

    /// <summary>
    /// Reads a motion file. <paramref name="displayPath"/> is the path as the user typed it (used in every diagnostic);
    /// <paramref name="fullPath"/> is where to read. Returns null if any error was reported into <paramref name="diagnostics"/>.
    /// </summary>
    public static Motion? Read(string fullPath, string displayPath, DiagnosticBag diagnostics) => Read(fullPath, displayPath, diagnostics, null, false);

    /// <summary>
    /// Like <see cref="Read(string, string, DiagnosticBag)"/>, through <paramref name="declaration"/> (default: the built-in one);
    /// with <paramref name="openKinds"/>, a kind it does not know is taken as written (see <see cref="KeyBinder"/>).
    /// </summary>
    public static Motion? Read(string fullPath, string displayPath, DiagnosticBag diagnostics, DocumentDeclaration? declaration, bool openKinds)
    {
        var context = new ReadContext(displayPath);
        return Read(SourceFile.ReadText(fullPath, context, InputLimits.MotionBytes), fullPath, context, diagnostics, declaration, openKinds);
    }

    /// <summary>Like <see cref="Read(string, string, DiagnosticBag)"/>, from the bytes of a file kept elsewhere (a version in git); its name in <paramref name="displayPath"/> tells YAML from Markdown.</summary>
    public static Motion? Read(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var context = new ReadContext(displayPath);
        return Read(SourceFile.Decode(bytes, context), displayPath, context, diagnostics, null, false);
    }

    private static Motion? Read(string? text, string path, ReadContext context, DiagnosticBag diagnostics, DocumentDeclaration? declaration, bool openKinds)
    {
        if (text is not null && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            text = FrontMatter.ToYaml(text, context);
        }

        var motion = text is null ? null : Bind(text, context, declaration, openKinds);
        context.FlushTo(diagnostics);
        return context.HasErrors ? null : motion;
    }

    /// <summary>
    /// Like <see cref="Read(string, string, DiagnosticBag)"/>, from text already in memory, read through
    /// <paramref name="declaration"/> (default: the built-in <see cref="MotionKeys.Declaration"/>).
    /// </summary>
    public static Motion? Parse(string yamlText, string displayPath, DiagnosticBag diagnostics, DocumentDeclaration? declaration = null)
    {
        var context = new ReadContext(displayPath);
        var motion = Bind(yamlText, context, declaration);
        context.FlushTo(diagnostics);
        return context.HasErrors ? null : motion;
    }

    private static Motion? Bind(string text, ReadContext context, DocumentDeclaration? declaration = null, bool openKinds = false)
    {
        var root = YamlLoader.Load(text, context, EmptyMessage, TopLevelHint);
        if (root is null)
        {
            return null;
        }

        declaration ??= MotionKeys.Declaration;
        var folder = Path.GetDirectoryName(Path.GetFullPath(context.DisplayPath)) ?? Environment.CurrentDirectory;
        var values = new KeyBinder(context, declaration, folder, openKinds).Bind(root, out var map);
        var kind = values.Text("art") ?? "antrag";
        var isDraft = values.Bool("entwurf") ?? false;
        KeyRules.Check(context, declaration, map, values, declaration.Kind(kind)?.RulesKind ?? kind, isDraft);
        if (context.HasErrors || values.Text("betreff") is not { } subject || (values.Date("datum") is null && !isDraft))
        {
            return null;
        }

        var paper = values.Mapping("vorlage");
        var numbering = values["zeilennummern"];
        var motion = new Motion
        {
            SourcePath = context.DisplayPath,
            Kind = kind,
            IsDraft = isDraft,
            AmendedPaper = paper?.Text("nummer") is { } number ? new PaperReference(number, paper.Text("betreff")) : null,
            Amendments = values.Entries("aenderungen").Where(a => a.Has("text")).Select(a => new Amendment(a.Text("stelle"), a.Text("text")!)).ToList(),
            Preamble = values.Text("vorbemerkung"),
            Questions = values.Lines("fragen").Where(q => q.Length > 0).ToList(),
            Answer = values.Text("antwort") switch
            {
                "schriftlich" => AnswerKind.Written,
                "muendlich" => AnswerKind.Oral,
                _ => null,
            },
            Deadline = values.Date("frist"),
            UrgencyReason = values.Text("dringlichkeit"),
            CoSponsorProfilePaths = values.Lines("mitantragsteller"),
            Letter = values.Mapping("brief") is { } letter ? LetterReader.Framing(letter) : null,
            Attachments = values.Lines("anlagen"),
            References = values.Lines("bezuege"),
            ReferenceNumber = values.Text("vorlagennummer"),
            Date = values.Date("datum"),
            Place = values.Text("ort"),
            IsPublic = values.Bool("oeffentlich") ?? true,
            Consultations = values.Entries("beratungsfolge")
                .Where(c => c.Has("gremium") && c.Has("sitzungstermin") && c.Has("beschlussform"))
                .Select(c => new Consultation(c.Text("gremium")!, c.Date("sitzungstermin")!.Value, c.Text("beschlussform")!))
                .ToList(),
            Subject = subject,
            DraftResolution = values.Text("beschlussentwurf"),
            Reasoning = values.Text("begruendung"),
            Signers = values.Entries("unterzeichner").Where(e => e.Has("name"))
                .Select(e => new Signer(e.Text("name")!, e.Text("funktion"), e.Text("fraktion"), e.Text("unterschrift")))
                .ToList(),
            ProfilePath = values.Text("profil"),
            AmendedPart = values.Text("aendert"),
            LegalBasis = values.Text("rechtsgrundlage"),
            Texts = values.Texts("texte"),
            LineNumbers = numbering as LineNumbering,
            LineNumbersOff = numbering is LineNumberingOff,
            Language = values.Text("sprache"),
            Values = values,
            Positions = context.Positions,
        };
        TextBudget.Check(motion, context);
        return motion;
    }
}
