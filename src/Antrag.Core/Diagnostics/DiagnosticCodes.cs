namespace Antrag.Diagnostics;

/// <summary>
/// The catalogue of diagnostic codes. Codes are stable: a code is never reused for another problem, and its message may be
/// reworded without changing it. Ranges: ANT1xxx reading files and YAML, ANT2xxx the motion's content, ANT3xxx profiles and
/// templates, ANT4xxx images and fonts, ANT5xxx the page, ANT6xxx outputs and builds, ANT7xxx amendments and git,
/// ANT8xxx the command line, ANT9xxx antrag itself.
/// </summary>
public static partial class DiagnosticCodes
{
    private static List<DiagnosticCode>? all;

    /// <summary>Every code, in order of its number.</summary>
    public static IReadOnlyList<DiagnosticCode> All => (all ?? []).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();

    private static DiagnosticCode Define(string id, string title)
    {
        var code = new DiagnosticCode(id, title);
        (all ??= []).Add(code);
        return code;
    }

    // ANT1xxx: reading files and YAML.

    /// <summary>The YAML text cannot be parsed.</summary>
    public static readonly DiagnosticCode YamlSyntax = Define("ANT1001", "invalid YAML");

    /// <summary>A key is written twice in one mapping.</summary>
    public static readonly DiagnosticCode DuplicateKey = Define("ANT1002", "duplicate key");

    /// <summary>A key that is not allowed where it stands.</summary>
    public static readonly DiagnosticCode UnknownKey = Define("ANT1003", "unknown key");

    /// <summary>A required key is not written.</summary>
    public static readonly DiagnosticCode MissingKey = Define("ANT1004", "missing required key");

    /// <summary>A value of the wrong kind: a list where a text is expected, and so on.</summary>
    public static readonly DiagnosticCode WrongType = Define("ANT1005", "value of the wrong kind");

    /// <summary>A value that must be given is empty.</summary>
    public static readonly DiagnosticCode EmptyValue = Define("ANT1006", "empty value");

    /// <summary>A value that is not one of the allowed ones, or out of range.</summary>
    public static readonly DiagnosticCode InvalidValue = Define("ANT1007", "value not allowed");

    /// <summary>A date that does not exist or is not written as DD.MM.YYYY.</summary>
    public static readonly DiagnosticCode InvalidDate = Define("ANT1008", "invalid date");

    /// <summary>A tab character used to indent YAML.</summary>
    public static readonly DiagnosticCode TabIndentation = Define("ANT1009", "tab used for indentation");

    /// <summary>The file is empty or holds only comments.</summary>
    public static readonly DiagnosticCode EmptyFile = Define("ANT1010", "empty file");

    /// <summary>The file holds more than one YAML document.</summary>
    public static readonly DiagnosticCode SeveralDocuments = Define("ANT1011", "more than one YAML document");

    /// <summary>The top level of the file is not 'key: value' lines.</summary>
    public static readonly DiagnosticCode NotAMapping = Define("ANT1012", "top level is not 'key: value' lines");

    /// <summary>A value starting with '&amp;' was read as a YAML anchor.</summary>
    public static readonly DiagnosticCode AnchorAsText = Define("ANT1013", "anchor read as text");

    /// <summary>YAML nested deeper than a motion ever needs.</summary>
    public static readonly DiagnosticCode TooDeep = Define("ANT1014", "nesting too deep");

    /// <summary>A key that is not a single word (a list, a mapping, or empty).</summary>
    public static readonly DiagnosticCode KeyNotAWord = Define("ANT1015", "key is not a word");

    /// <summary>A '*' that YAML reads as a reference to an anchor: unquoted at the start of a value, or referring to itself.</summary>
    public static readonly DiagnosticCode AliasReference = Define("ANT1016", "'*' read as a reference");

    /// <summary>A Markdown motion without front matter, or with front matter that is not closed.</summary>
    public static readonly DiagnosticCode FrontMatter = Define("ANT1020", "front matter missing or not closed");

    /// <summary>Text of a Markdown motion outside any '##' section.</summary>
    public static readonly DiagnosticCode TextOutsideSection = Define("ANT1021", "text outside a section");

    /// <summary>A '##' section a Markdown motion does not know.</summary>
    public static readonly DiagnosticCode UnknownSection = Define("ANT1022", "unknown section");

    /// <summary>A text given both in the front matter and as a section, or in two sections.</summary>
    public static readonly DiagnosticCode GivenTwice = Define("ANT1023", "value given twice");

    /// <summary>A file named on the command line or in a motion does not exist.</summary>
    public static readonly DiagnosticCode FileNotFound = Define("ANT1101", "file not found");

    /// <summary>A folder where a file is expected, or a file where a folder is expected.</summary>
    public static readonly DiagnosticCode NotAFile = Define("ANT1102", "folder where a file is expected");

    /// <summary>A file larger than antrag reads.</summary>
    public static readonly DiagnosticCode FileTooLarge = Define("ANT1103", "file too large");

    /// <summary>A file that cannot be read (permissions, locks, I/O errors).</summary>
    public static readonly DiagnosticCode CannotRead = Define("ANT1104", "file cannot be read");

    /// <summary>A text file that is not UTF-8, or a binary file.</summary>
    public static readonly DiagnosticCode NotText = Define("ANT1105", "not a UTF-8 text file");

    /// <summary>A path written in a file that is not a valid path.</summary>
    public static readonly DiagnosticCode InvalidPath = Define("ANT1106", "invalid path");

    /// <summary>A folder that holds no motion.</summary>
    public static readonly DiagnosticCode NoMotions = Define("ANT1107", "no motions found");

    // ANT2xxx: the motion's content.

    /// <summary>The kind of document ('art') is not known.</summary>
    public static readonly DiagnosticCode UnknownKind = Define("ANT2001", "unknown kind of document");

    /// <summary>A key that belongs to another kind of document.</summary>
    public static readonly DiagnosticCode KeyOfOtherKind = Define("ANT2002", "key of another kind of document");

    /// <summary>A date that contradicts another (a meeting before the motion's date, a deadline before the date).</summary>
    public static readonly DiagnosticCode DateOrder = Define("ANT2003", "dates contradict each other");

    /// <summary>The Beratungsfolge is not in date order.</summary>
    public static readonly DiagnosticCode ConsultationOrder = Define("ANT2004", "Beratungsfolge not in date order");

    /// <summary>A co-sponsor that is the motion's own faction or listed twice.</summary>
    public static readonly DiagnosticCode CoSponsor = Define("ANT2005", "co-sponsor listed wrongly");

    /// <summary>A signer's 'fraktion' that is not one of the motion's authors.</summary>
    public static readonly DiagnosticCode SignerFaction = Define("ANT2006", "signer's faction is not an author");

    /// <summary>A signer not named in any author's profile.</summary>
    public static readonly DiagnosticCode UnknownSigner = Define("ANT2007", "signer not in the profile");

    /// <summary>A Resolution marked nichtöffentlich.</summary>
    public static readonly DiagnosticCode NonPublicResolution = Define("ANT2008", "Resolution marked nichtöffentlich");

    /// <summary>The profile file was named as the motion to render.</summary>
    public static readonly DiagnosticCode ProfileAsMotion = Define("ANT2009", "profile given as a motion");

    // ANT3xxx: profiles and templates.

    /// <summary>No fraktion.yaml was found for a motion.</summary>
    public static readonly DiagnosticCode ProfileNotFound = Define("ANT3001", "no faction profile found");

    /// <summary>A template produced a section the letterhead does not know.</summary>
    public static readonly DiagnosticCode UnknownTemplateSection = Define("ANT3002", "unknown section in template output");

    /// <summary>A template name that is not a plain word, or a template that does not exist.</summary>
    public static readonly DiagnosticCode TemplateNotFound = Define("ANT3003", "template not found");

    /// <summary>A Scriban template that cannot be parsed or fails while it runs.</summary>
    public static readonly DiagnosticCode TemplateError = Define("ANT3004", "error in a template");

    // ANT4xxx: images and fonts.

    /// <summary>A logo or signature image that cannot be read or is not a usable SVG or PNG.</summary>
    public static readonly DiagnosticCode BadImage = Define("ANT4001", "image cannot be used");

    /// <summary>A font file that cannot be used.</summary>
    public static readonly DiagnosticCode BadFont = Define("ANT4002", "font cannot be used");

    /// <summary>A character the fonts have no glyph for.</summary>
    public static readonly DiagnosticCode MissingGlyph = Define("ANT4003", "character missing from the font");

    // ANT6xxx: outputs and builds.

    /// <summary>An output that cannot be written.</summary>
    public static readonly DiagnosticCode CannotWrite = Define("ANT6001", "output cannot be written");

    /// <summary>An output that would overwrite an input or another output.</summary>
    public static readonly DiagnosticCode OutputClash = Define("ANT6002", "output would overwrite something");

    /// <summary>A file that antrag new or amend would write exists already or has a wrong name.</summary>
    public static readonly DiagnosticCode NewFileExists = Define("ANT6003", "file exists already");

    /// <summary>The build manifest cannot be read; everything is rendered again.</summary>
    public static readonly DiagnosticCode ManifestUnreadable = Define("ANT6004", "build manifest unreadable");

    /// <summary>A build option that is missing or wrong (--base-url).</summary>
    public static readonly DiagnosticCode BuildOption = Define("ANT6005", "build option missing or wrong");

    // ANT7xxx: amendments and git.

    /// <summary>git cannot give the version asked for, or cannot be run.</summary>
    public static readonly DiagnosticCode Git = Define("ANT7001", "git cannot give the version");

    /// <summary>The versions compared by antrag amend cannot be compared.</summary>
    public static readonly DiagnosticCode NothingToAmend = Define("ANT7002", "nothing to amend");

    /// <summary>A remark on an amendment that was written (no line numbers, no Vorlagennummer, Begründung changed).</summary>
    public static readonly DiagnosticCode AmendNote = Define("ANT7003", "note on the amendment");

    // ANT8xxx: the command line.

    /// <summary>Options that do not fit together or a value an option does not take.</summary>
    public static readonly DiagnosticCode Usage = Define("ANT8001", "options do not fit together");

    // ANT9xxx: antrag itself.

    /// <summary>antrag itself failed: a bug to report.</summary>
    public static readonly DiagnosticCode Internal = Define("ANT9001", "internal error");
}
