using System.Globalization;
using System.Text;
using Antrag.Diagnostics;

namespace Antrag.Fonts;

/// <summary>The four faces of a family (and a fallback face) subset to the characters of one document, ready for shaping and painting.</summary>
public sealed class FontSet : IDisposable
{
    /// <summary>
    /// Characters every subset keeps, whatever the text: printable ASCII, Latin-1 and the punctuation of German texts.
    /// Nearly every motion uses only these, so nearly every motion gets the same subset, made (and compressed for the PDF)
    /// once per run instead of once per motion; the PDF embeds a few more glyphs than the text uses.
    /// </summary>
    private static readonly int[] AlwaysKept =
    [
        .. Enumerable.Range(0x20, 0x7F - 0x20),
        .. Enumerable.Range(0xA0, 0x100 - 0xA0),
        0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026, 0x20AC, 0x2212,
    ];

    private readonly Lazy<FontFace>?[] faces;

    // The code points set in the fallback face: those of the text the regular face lacks and the fallback has.
    private readonly HashSet<int> fallbackCodePoints;
    private bool disposed;

    private FontSet(Lazy<FontFace>?[] faces, IReadOnlyList<int> missing, HashSet<int> fallbackCodePoints)
    {
        this.faces = faces;
        this.fallbackCodePoints = fallbackCodePoints;
        MissingCodePoints = missing;
    }

    /// <summary>The face of <paramref name="style"/>; the fallback face only when <see cref="UsesFallback"/>.</summary>
    public FontFace this[FontStyle style]
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return faces[FontFamilySource.Index(style)]?.Value ?? throw new InvalidOperationException("no fallback font is in use");
        }
    }

    /// <summary>Code points of the text (without control, format and default-ignorable characters) that neither the regular face nor the fallback face has a glyph for, in order of first use.</summary>
    public IReadOnlyList<int> MissingCodePoints { get; }

    /// <summary>Whether some characters of the text are set in the fallback face.</summary>
    public bool UsesFallback => fallbackCodePoints.Count > 0;

    /// <summary>The face that sets <paramref name="codePoint"/> in <paramref name="style"/>: the style's own, or the fallback face for a character the family lacks.</summary>
    public FontStyle FaceFor(FontStyle style, int codePoint) => fallbackCodePoints.Contains(codePoint) ? FontStyle.Fallback : style;

    /// <summary>
    /// Like <see cref="TryCreate"/>, for fonts known to work (the shipped ones): a font that cannot be subset is a bug here.
    /// </summary>
    public static FontSet Create(FontFamilySource source, string text) =>
        TryCreate(source, text) is { Value: { } fonts } ? fonts : throw new InvalidOperationException("the fonts cannot be subset");

    /// <summary>
    /// Subsets every face of <paramref name="source"/> to the code points of <paramref name="text"/> plus the digits,
    /// space and - , . / and loads the subsets for shaping and painting; a configured fallback font is subset to the
    /// characters of the text the regular face lacks (and not loaded when it lacks none). The same inputs give identical
    /// subsets. No value, and an error, if a configured font cannot be subset.
    /// </summary>
    public static Result<FontSet> TryCreate(FontFamilySource source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);

        // The distinct code points in order of first use (for the report of missing ones) and, for the subset, ascending.
        // Code points below U+0400 (Latin, Greek: nearly all) are marked in a table, the others hashed.
        var used = new List<int>();
        HashSet<int>? high = null;
        Span<bool> low = stackalloc bool[0x400];
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune))
            {
                continue;
            }

            var value = rune.Value;
            if (value < low.Length)
            {
                if (low[value])
                {
                    continue;
                }

                low[value] = true;
            }
            else if (!(high ??= []).Add(value))
            {
                continue;
            }

            // Format characters are hidden by HarfBuzz; space separators (such as U+00A0) fall back to the space glyph.
            // Default-ignorable code points (variation selectors, joiners) need no glyph either.
            if (Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Format or UnicodeCategory.SpaceSeparator) && !UnicodeNames.IsDefaultIgnorable(value))
            {
                used.Add(value);
            }
        }

        foreach (var c in AlwaysKept)
        {
            if (c < low.Length)
            {
                low[c] = true;
            }
            else
            {
                (high ??= []).Add(c);
            }
        }

        // U+00AD (soft hyphen) is a format character HarfBuzz hides; subsetting it only adds a glyph no text shows.
        low[0xAD] = false;

        var ascending = new List<int>(256 + (high?.Count ?? 0));
        for (var value = 0; value < low.Length; value++)
        {
            if (low[value])
            {
                ascending.Add(value);
            }
        }

        if (high is not null)
        {
            ascending.AddRange(high.Order());
        }

        var codePoints = ascending.ToArray();

        // A configured font file is subset at once, so a bad file is reported before layout starts; a shipped face
        // (known to work) only when the document uses its style: most motions never set a word in bold italic.
        var faces = new Lazy<FontFace>?[5];
        var errors = new List<Diagnostic>();
        try
        {
            foreach (var style in (FontStyle[])[FontStyle.Regular, FontStyle.Bold, FontStyle.Italic, FontStyle.BoldItalic])
            {
                var face = new Lazy<FontFace>(
                    () => Load(source, style, codePoints, out var error) ?? throw new InvalidOperationException(error?.Message ?? $"the shipped {style} font cannot be subset"),
                    LazyThreadSafetyMode.ExecutionAndPublication);
                if (style == FontStyle.Regular || source.GetPath(style) is not null)
                {
                    if (Load(source, style, codePoints, out var error) is { } loaded)
                    {
                        face = new Lazy<FontFace>(loaded);
                    }
                    else
                    {
                        errors.Add(error!);
                    }
                }

                faces[FontFamilySource.Index(style)] = face;
            }
        }
        catch
        {
            Release(faces);
            throw;
        }

        if (errors.Count > 0)
        {
            Release(faces);
            return new Result<FontSet>(null, errors);
        }

        var regular = faces[FontFamilySource.Index(FontStyle.Regular)]!.Value;
        var missing = used.Where(cp => !regular.HasGlyph(cp)).ToArray();
        var inFallback = new HashSet<int>();
        if (missing.Length > 0 && source.HasFallback)
        {
            // Only what the family lacks: a fallback font must not change how the family's own characters look.
            if (Load(source, FontStyle.Fallback, [.. missing.Order()], out var error) is not { } fallback)
            {
                Release(faces);
                return new Result<FontSet>(null, [error!]);
            }

            inFallback.UnionWith(missing.Where(fallback.HasGlyph));
            if (inFallback.Count > 0)
            {
                faces[FontFamilySource.Index(FontStyle.Fallback)] = new Lazy<FontFace>(fallback);
                missing = [.. missing.Where(cp => !inFallback.Contains(cp))];
            }
            else
            {
                fallback.Release();
            }
        }

        return new Result<FontSet>(new FontSet(faces, missing, inFallback), []);
    }

    /// <summary>Releases the typefaces and HarfBuzz fonts of all four faces.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        Release(faces);
    }

    private static void Release(Lazy<FontFace>?[] faces)
    {
        foreach (var face in faces)
        {
            if (face is { IsValueCreated: true })
            {
                face.Value.Release();
            }
        }
    }

    /// <summary>The face of <paramref name="style"/> subset to <paramref name="codePoints"/>; null, with the error, when it cannot be subset.</summary>
    private static FontFace? Load(FontFamilySource source, FontStyle style, int[] codePoints, out Diagnostic? error)
    {
        error = null;
        var subset = source.Subset(style, codePoints);
        if (subset is null || HbFace.GlyphCount(subset) <= 0)
        {
            var path = source.GetPath(style) ?? "(shipped font)";
            error = new Diagnostic(
                DiagnosticCodes.BadFont,
                Severity.Error,
                SourceSpan.InFile(path),
                $"font file '{Path.GetFileName(path)}' cannot be subset (TrueType or OpenType expected)");
            return null;
        }

        return new FontFace(style, source.GetFamilyName(style), subset, codePoints, source.Widths(style));
    }
}
