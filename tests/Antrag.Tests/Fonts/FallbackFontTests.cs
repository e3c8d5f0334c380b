using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Fonts;
using Antrag.Layout;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Fonts;

/// <summary>A fallback font named in the profile (<c>schriften.ersatz</c>) sets the characters the family lacks, and only those.</summary>
public sealed class FallbackFontTests
{
    /// <summary>A subset of Noto Sans Symbols 2 (OFL) with ❗ ➡ ✔ ☎ ✉ ★ 👍 ⭐ ☑ and the space.</summary>
    private static readonly string Symbols = Path.Combine(RepoPaths.Root, "tests", "Antrag.Tests", "Fonts", "Fixtures", "NotoSansSymbols2-Subset.ttf");

    private const string Motion = """
        datum: 01.02.2024
        betreff: Klimaschutz ❗ jetzt
        beschlussentwurf: |
          Weiter ➡ zum **Rathaus ➡ fett** und *kursiv ☎* 👍 Ende.
        unterzeichner:
          - name: Erika Muster
        """;

    private static string Profile(bool fallback) => """
        name: Testfraktion
        rat: Rat der Stadt Teststadt
        stadt: Teststadt
        anschrift: [Rathausplatz 1, 11111 Teststadt]

        """ + (fallback ? "schriften:\n  ersatz: schriften/Symbole.ttf\n" : string.Empty);

    private static (byte[]? Pdf, DiagnosticBag Diagnostics) Render(TempFolder dir, string motion, bool fallback)
    {
        Directory.CreateDirectory(dir.File("schriften"));
        File.Copy(Symbols, dir.File(Path.Combine("schriften", "Symbole.ttf")), overwrite: true);
        File.WriteAllText(dir.File("fraktion.yaml"), Profile(fallback));
        File.WriteAllText(dir.File("a.yaml"), motion);
        var diagnostics = new DiagnosticBag();
        using var rendered = diagnostics.Take(Pipeline.Render(dir.File("a.yaml")));
        return (rendered is null ? null : PdfExporter.Export(rendered.Layout), diagnostics);
    }

    [Fact]
    public void Characters_the_family_lacks_are_set_in_the_fallback_font_and_read_back()
    {
        using var dir = new TempFolder();
        var (pdf, diagnostics) = Render(dir, Motion, fallback: true);

        Assert.True(pdf is not null, string.Join("\n", diagnostics.Items));
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.MissingGlyph);
        var lines = PdfText.Lines(pdf);
        var subject = lines.Single(l => l.Text.Contains("Klimaschutz", StringComparison.Ordinal));
        Assert.Equal("Klimaschutz ❗ jetzt", subject.Text);
        var body = lines.Single(l => l.Text.StartsWith("Weiter", StringComparison.Ordinal));
        Assert.Equal("Weiter ➡ zum Rathaus ➡ fett und kursiv ☎ 👍 Ende.", body.Text);

        // The symbols in the fallback font, every other letter in the family's face of its style.
        var symbols = new HashSet<string>(StringComparer.Ordinal) { "❗", "➡", "☎", "👍" };
        foreach (var letter in subject.Letters.Concat(body.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)))
        {
            var expected = symbols.Contains(letter.Value) ? "NotoSansSymbols2" : "Carlito";
            Assert.True(letter.FontName?.Contains(expected, StringComparison.Ordinal) == true, $"'{letter.Value}' is in {letter.FontName}, expected {expected}");
        }

        // Set in line, between the words around them, on the same baseline.
        var arrow = body.Letters.First(l => l.Value == "➡");
        var before = body.Letters.Last(l => l.Value == "r" && l.StartBaseLine.X < arrow.StartBaseLine.X);
        var after = body.Letters.First(l => l.Value == "z");
        Assert.True(before.EndBaseLine.X < arrow.StartBaseLine.X && arrow.EndBaseLine.X < after.StartBaseLine.X);
        Assert.Equal(before.StartBaseLine.Y, arrow.StartBaseLine.Y, 0.01);
        Assert.True(arrow.Width > 3, "the arrow has a glyph of its own (width " + arrow.Width + ")");
    }

    [Fact]
    public void Without_the_fallback_the_symbols_are_missing_and_named()
    {
        using var dir = new TempFolder();
        var (pdf, diagnostics) = Render(dir, Motion, fallback: false);

        Assert.NotNull(pdf);
        var warned = diagnostics.Items.Where(d => d.Code == DiagnosticCodes.MissingGlyph).Select(d => d.Message).ToList();
        Assert.Equal(4, warned.Count);
        Assert.Contains(warned, m => m.Contains("U+2757 HEAVY EXCLAMATION MARK SYMBOL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_character_missing_from_both_fonts_is_named_with_its_position()
    {
        using var dir = new TempFolder();
        var (pdf, diagnostics) = Render(dir, "datum: 01.02.2024\nbetreff: Herz ❤ und ➡\nbeschlussentwurf: E\n", fallback: true);

        Assert.NotNull(pdf);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.MissingGlyph);
        Assert.Equal("neither the font nor the fallback font has a glyph for '❤' (U+2764 HEAVY BLACK HEART); it will be missing from the page", warning.Message);
        Assert.Equal((2, 15), (warning.Span.Line, warning.Span.Column));
        Assert.Contains("Herz  und ➡", PdfText.Lines(pdf).Select(l => l.Text));
    }

    [Fact]
    public void A_fallback_that_is_not_needed_changes_no_byte()
    {
        const string plain = "datum: 01.02.2024\nbetreff: Ein Betreff\nbeschlussentwurf: Ein Beschluss – ohne Symbole.\n";
        using var with = new TempFolder();
        using var without = new TempFolder();

        var (a, da) = Render(with, plain, fallback: true);
        var (b, db) = Render(without, plain, fallback: false);

        Assert.True(a is not null && b is not null, string.Join("\n", da.Items.Concat(db.Items)));
        Assert.Equal(b, a);
    }

    [Fact]
    public void The_fallback_font_is_a_file_the_motion_depends_on()
    {
        using var dir = new TempFolder();
        Render(dir, Motion, fallback: true);
        var diagnostics = new DiagnosticBag();
        var loaded = diagnostics.Take(Pipeline.Load(dir.File("a.yaml")));

        Assert.NotNull(loaded);
        var dependencies = MotionDependencies.Of(loaded, Path.GetFullPath(dir.File("a.yaml")));
        Assert.Contains((Path.GetFullPath(dir.File(Path.Combine("schriften", "Symbole.ttf"))), false), dependencies);
    }

    [Fact]
    public void The_fallback_face_sets_only_what_the_family_lacks()
    {
        var source = FontFamilySource.FromFiles(null, null, null, null).Value!;
        Assert.False(source.HasFallback);

        var family = FontFamilySource.FromFiles(new Antrag.Read.FontFiles(null, null, null, null) { Fallback = Symbols }, null).Value!;
        Assert.True(family.HasFallback);
        using var fonts = FontSet.Create(family, "A★ ❤");

        Assert.True(fonts.UsesFallback);
        Assert.Equal([0x2764], fonts.MissingCodePoints);
        Assert.Equal(FontStyle.Fallback, fonts.FaceFor(FontStyle.Bold, '★'));
        Assert.Equal(FontStyle.Bold, fonts.FaceFor(FontStyle.Bold, 'A'));
        Assert.Equal(FontStyle.Bold, fonts.FaceFor(FontStyle.Bold, ' '));
        Assert.Equal("Noto Sans Symbols2", fonts[FontStyle.Fallback].FamilyName);
    }

    [Fact]
    public void A_symbol_with_a_variation_selector_is_shaped_as_one_cluster_in_the_fallback_face()
    {
        using var dir = new TempFolder();
        var (pdf, diagnostics) = Render(dir, "datum: 01.02.2024\nbetreff: \"Achtung ❗\\uFE0F Jetzt\"\nbeschlussentwurf: E\n", fallback: true);

        Assert.True(pdf is not null, string.Join("\n", diagnostics.Items));
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.MissingGlyph);
        var line = PdfText.Lines(pdf).Single(l => l.Text.StartsWith("Achtung", StringComparison.Ordinal));
        var mark = line.Letters.Single(l => l.Value.StartsWith('❗'));
        Assert.Contains("NotoSansSymbols2", mark.FontName, StringComparison.Ordinal);
        Assert.Equal("Achtung ❗ Jetzt", line.Text.Replace("\uFE0F", string.Empty, StringComparison.Ordinal));
    }
}
