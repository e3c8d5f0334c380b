using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Render;

/// <summary>
/// Same input, same bytes, wherever the repository lies: every sample copied into two folders whose names hold letters the
/// motions never use gives the same PDF and text from both (a CI runner's checkout and a laptop's clone agree).
/// </summary>
public sealed class LocationIndependenceTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("antrag-orte-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Every_sample_renders_to_the_same_bytes_from_two_differently_named_folders()
    {
        var first = Copy(Path.Combine(root, "QQQ Ablage", "XXX"));
        var second = Copy(Path.Combine(root, "jjj", "Ω Kopie ZZZ"));
        var motions = Directory.EnumerateFiles(first, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "fraktion.yaml")
            .Select(f => Path.GetRelativePath(first, f))
            .ToList();
        Assert.True(motions.Count >= 10);
        foreach (var motion in motions)
        {
            var (pdfA, txtA) = Render(Path.Combine(first, motion));
            var (pdfB, txtB) = Render(Path.Combine(second, motion));
            Assert.True(pdfA.AsSpan().SequenceEqual(pdfB), motion + ": the PDF depends on the folder it was rendered in");
            Assert.Equal(txtA, txtB);
        }
    }

    [Fact]
    public void Text_that_only_looks_like_an_image_reference_in_the_body_is_drawn_with_all_its_characters()
    {
        var folder = Copy(Path.Combine(root, "eins"));
        var motion = Path.Combine(folder, "krefeld", "antrag-4493-23-A.yaml");
        File.WriteAllText(motion, File.ReadAllText(motion).Replace(
            "begruendung: |\n  Die CDU-Fraktion",
            // Escaped: an image in the text is left out (ANT2041); written as text, every character is drawn.
            "begruendung: |\n  Siehe !\\[Lageplan\\](plan.png) im Anhang. Die CDU-Fraktion",
            StringComparison.Ordinal));

        var diagnostics = new DiagnosticBag();
        using var rendered = diagnostics.Take(Pipeline.Render(motion));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        Assert.DoesNotContain(diagnostics.Items, d => d.Message.Contains("no glyph", StringComparison.Ordinal));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(PdfExporter.Export(rendered.Layout));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("![Lageplan](plan.png)", text, StringComparison.Ordinal);
    }

    private static (byte[] Pdf, string Txt) Render(string path)
    {
        var diagnostics = new DiagnosticBag();
        using var rendered = diagnostics.Take(Pipeline.Render(path));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        return (PdfExporter.Export(rendered.Layout), TextExporter.Export(rendered.LetterheadText, rendered.Layout, rendered.HasLineNumbers));
    }

    private static string Copy(string target)
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Samples, file);
            if (relative.StartsWith("ci", StringComparison.Ordinal) || file.EndsWith(".pdf", StringComparison.Ordinal) || file.EndsWith(".png", StringComparison.Ordinal))
            {
                continue;
            }

            var to = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }
}
