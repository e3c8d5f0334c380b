namespace Antrag;

/// <summary>
/// Every limit antrag puts on what it reads, in one place: the size of each kind of file, the budget of a template run, the
/// size of images. Each limit is far above what a real motion needs and low enough that no input can make antrag run for
/// more than seconds or use more than a few hundred megabytes. docs/limits.md lists them with the diagnostic each gives.
/// </summary>
public static class InputLimits
{
    private const long MiB = 1024 * 1024;

    /// <summary>The largest motion file (.yaml or .md): a motion has a few kilobytes.</summary>
    public const long MotionBytes = 2 * MiB;

    /// <summary>The largest profile (<c>fraktion.yaml</c>).</summary>
    public const long ProfileBytes = 2 * MiB;

    /// <summary>The largest template file (<c>.sbn</c>): the built-in ones have one or two kilobytes.</summary>
    public const long TemplateBytes = 256 * 1024;

    /// <summary>The largest logo or signature image file (SVG or PNG).</summary>
    public const long ImageBytes = 8 * MiB;

    /// <summary>The largest font file.</summary>
    public const long FontBytes = 32 * MiB;

    /// <summary>The largest of the file limits: what a file any of them names may have at most.</summary>
    public const long LargestFileBytes = FontBytes;

    /// <summary>The most pixels of a PNG image, or of all PNG and JPEG images inside one SVG together (4096 × 4096).</summary>
    public const long ImagePixels = 4096L * 4096;

    /// <summary>
    /// The most elements an SVG may draw, counting each element once more for every <c>&lt;use&gt;</c> or <c>url(#…)</c> that
    /// draws it again (and each marker once per point of its path).
    /// </summary>
    public const long SvgElements = 5_000;

    /// <summary>How deep the elements of an SVG may nest.</summary>
    public const int SvgDepth = 100;

    /// <summary>
    /// The most times one loop of a template may run, counting the runs of the loops inside it (so a list of the motion
    /// that a built-in template prints has at most this many entries).
    /// </summary>
    public const int TemplateLoopIterations = 10_000;

    /// <summary>How deep templates may include each other and functions call each other.</summary>
    public const int TemplateDepth = 50;

    /// <summary>The longest text a template may produce, and the longest text it may build on the way (characters).</summary>
    public const int TemplateTextChars = 2_500_000;

    /// <summary>
    /// The most characters of texts a template run may build, all together: every text an expression yields counts, so that
    /// a loop cannot build one large text after another.
    /// </summary>
    public const long TemplateWorkChars = 32_000_000;

    /// <summary>The most steps (expressions and statements evaluated) of one template run.</summary>
    public const long TemplateSteps = 1_000_000;

    /// <summary>
    /// The longest one template run may take: a last guard only. The other template limits (steps, loops, characters) stop
    /// every template long before and do so the same on every machine; a tighter time limit made the built-in template
    /// stop on a motion of 990 signers on a loaded machine (2 s), so the same input gave different results.
    /// </summary>
    public static readonly TimeSpan TemplateTime = TimeSpan.FromSeconds(30);

    /// <summary>The longest a regular expression in a template (regex.match, …) may take.</summary>
    public static readonly TimeSpan TemplateRegexTime = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long antrag waits for a file that reports 0 bytes to open: an empty file opens at once, a named pipe without a
    /// writer never does.
    /// </summary>
    public static readonly TimeSpan EmptyFileOpenTime = TimeSpan.FromSeconds(1);

    /// <summary>The most symbolic links followed to resolve one path.</summary>
    public const int LinkHops = 40;

    /// <summary>A size for messages: "2 MB", "256 KB".</summary>
    public static string Describe(long bytes) =>
        bytes >= MiB && bytes % MiB == 0
            ? (bytes / MiB).ToString(System.Globalization.CultureInfo.InvariantCulture) + " MB"
            : (bytes / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) + " KB";
}
