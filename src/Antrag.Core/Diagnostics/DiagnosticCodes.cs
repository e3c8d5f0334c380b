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

    private static DiagnosticCode Define(string id, string title, string fix)
    {
        var code = new DiagnosticCode(id, title, fix);
        (all ??= []).Add(code);
        return code;
    }

    // ANT1xxx: reading files and YAML.

    /// <summary>The YAML text cannot be parsed.</summary>
    public static readonly DiagnosticCode YamlSyntax = Define("ANT1001", "invalid YAML", "Look at the line and column given: usually a quotation mark that is not closed, a ': ' inside a value (put the value in quotes or write it as a block with '|'), or a line indented differently from its neighbours.");

    /// <summary>A key is written twice in one mapping.</summary>
    public static readonly DiagnosticCode DuplicateKey = Define("ANT1002", "duplicate key", "Keep one of the two: YAML allows each key once per level. Merge the texts if both are needed.");

    /// <summary>A key that is not allowed where it stands.</summary>
    public static readonly DiagnosticCode UnknownKey = Define("ANT1003", "unknown key", "Correct the spelling (the message suggests the closest key), or remove the line. docs/keys.md lists every key.");

    /// <summary>A required key is not written.</summary>
    public static readonly DiagnosticCode MissingKey = Define("ANT1004", "missing required key", "Add the key the message names; the hint shows an example.");

    /// <summary>A value of the wrong kind: a list where a text is expected, and so on.</summary>
    public static readonly DiagnosticCode WrongType = Define("ANT1005", "value of the wrong kind", "Write the value in the form the key takes: a text after the colon, a list with '- ' lines, or 'key: value' lines indented below it.");

    /// <summary>A value that must be given is empty.</summary>
    public static readonly DiagnosticCode EmptyValue = Define("ANT1006", "empty value", "Write the value after the colon, or remove the key. A '#' starts a comment, so a value starting with '#' must be quoted.");

    /// <summary>A value that is not one of the allowed ones, or out of range.</summary>
    public static readonly DiagnosticCode InvalidValue = Define("ANT1007", "value not allowed", "Use one of the values the message lists (e.g. 'schriftlich' or 'muendlich', true or false, a colour like \"#1f4e79\").");

    /// <summary>A date that does not exist or is not written as DD.MM.YYYY.</summary>
    public static readonly DiagnosticCode InvalidDate = Define("ANT1008", "invalid date", "Write dates as DD.MM.YYYY (28.02.2023) and check that the day exists.");

    /// <summary>A tab character used to indent YAML.</summary>
    public static readonly DiagnosticCode TabIndentation = Define("ANT1009", "tab used for indentation", "Replace the tab with spaces; YAML indents with spaces only. Most editors can be set to insert spaces.");

    /// <summary>The file is empty or holds only comments.</summary>
    public static readonly DiagnosticCode EmptyFile = Define("ANT1010", "empty file", "Write the motion's keys into the file, or pick the right file.");

    /// <summary>The file holds more than one YAML document.</summary>
    public static readonly DiagnosticCode SeveralDocuments = Define("ANT1011", "more than one YAML document", "Keep one motion per file: remove the '---' line and what follows, or move it into its own file.");

    /// <summary>The top level of the file is not 'key: value' lines.</summary>
    public static readonly DiagnosticCode NotAMapping = Define("ANT1012", "top level is not 'key: value' lines", "Write the file as 'key: value' lines starting at the beginning of the line, e.g. 'betreff: …'.");

    /// <summary>A value starting with '&amp;' was read as a YAML anchor.</summary>
    public static readonly DiagnosticCode AnchorAsText = Define("ANT1013", "anchor read as text", "Put the whole value in quotes to keep a leading '&' as text, e.g. betreff: \"&Co …\".");

    /// <summary>YAML nested deeper than a motion ever needs.</summary>
    public static readonly DiagnosticCode TooDeep = Define("ANT1014", "nesting too deep", "A motion needs at most three levels of indentation; check the indentation, or whether the right file was chosen.");

    /// <summary>A front-matter key of a website generator (tags, layout, …) that antrag leaves out.</summary>
    public static readonly DiagnosticCode ForeignKey = Define("ANT1024", "key of a website generator left out", "Nothing to do (a note): title, date and draft are read as betreff, datum and entwurf; other keys of site generators are left out.");

    /// <summary>A key that is not a single word (a list, a mapping, or empty).</summary>
    public static readonly DiagnosticCode KeyNotAWord = Define("ANT1015", "key is not a word", "Write each key as a single word followed by ':', e.g. 'betreff: …'.");

    /// <summary>A '*' that YAML reads as a reference to an anchor: unquoted at the start of a value, or referring to itself.</summary>
    public static readonly DiagnosticCode AliasReference = Define("ANT1016", "'*' read as a reference", "Put a value that starts with '*' (bold or italic Markdown) in quotes, or write it as a block with '|'.");

    /// <summary>A value written like YYYY-MM-DD without quotes, which YAML editors and schemas read as a date, not a text.</summary>
    public static readonly DiagnosticCode YamlDate = Define("ANT1025", "value read as a YAML date", "Write dates as DD.MM.YYYY (12.11.2024), or put the value in quotes; without quotes, editors that check the file against the schema flag it.");

    /// <summary>References ('*name') that repeat a value so often that the file, written out, is larger than antrag reads.</summary>
    public static readonly DiagnosticCode ExpansionTooLarge = Define("ANT1030", "references expand the file too much", "Write each text once where it belongs; '&name' and '*name' may repeat a value only as long as the file, with every reference written out, stays within the limits in docs/limits.md.");

    /// <summary>An escape in quotes that is half of a character (a lone UTF-16 surrogate, e.g. '\ud800').</summary>
    public static readonly DiagnosticCode LoneSurrogate = Define("ANT1031", "half of a character", "Write the whole character (a character beyond U+FFFF as '\\U0001F600' or both halves '\\ud83d\\ude00'), or leave the escape out.");

    /// <summary>A Markdown motion without front matter, or with front matter that is not closed.</summary>
    public static readonly DiagnosticCode FrontMatter = Define("ANT1020", "front matter missing or not closed", "Start a Markdown motion with a line '---', the keys, and another '---' line; then the texts under '## …' headings.");

    /// <summary>Text of a Markdown motion outside any '##' section.</summary>
    public static readonly DiagnosticCode TextOutsideSection = Define("ANT1021", "text outside a section", "Put the text under a heading such as '## Beschlussentwurf' or '## Begründung'.");

    /// <summary>A '##' section a Markdown motion does not know.</summary>
    public static readonly DiagnosticCode UnknownSection = Define("ANT1022", "unknown section", "Use one of the section headings antrag knows (the message suggests the closest one).");

    /// <summary>A text given both in the front matter and as a section, or in two sections.</summary>
    public static readonly DiagnosticCode GivenTwice = Define("ANT1023", "value given twice", "Give each text once: either in the front matter or as a '##' section.");

    /// <summary>A file named on the command line or in a motion does not exist.</summary>
    public static readonly DiagnosticCode FileNotFound = Define("ANT1101", "file not found", "Check the path: paths in a motion are relative to the motion's folder, paths in a profile to the profile's folder, paths on the command line to the current folder.");

    /// <summary>A folder where a file is expected, or a file where a folder is expected.</summary>
    public static readonly DiagnosticCode NotAFile = Define("ANT1102", "folder where a file is expected", "Name a file, not a folder (for a folder of motions use 'antrag build' or 'antrag check FOLDER').");

    /// <summary>A file larger than antrag reads.</summary>
    public static readonly DiagnosticCode FileTooLarge = Define("ANT1103", "file too large", "Check that the right file was named; motions, profiles and templates are a few kilobytes. docs/limits.md lists the limits.");

    /// <summary>A file that cannot be read (permissions, locks, I/O errors).</summary>
    public static readonly DiagnosticCode CannotRead = Define("ANT1104", "file cannot be read", "Check that the file exists, that you may read it and that no other program holds it locked.");

    /// <summary>A text file that is not UTF-8, or a binary file.</summary>
    public static readonly DiagnosticCode NotText = Define("ANT1105", "not a UTF-8 text file", "Save the file as UTF-8 text (the usual setting of every editor); a .docx or .pdf cannot be read as a motion.");

    /// <summary>A path written in a file that is not a valid path.</summary>
    public static readonly DiagnosticCode InvalidPath = Define("ANT1106", "invalid path", "Write a plain relative path such as '../fraktion.yaml' or 'bilder/logo.svg'.");

    /// <summary>A folder that holds no motion.</summary>
    public static readonly DiagnosticCode NoMotions = Define("ANT1107", "no motions found", "Check the folder: motions are .yaml files with keys such as 'betreff:' or .md files with front matter.");

    /// <summary>A file that lies outside the folders it may come from (a link or a '..' path leading out).</summary>
    public static readonly DiagnosticCode OutsideFolder = Define("ANT1110", "file outside the allowed folders", "Keep the file inside the folder the message names: templates inside the templates folder, logos, fonts and profiles inside the repository. A link is fine as long as it points inside. docs/limits.md lists where each file may lie.");

    /// <summary>A device, named pipe or other special file where a file is expected.</summary>
    public static readonly DiagnosticCode NotRegularFile = Define("ANT1111", "not a regular file", "Name an ordinary file: antrag does not read devices (/dev/…), named pipes or other special files, nor links to them.");

    // ANT2xxx: the motion's content.

    /// <summary>The kind of document ('art') is not known.</summary>
    public static readonly DiagnosticCode UnknownKind = Define("ANT2001", "unknown kind of document", "Use one of the kinds the hint lists (the message suggests the closest one).");

    /// <summary>A key that belongs to another kind of document.</summary>
    public static readonly DiagnosticCode KeyOfOtherKind = Define("ANT2002", "key of another kind of document", "Remove the key, or set 'art:' to the kind it belongs to.");

    /// <summary>A date that contradicts another (a meeting before the motion's date, a deadline before the date).</summary>
    public static readonly DiagnosticCode DateOrder = Define("ANT2003", "dates contradict each other", "Correct one of the dates: a meeting cannot be before the motion is dated, nor a deadline before the question.");

    /// <summary>The Beratungsfolge is not in date order.</summary>
    public static readonly DiagnosticCode ConsultationOrder = Define("ANT2004", "Beratungsfolge not in date order", "Order the Beratungsfolge by meeting date (a warning: the order is printed as written).");

    /// <summary>A co-sponsor that is the motion's own faction or listed twice.</summary>
    public static readonly DiagnosticCode CoSponsor = Define("ANT2005", "co-sponsor listed wrongly", "List each co-sponsoring faction once and not the motion's own profile.");

    /// <summary>A signer's 'fraktion' that is not one of the motion's authors.</summary>
    public static readonly DiagnosticCode SignerFaction = Define("ANT2006", "signer's faction is not an author", "Set the signer's 'fraktion' to one of the motion's factions, or add that faction under 'mitantragsteller'.");

    /// <summary>A signer not named in any author's profile.</summary>
    public static readonly DiagnosticCode UnknownSigner = Define("ANT2007", "signer not in the profile", "Check the spelling of the name, or add the person under 'vorstand' or 'mitglieder' in fraktion.yaml (a warning).");

    /// <summary>A Resolution marked nichtöffentlich.</summary>
    public static readonly DiagnosticCode NonPublicResolution = Define("ANT2008", "Resolution marked nichtöffentlich", "A Resolution is a public statement; remove 'oeffentlich: false' if that is what is meant (a warning).");

    /// <summary>The Beschlussentwurf begins with the intro sentence itself, which is therefore not printed twice.</summary>
    public static readonly DiagnosticCode IntroInText = Define("ANT2010", "intro already in the text", "Nothing to do: antrag prints the sentence once (a note). To print another intro, set 'beschluss_einleitung' under 'texte' in the motion or profile.");

    /// <summary>A motion has a written Begründung and says that the Begründung is given orally.</summary>
    public static readonly DiagnosticCode ReasoningTwice = Define("ANT2011", "Begründung written and oral", "Keep one: remove 'begruendung_muendlich: true' to print the written Begründung, or remove 'begruendung:' when it is given orally.");

    /// <summary>The profile file was named as the motion to render.</summary>
    public static readonly DiagnosticCode ProfileAsMotion = Define("ANT2009", "profile given as a motion", "Render or check the motion file; its profile is found and used automatically.");

    /// <summary>The texts of a motion are longer than a motion may be.</summary>
    public static readonly DiagnosticCode TextTooLong = Define("ANT2030", "texts too long", "Shorten the text the message names: a motion may have 200,000 characters and 5,000 lines of text (about 50 pages); a long document belongs in an attachment. docs/limits.md lists the limits.");

    /// <summary>A list with more entries than any motion or profile needs.</summary>
    public static readonly DiagnosticCode ListTooLong = Define("ANT2031", "list too long", "Shorten the list to at most 1,000 entries; check that the right file was chosen.");

    /// <summary>A text holds control characters (escapes such as '\0', '\a', '\e'): they are left out.</summary>
    public static readonly DiagnosticCode ControlCharacter = Define("ANT2032", "control character left out", "Remove the escape or the invisible character the message points at (a warning: it is left out of the text, the PDF and its metadata).");

    /// <summary>HTML in a text block: left out of the print (ANT2040).</summary>
    public static readonly DiagnosticCode HtmlInText = Define("ANT2040", "HTML is not printed", "Remove the HTML tag or block (a warning: the text between tags is printed, the tags and HTML blocks are left out). Emphasis is written **fett**, *kursiv*; docs/markdown.md shows the text format.");

    /// <summary>An image in a text block: left out (ANT2041).</summary>
    public static readonly DiagnosticCode ImageInText = Define("ANT2041", "image in the text is not printed", "Remove the image (a warning: it is left out). A signature image belongs under 'unterzeichner' as 'unterschrift'; a picture belongs in an attachment.");

    /// <summary>A fenced code block: printed as plain lines (ANT2042).</summary>
    public static readonly DiagnosticCode CodeInText = Define("ANT2042", "code block printed as plain text", "Remove the ``` lines around the text (a warning: the lines are printed as a plain paragraph; a motion has no code font).");

    /// <summary>A heading deeper than ### (ANT2043).</summary>
    public static readonly DiagnosticCode HeadingTooDeep = Define("ANT2043", "heading level beyond ###", "Use #, ## or ### (a warning: a deeper heading is set like ###).");

    /// <summary>Quotes and lists nested too deeply (ANT2044).</summary>
    public static readonly DiagnosticCode NestedTooDeeply = Define("ANT2044", "quotes or lists nested too deeply", "Nest at most 8 quotes and lists (a warning: the markers beyond are printed as text).");

    /// <summary>A footnote reference without footnote text (ANT2045).</summary>
    public static readonly DiagnosticCode FootnoteWithoutText = Define("ANT2045", "footnote without text", "Add the footnote's text on a line of its own, '[^label]: text', or remove the reference (a warning: the reference is left out).");

    /// <summary>A thematic break (---) in a text block: left out (ANT2046).</summary>
    public static readonly DiagnosticCode RuleInText = Define("ANT2046", "horizontal rule is not printed", "Remove the line of ---, *** or ___ (a warning: it is left out); a heading (## …) separates parts of a text.");

    // ANT3xxx: profiles and templates.

    /// <summary>No fraktion.yaml was found for a motion.</summary>
    public static readonly DiagnosticCode ProfileNotFound = Define("ANT3001", "no faction profile found", "Create fraktion.yaml next to the motion or in a folder above it, or name it with 'profil:' in the motion.");

    /// <summary>A template produced a section the letterhead does not know.</summary>
    public static readonly DiagnosticCode UnknownTemplateSection = Define("ANT3002", "unknown section in template output", "In your own template, use only the sections listed in docs/templates.md.");

    /// <summary>A template name that is not a plain word, or a template that does not exist.</summary>
    public static readonly DiagnosticCode TemplateNotFound = Define("ANT3003", "template not found", "Use a template name that exists (built in, or a .sbn file in the templates folder beside fraktion.yaml); names are plain words, not paths.");

    /// <summary>A Scriban template that cannot be parsed or fails while it runs.</summary>
    public static readonly DiagnosticCode TemplateError = Define("ANT3004", "error in a template", "Correct the template at the line and column given; 'antrag render --format txt' shows what a template produces.");

    /// <summary>A template that exceeds a limit: too many steps, too long, too much text.</summary>
    public static readonly DiagnosticCode TemplateLimit = Define("ANT3010", "template exceeds a limit", "Look at the line given for a loop or a repetition that grows without end ('x' * 1000000, string.pad_left with a large width, a loop that builds a text). docs/limits.md lists the limits of a template run.");

    /// <summary>A template that includes itself, directly or through other templates.</summary>
    public static readonly DiagnosticCode TemplateCycle = Define("ANT3011", "template includes itself", "Remove the include the message names: a template that includes itself (or a template that includes it) would never end.");

    /// <summary>A motion (or profile) whose data is more than a built-in template prints.</summary>
    public static readonly DiagnosticCode TemplateDataLimit = Define("ANT3012", "motion too large for the template", "Shorten the list or text the message names; docs/limits.md lists how much a template prints.");

    // ANT4xxx: images and fonts.

    /// <summary>A logo or signature image that cannot be read or is not a usable SVG or PNG.</summary>
    public static readonly DiagnosticCode BadImage = Define("ANT4001", "image cannot be used", "Use an SVG or PNG file that opens in a browser; keep it within the limits in docs/limits.md.");

    /// <summary>A font file that cannot be used.</summary>
    public static readonly DiagnosticCode BadFont = Define("ANT4002", "font cannot be used", "Name TrueType or OpenType font files (.ttf, .otf) that exist; leave out 'schriften' to use the shipped fonts.");

    /// <summary>A character the fonts have no glyph for.</summary>
    public static readonly DiagnosticCode MissingGlyph = Define("ANT4003", "character missing from the font", "Name a font that has the character as fallback in the profile ('ersatz:' under 'schriften:'), or leave the character out (a warning: it is missing from the page).");

    /// <summary>An image larger than antrag draws: too many pixels, too many SVG elements (counting repeats), nested too deep.</summary>
    public static readonly DiagnosticCode ImageTooLarge = Define("ANT4010", "image too large", "Scale a PNG down (a logo needs no more than a few hundred pixels per centimetre), or simplify an SVG (fewer elements, fewer repeated <use> elements, less nesting). docs/limits.md lists the limits.");

    /// <summary>An SVG that refers to something outside itself: a file, an address, a style sheet, XML entities.</summary>
    public static readonly DiagnosticCode ImageReference = Define("ANT4011", "image refers to other files", "Put everything an SVG needs into the file itself: embed images as PNG or JPEG data: URIs, write styles into the SVG, remove the DOCTYPE's entity declarations.");

    // ANT5xxx: the page.

    /// <summary>A signer's entry (name and function) is taller than a page.</summary>
    public static readonly DiagnosticCode SignatureTooTall = Define("ANT5001", "signature block does not fit on a page", "Shorten the signer's name or 'funktion' the message points at: a signer's lines stay together, and they must fit on one page.");

    /// <summary>A row of a table (the Beratungsfolge, a table in a text, a synopsis) is taller than a page.</summary>
    public static readonly DiagnosticCode TableRowTooTall = Define("ANT5002", "table row does not fit on a page", "Shorten the cell the message points at: a table row is never split across pages.");

    /// <summary>The title, information block or contact block of page 1 leaves no room for the text.</summary>
    public static readonly DiagnosticCode LetterheadTooTall = Define("ANT5003", "letterhead too tall", "Shorten the value the message points at (the faction's name, an address line, the Vorlagennummer, …): page 1's letterhead holds a few short lines.");

    /// <summary>The return address of a DIN 5008 address field does not fit on two lines of the field at its least size (6 pt).</summary>
    public static readonly DiagnosticCode ReturnAddressTooWide = Define("ANT5004", "return address too long", "Shorten the faction's name or the address line the message points at: the return address is one line of 80 mm at 7 pt, set smaller down to 6 pt, and then on two lines at 6 pt in its 5 mm zone, no more; or write a shorter return address in the template (section '::: absender').");

    /// <summary>The recipient's address takes more lines than a DIN 5008 address field holds (nine).</summary>
    public static readonly DiagnosticCode RecipientTooLong = Define("ANT5005", "recipient address too long", "Shorten 'brief.empfaenger': the address field holds nine lines of 80 mm (six in the Anschriftzone, three more in the Zusatz- und Vermerkzone); join lines or leave out what the post does not need.");

    // ANT6xxx: outputs and builds.

    /// <summary>An output that cannot be written.</summary>
    public static readonly DiagnosticCode CannotWrite = Define("ANT6001", "output cannot be written", "Check that the output folder exists, can be written to and that the disk is not full.");

    /// <summary>An output that would overwrite an input or another output.</summary>
    public static readonly DiagnosticCode OutputClash = Define("ANT6002", "output would overwrite something", "Choose another output path with -o (or --combine): outputs never replace a motion, a profile, a template, an image, a font or another output.");

    /// <summary>A file that antrag new or amend would write exists already or has a wrong name.</summary>
    public static readonly DiagnosticCode NewFileExists = Define("ANT6003", "file exists already", "Choose another name with -o, or delete the existing file first; antrag new and amend never overwrite.");

    /// <summary>The build state cannot be read as JSON; everything is rendered again.</summary>
    public static readonly DiagnosticCode StateUnreadable = Define("ANT6004", "build state cannot be used", "Nothing to do: the build state (.antrag/build/) is written by antrag build; when it cannot be read, or describes another output folder, everything is rendered again (a warning). Do not edit it.");

    /// <summary>A build option that is missing or wrong (--base-url).</summary>
    public static readonly DiagnosticCode BuildOption = Define("ANT6005", "build option missing or wrong", "Give the option the message names, e.g. --base-url https://fraktion.example/antraege/ for --format oparl.");

    /// <summary>An output path that names a folder or a special file (a device, a pipe, a socket), which an output would replace.</summary>
    public static readonly DiagnosticCode OutputNotAFile = Define("ANT6010", "output is not a file", "Name a file with -o (or --combine): antrag replaces a file with its output, never a folder, a device such as /dev/null, a pipe or a socket.");

    /// <summary>The build state cannot be read or saved: a folder in its place, no permission, a full disk.</summary>
    public static readonly DiagnosticCode StateNotSaved = Define("ANT6011", "build state cannot be read or saved", "Check that the state file (--state, default .antrag/build/ in the current folder) is a file that can be read and written, and that the disk is not full. Without it the next build renders everything again.");

    /// <summary>The build state would be written into the output folder, which is published.</summary>
    public static readonly DiagnosticCode StateInOutput = Define("ANT6012", "build state inside the output folder", "Run the build from outside the output folder, or give --state a file outside it: the state names local paths and must not be published.");

    /// <summary>The outputs of a motion that failed were removed, so that nothing published contradicts the motion as it is now.</summary>
    public static readonly DiagnosticCode OutputsWithdrawn = Define("ANT6013", "outputs withdrawn", "Fix the motion's error; the next build renders it and publishes it again (a warning). A motion whose current state cannot be read keeps no PDF, no index entry and no OParl Paper.");

    // ANT7xxx: amendments and git.

    /// <summary>git cannot give the version asked for, or cannot be run.</summary>
    public static readonly DiagnosticCode Git = Define("ANT7001", "git cannot give the version", "Run antrag amend inside the git repository of the motion and name a commit, branch or tag and the path, e.g. HEAD~1:antraege/radverkehr.yaml.");

    /// <summary>The versions compared by antrag amend cannot be compared.</summary>
    public static readonly DiagnosticCode NothingToAmend = Define("ANT7002", "nothing to amend", "Edit the Beschlussentwurf of the changed version, or compare two different versions.");

    /// <summary>A remark on an amendment that was written (no line numbers, no Vorlagennummer, Begründung changed).</summary>
    public static readonly DiagnosticCode AmendNote = Define("ANT7003", "note on the amendment", "Read the note: e.g. switch on 'zeilennummern' so the cited lines can be found in the PDF (a warning).");

    // ANT8xxx: the command line.

    /// <summary>Options that do not fit together or a value an option does not take.</summary>
    public static readonly DiagnosticCode Usage = Define("ANT8001", "options do not fit together", "Leave out one of the options, as the hint says.");

    /// <summary>An option or argument whose value cannot be used: not a number, out of range, not one of the choices.</summary>
    public static readonly DiagnosticCode OptionValue = Define("ANT8010", "option value not valid", "Write the value in the form the message names, e.g. --dpi 150 or --shard 1/3; 'antrag COMMAND --help' lists every option with its values.");

    /// <summary>A command, option or argument antrag does not know.</summary>
    public static readonly DiagnosticCode UnknownOption = Define("ANT8011", "unknown command or option", "Correct the spelling; 'antrag --help' lists the commands and 'antrag COMMAND --help' the options of one.");

    /// <summary>A command, argument or option value that must be given is missing.</summary>
    public static readonly DiagnosticCode MissingOption = Define("ANT8012", "command, argument or value missing", "Give what the message names, e.g. the value after -o or the motion file after render; 'antrag COMMAND --help' shows the usage.");

    // ANT9xxx: antrag itself.

    /// <summary>antrag itself failed: a bug to report.</summary>
    public static readonly DiagnosticCode Internal = Define("ANT9001", "internal error", "A bug in antrag: run the command again with --verbose and report the output.");
}
