using Antrag.Diagnostics;
using SkiaSharp;

namespace Antrag.Fonts;

/// <summary>The four font files of a family, and an optional fallback font, as raw bytes before subsetting.</summary>
public sealed class FontFamilySource
{
    private static readonly Lazy<FontFamilySource> ShippedFamily = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The family name of the shipped faces.</summary>
    internal const string ShippedFamilyName = "Carlito";

    /// <summary>The shipped font files (embedded as <c>fonts/NAME</c>) in the order regular, bold, italic, bold italic.</summary>
    internal static readonly string[] ShippedFiles = ["Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf"];

    /// <summary>The number of faces: the four styles and the fallback.</summary>
    private const int FaceCount = 5;

    private const int MaxSharedWidths = 200_000;

    private const int MaxSubsets = 64;

    private readonly ReadOnlyMemory<byte>[] bytes;
    private readonly string?[] paths;
    private readonly string[] familyNames;

    // The widths measured in each style (see Widths).
    private readonly BoundedCache<(string Text, float Size), float>[] widths;

    // The subsets made of each style, by their code points (see Subset).
    private readonly BoundedCache<string, byte[]?>[] subsets;

    private FontFamilySource(ReadOnlyMemory<byte>[] bytes, string?[] paths, string[] familyNames, BoundedCache<(string Text, float Size), float>?[]? widths = null)
    {
        this.bytes = bytes;
        this.paths = paths;
        this.familyNames = familyNames;
        this.widths = [.. Enumerable.Range(0, FaceCount).Select(i => widths?[i] ?? new BoundedCache<(string Text, float Size), float>(MaxSharedWidths))];
        subsets = [.. Enumerable.Range(0, FaceCount).Select(_ => new BoundedCache<string, byte[]?>(MaxSubsets, StringComparer.Ordinal))];
    }

    /// <summary>The Carlito faces embedded in this assembly, loaded once.</summary>
    public static FontFamilySource Shipped => ShippedFamily.Value;

    /// <summary>
    /// Loads the configured font files; a null path means the shipped face for that style. No value, and an error for each,
    /// when a file is missing, unreadable or not a font.
    /// </summary>
    public static Result<FontFamilySource> FromFiles(string? regular, string? bold, string? italic, string? boldItalic) =>
        FromFiles(new Read.FontFiles(regular, bold, italic, boldItalic), null);

    /// <summary>
    /// Loads the configured font files of <paramref name="files"/> (null: the shipped face of that style; no fallback font
    /// unless one is named), which must lie in <paramref name="allowed"/> (null: anywhere).
    /// </summary>
    internal static Result<FontFamilySource> FromFiles(Read.FontFiles files, Read.AllowedFolders? allowed)
    {
        var shipped = Shipped;
        string?[] paths = [files.Regular, files.Bold, files.Italic, files.BoldItalic, files.Fallback];
        var bytes = new ReadOnlyMemory<byte>[FaceCount];
        var names = new string[FaceCount];
        var widths = new BoundedCache<(string Text, float Size), float>?[FaceCount];
        var errors = new List<Diagnostic>();
        for (var i = 0; i < FaceCount; i++)
        {
            var path = paths[i];
            if (path is null)
            {
                bytes[i] = shipped.bytes[i];
                names[i] = shipped.familyNames[i];
                widths[i] = shipped.widths[i];
                continue;
            }

            var diagnostic = TryLoad(path, allowed, out var data, out names[i]);
            bytes[i] = data;
            if (diagnostic is not null && !errors.Exists(e => e.Span == diagnostic.Span))
            {
                errors.Add(diagnostic);
            }
        }

        return errors.Count > 0 ? new Result<FontFamilySource>(null, errors) : new Result<FontFamilySource>(new FontFamilySource(bytes, paths, names, widths), []);
    }

    /// <summary>Whether a fallback font is configured.</summary>
    public bool HasFallback => GetPath(FontStyle.Fallback) is not null;

    /// <summary>The font file of <paramref name="style"/> (for the shipped faces, where the program holds them; empty for a fallback not configured).</summary>
    public ReadOnlyMemory<byte> GetBytes(FontStyle style) => bytes[Index(style)];

    /// <summary>
    /// The advance widths of texts measured in <paramref name="style"/>, shared by every document set in this family: a
    /// subset that has a glyph for each character of a text (and the text has no combining marks) measures it exactly as
    /// the whole font does, so a build shapes each such word once, not once per motion.
    /// </summary>
    internal BoundedCache<(string Text, float Size), float> Widths(FontStyle style) => widths[Index(style)];

    /// <summary>
    /// The font of <paramref name="style"/> subset to <paramref name="codePoints"/> (ascending), or null if HarfBuzz cannot
    /// subset it. Subsets are remembered: every document with the same characters gets the same array, so what is derived
    /// from a subset (its PDF font program) is made once.
    /// </summary>
    internal byte[]? Subset(FontStyle style, int[] codePoints)
    {
        var key = new System.Text.StringBuilder(codePoints.Length);
        foreach (var cp in codePoints)
        {
            if (cp < 0x10000)
            {
                key.Append((char)cp);
            }
            else
            {
                key.Append(char.ConvertFromUtf32(cp));
            }
        }

        return subsets[Index(style)].GetOrAdd(key.ToString(), static (_, s) => HbSubset.Subset(s.Source.GetBytes(s.Style).Span, s.CodePoints), (Source: this, Style: style, CodePoints: codePoints));
    }

    /// <summary>The configured path of <paramref name="style"/>, or null for the shipped face.</summary>
    internal string? GetPath(FontStyle style) => paths[Index(style)];

    /// <summary>The family name of <paramref name="style"/>'s full (not subset) font, e.g. "Carlito".</summary>
    internal string GetFamilyName(FontStyle style) => familyNames[Index(style)];

    internal static int Index(FontStyle style) => style switch
    {
        FontStyle.Regular => 0,
        FontStyle.Bold => 1,
        FontStyle.Italic => 2,
        FontStyle.BoldItalic => 3,
        FontStyle.Fallback => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "unknown font style"),
    };

    /// <summary>
    /// Checks that <paramref name="data"/> is a font both HarfBuzz and Skia can read and that it has glyphs;
    /// returns its family name, or null if it is not a usable font.
    /// </summary>
    internal static string? Probe(byte[] data)
    {
        if (data.Length < 12)
        {
            return null;
        }

        if (HbFace.GlyphCount(data) <= 0)
        {
            return null;
        }

        using var skData = SKData.CreateCopy(data);
        using var typeface = SKTypeface.FromData(skData);
        if (typeface is null || typeface.GlyphCount <= 0)
        {
            return null;
        }

        var name = typeface.FamilyName;
        return string.IsNullOrWhiteSpace(name) ? "(unnamed)" : name;
    }

    private static Diagnostic? TryLoad(string path, Read.AllowedFolders? allowed, out byte[] data, out string familyName)
    {
        data = [];
        familyName = string.Empty;
        var at = SourceSpan.InFile(path);
        var fileName = Path.GetFileName(path);
        var (bytes, refusal) = Read.SafeFile.Read(path, InputLimits.FontBytes, allowed);
        if (refusal is not null)
        {
            return refusal.Code == DiagnosticCodes.FileNotFound
                ? new Diagnostic(DiagnosticCodes.FileNotFound, Severity.Error, at, $"font file '{fileName}' not found", "check the font paths in the faction profile (relative to its folder)")
                : new Diagnostic(refusal.Code, Severity.Error, at, refusal.Message($"font file '{fileName}'"), refusal.Hint);
        }

        data = bytes!;
        if (data.Length >= 12 && new Pdf.SfntFile(data).IsCidKeyedCff)
        {
            return new Diagnostic(
                DiagnosticCodes.BadFont,
                Severity.Error,
                at,
                $"font file '{fileName}' has CID-keyed outlines (as CJK fonts do), which antrag cannot embed in a PDF",
                "use a TrueType (.ttf) or a Latin OpenType (.otf) font");
        }

        var name = Probe(data);
        if (name is null)
        {
            return new Diagnostic(DiagnosticCodes.BadFont, Severity.Error, at, $"font file '{fileName}' is not a font (TrueType or OpenType expected)");
        }


        familyName = name;
        return null;
    }

    /// <summary>
    /// Reads the embedded Carlito files. They are not probed on every start (a test probes them): the family name is
    /// known, and each probe would copy the file twice more.
    /// </summary>
    private static FontFamilySource LoadShipped()
    {
        var bytes = new ReadOnlyMemory<byte>[FaceCount];
        for (var i = 0; i < ShippedFiles.Length; i++)
        {
            bytes[i] = EmbeddedData.Get("fonts/" + ShippedFiles[i]);
        }

        return new FontFamilySource(bytes, new string?[FaceCount], [ShippedFamilyName, ShippedFamilyName, ShippedFamilyName, ShippedFamilyName, string.Empty]);
    }
}
