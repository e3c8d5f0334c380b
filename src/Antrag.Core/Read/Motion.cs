using Antrag.Diagnostics;

namespace Antrag.Read;

/// <summary>A motion as the faction wrote it in its YAML file, typed and with source positions.</summary>
public sealed record Motion
{
    /// <summary>The path of the motion file as the user named it (used in diagnostics).</summary>
    public required string SourcePath { get; init; }

    /// <summary>Kind of document (<c>art</c>), e.g. <c>antrag</c>; selects the template.</summary>
    public string Kind { get; init; } = "antrag";

    /// <summary>Reference number assigned by the council office (<c>vorlagennummer</c>), e.g. "4493/23 A".</summary>
    public string? ReferenceNumber { get; init; }

    /// <summary>Date of the motion (<c>datum</c>); may be missing only in a draft.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>A draft (<c>entwurf: true</c>): every page is marked ENTWURF; number and date may be missing.</summary>
    public bool IsDraft { get; init; }

    /// <summary>Place printed before the date (<c>ort</c>); defaults to the profile's city.</summary>
    public string? Place { get; init; }

    /// <summary>Whether the motion is public (<c>oeffentlich</c>, default true).</summary>
    public bool IsPublic { get; init; } = true;

    /// <summary>The Beratungsfolge (<c>beratungsfolge</c>), in order.</summary>
    public IReadOnlyList<Consultation> Consultations { get; init; } = [];

    /// <summary>The subject (<c>betreff</c>), light Markdown; a newline is a line break.</summary>
    public required string Subject { get; init; }

    /// <summary>The draft resolution (<c>beschlussentwurf</c>), light Markdown; not used by every kind.</summary>
    public string? DraftResolution { get; init; }

    /// <summary>The Vorlage an Änderungs- or Ergänzungsantrag amends (<c>vorlage</c>).</summary>
    public PaperReference? AmendedPaper { get; init; }

    /// <summary>The changes of an Änderungs- or Ergänzungsantrag (<c>aenderungen</c>).</summary>
    public IReadOnlyList<Amendment> Amendments { get; init; } = [];

    /// <summary>Preamble of an Anfrage (<c>vorbemerkung</c>), light Markdown.</summary>
    public string? Preamble { get; init; }

    /// <summary>The numbered questions of an Anfrage (<c>fragen</c>).</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>How an Anfrage asks to be answered (<c>antwort</c>).</summary>
    public AnswerKind? Answer { get; init; }

    /// <summary>Deadline for the answer of an Anfrage (<c>frist</c>).</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>Why a Dringlichkeitsantrag is urgent (<c>dringlichkeit</c>), light Markdown.</summary>
    public string? UrgencyReason { get; init; }

    /// <summary>The reasoning (<c>begruendung</c>), light Markdown; optional.</summary>
    public string? Reasoning { get; init; }

    /// <summary>Signers (<c>unterzeichner</c>), printed side by side after "gez.".</summary>
    public IReadOnlyList<Signer> Signers { get; init; } = [];

    /// <summary>Profiles of further factions of a joint motion (<c>mitantragsteller</c>), relative paths; the lead faction is the motion's own profile.</summary>
    public IReadOnlyList<string> CoSponsorProfilePaths { get; init; } = [];

    /// <summary>Letter framing of this motion (<c>brief</c>); overrides the profile's.</summary>
    public LetterFraming? Letter { get; init; }

    /// <summary>Attachments listed at the end (<c>anlagen</c>).</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>References to other Vorlagen (<c>bezuege</c>), e.g. "Vorlage 4321/23".</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Line numbers for this motion (<c>zeilennummern</c>); overrides the profile's setting when given.</summary>
    public LineNumbering? LineNumbers { get; init; }

    /// <summary>The document's language where it differs from the profile's (<c>sprache</c>), a BCP 47 tag; null = the profile's.</summary>
    public string? Language { get; init; }

    /// <summary>Whether <c>zeilennummern: false</c> was written, switching off the profile's line numbers.</summary>
    public bool LineNumbersOff { get; init; }

    /// <summary>Explicit profile path (<c>profil</c>), relative to the motion file; null = search upwards.</summary>
    public string? ProfilePath { get; init; }

    /// <summary>What an Änderungs- or Ergänzungsantrag amends, with article (<c>aendert</c>), e.g. "die Anlage 2"; null: the Beschlussentwurf.</summary>
    public string? AmendedPart { get; init; }

    /// <summary>The legal basis printed under the title (<c>rechtsgrundlage</c>).</summary>
    public string? LegalBasis { get; init; }

    /// <summary>The motion's own wording of named texts (<c>texte</c>), by name.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Every value as read through the declared keys (<see cref="Keys.MotionKeys"/>), for templates and keys without a property here.</summary>
    public KeyValues Values { get; init; } = KeyValues.Empty;

    /// <summary>Where each key stood, by YAML path such as <c>betreff</c> or <c>beratungsfolge[0].sitzungstermin</c>.</summary>
    public IReadOnlyDictionary<string, SourceSpan> Positions { get; init; } = new Dictionary<string, SourceSpan>();
}
