using Antrag.Diagnostics;
using Antrag.Fonts;

namespace Antrag.Tests.Fonts;

public sealed class FontFamilySourceTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("antrag-fonts-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void ShippedFacesAreTheCarlitoFilesAndProbeAsCarlito()
    {
        var styles = new[] { FontStyle.Regular, FontStyle.Bold, FontStyle.Italic, FontStyle.BoldItalic };
        for (var i = 0; i < styles.Length; i++)
        {
            var bytes = FontFamilySource.Shipped.GetBytes(styles[i]).ToArray();
            Assert.Equal(File.ReadAllBytes(Path.Combine(Infrastructure.RepoPaths.Root, "fonts", "carlito", FontFamilySource.ShippedFiles[i])), bytes);
            Assert.Equal(FontFamilySource.ShippedFamilyName, FontFamilySource.Probe(bytes));
            Assert.Equal(FontFamilySource.ShippedFamilyName, FontFamilySource.Shipped.GetFamilyName(styles[i]));
        }
    }

    [Fact]
    public void NonFontFileIsRejected()
    {
        var path = Path.Combine(directory, "notes.ttf");
        File.WriteAllText(path, "This is not a font, just some text that is long enough to look like a file.");

        var e = FontFamilySource.FromFiles(path, null, null, null);
        Assert.Null(e.Value);
        var d = e.Diagnostics[0];
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(path, d.Span.File);
        Assert.Contains("notes.ttf", d.Message, StringComparison.Ordinal);
        Assert.Contains("not a font", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFileIsRejected()
    {
        var path = Path.Combine(directory, "empty.otf");
        File.WriteAllBytes(path, []);

        var e = FontFamilySource.FromFiles(null, null, path, null);
        Assert.Null(e.Value);
        Assert.Contains("not a font", e.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsRejected()
    {
        var path = Path.Combine(directory, "Gibtsnicht-Bold.ttf");

        var e = FontFamilySource.FromFiles(null, path, null, null);
        Assert.Null(e.Value);
        var d = e.Diagnostics[0];
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(path, d.Span.File);
        Assert.Contains("Gibtsnicht-Bold.ttf", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBadFileIsReported()
    {
        var text = Path.Combine(directory, "a.ttf");
        File.WriteAllText(text, "no font here, sorry, not at all");
        var missing = Path.Combine(directory, "b.ttf");

        var e = FontFamilySource.FromFiles(text, missing, null, null);
        Assert.Null(e.Value);
        Assert.Equal(2, e.Diagnostics.Count);
    }

    [Fact]
    public void ConfiguredFilesAreUsedAndNullMeansShipped()
    {
        var path = Path.Combine(directory, "Custom-Regular.ttf");
        var bold = FontFamilySource.Shipped.GetBytes(FontStyle.Bold).ToArray();
        File.WriteAllBytes(path, bold);

        var source = FontFamilySource.FromFiles(path, null, null, null).Value!;
        Assert.Equal(bold, source.GetBytes(FontStyle.Regular).ToArray());
        Assert.True(FontFamilySource.Shipped.GetBytes(FontStyle.Italic).Equals(source.GetBytes(FontStyle.Italic)));

        using var fonts = FontSet.Create(source, "Antrag");
        Assert.Equal("Carlito", fonts[FontStyle.Regular].FamilyName);
        Assert.Empty(fonts.MissingCodePoints);
        var regular = fonts[FontStyle.Regular].Measure("Antrag", 11);
        using var shipped = FontSet.Create(FontFamilySource.Shipped, "Antrag");
        Assert.Equal(shipped[FontStyle.Bold].Measure("Antrag", 11), regular);
    }
}
