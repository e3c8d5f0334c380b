using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Layout;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;
using SkiaSharp;

namespace Antrag.Tests.Render;

/// <summary>What a faction can configure: profile location, logo, fonts, contact placement, its own templates.</summary>
public sealed class ProfileFeatureTests
{
    private const string Motion = """
        vorlagennummer: 1/24
        datum: 01.02.2024
        oeffentlich: false
        betreff: Ein Betreff
        beschlussentwurf: Ein Beschluss.
        unterzeichner:
          - name: Erika Muster
        """;

    private static string Profile(string extra = "") => $"""
        name: Testfraktion
        rat: Rat der Stadt Teststadt
        stadt: Teststadt
        anschrift: [Rathausplatz 1, 11111 Teststadt]
        {extra}
        """;

    private static (RenderedMotion? Rendered, DiagnosticBag Diagnostics) Run(string motionPath)
    {
        var diagnostics = new DiagnosticBag();
        return (diagnostics.Take(Pipeline.Render(motionPath)), diagnostics);
    }

    private static List<string> Texts(RenderedMotion r) =>
        r.Layout.Pages.SelectMany(p => p.Items.OfType<TextItem>()).Select(t => t.Text).ToList();

    [Fact]
    public void The_profile_is_found_in_a_parent_folder_and_nichtoeffentlich_is_marked()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile());
        Directory.CreateDirectory(dir.File("2024/rat"));
        File.WriteAllText(dir.File("2024/rat/a.yaml"), Motion);

        var (rendered, diagnostics) = Run(dir.File("2024/rat/a.yaml"));

        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        using (rendered)
        {
            var texts = Texts(rendered);
            Assert.Contains("Antrag der Testfraktion im Rat der Stadt Teststadt", texts);
            Assert.Contains("-nichtöffentlich-", texts);
            Assert.Contains("Teststadt, 01.02.2024", texts);
        }
    }

    [Fact]
    public void A_png_logo_is_placed_and_painted()
    {
        using var dir = new TempFolder();
        using (var bitmap = new SKBitmap(200, 100))
        {
            bitmap.Erase(new SKColor(200, 0, 0));
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(dir.File("logo.png"), data.ToArray());
        }

        File.WriteAllText(dir.File("fraktion.yaml"), Profile("logo: logo.png\nlogobreite: 40"));
        File.WriteAllText(dir.File("a.yaml"), Motion);

        var (rendered, diagnostics) = Run(dir.File("a.yaml"));

        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        using (rendered)
        {
            var logo = Assert.Single(rendered.Layout.Pages[0].Items.OfType<ImageItem>());
            Assert.False(logo.Image.IsSvg);
            Assert.Equal(40, Units.ToMm(logo.Width), 1);
            Assert.Equal(20, Units.ToMm(logo.Height), 1);
            using var page = SKBitmap.Decode(PngExporter.Export(rendered.Layout, 72)[0]);
            var centre = page.GetPixel((int)(logo.X + (logo.Width / 2)), (int)(logo.Y + (logo.Height / 2)));
            Assert.True(centre.Red > 150 && centre.Green < 60, $"logo colour at its centre: {centre}");
        }
    }

    [Fact]
    public void A_logo_that_is_not_an_image_is_reported_at_the_logo_key()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("logo.svg"), "this is not svg");
        File.WriteAllText(dir.File("fraktion.yaml"), Profile("logo: logo.svg"));
        File.WriteAllText(dir.File("a.yaml"), Motion);

        var (rendered, diagnostics) = Run(dir.File("a.yaml"));

        Assert.Null(rendered);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.EndsWith("fraktion.yaml(5,1)", error.Span.ToString(), StringComparison.Ordinal);
        Assert.Contains("'logo.svg' is not a readable SVG image", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_font_files_are_used_instead_of_the_shipped_ones()
    {
        using var dir = new TempFolder();
        var bold = Path.Combine(RepoPaths.Root, "fonts", "carlito", "Carlito-Bold.ttf");
        File.Copy(bold, dir.File("Eigene-Regular.ttf"));
        File.WriteAllText(dir.File("fraktion.yaml"), Profile("schriften:\n  normal: Eigene-Regular.ttf"));
        File.WriteAllText(dir.File("a.yaml"), Motion);

        var (rendered, diagnostics) = Run(dir.File("a.yaml"));

        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        using (rendered)
        {
            var body = PdfText.Lines(PdfExporter.Export(rendered.Layout)).First(l => l.Text == "Ein Beschluss.");
            Assert.All(body.Letters, l => Assert.Contains("Carlito-Bold", l.FontName, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_footer_placement_puts_the_contact_block_below_the_body()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile("kontaktblock: fusszeile"));
        File.WriteAllText(dir.File("a.yaml"), Motion);

        var (rendered, diagnostics) = Run(dir.File("a.yaml"));

        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        using (rendered)
        {
            var items = rendered.Layout.Pages[0].Items.OfType<TextItem>().ToList();
            var address = items.Single(t => t.Text == "Rathausplatz 1");
            var body = items.Single(t => t.Text == "Ein Beschluss.");
            Assert.True(address.Baseline > body.Baseline + 100, "the contact block stands at the foot of the page");
            Assert.True(address.Baseline > Units.Mm(250));
        }
    }

    [Fact]
    public void A_template_beside_the_profile_overrides_the_built_in_one()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile());
        File.WriteAllText(dir.File("a.yaml"), Motion);
        Directory.CreateDirectory(dir.File("templates"));
        File.WriteAllText(dir.File("templates/antrag.sbn"), """
            ::: titel
            Dringender Antrag von {{ fraktion.name }}
            ::: inhalt
            Die {{ fraktion.rat }} möge beschließen:

            {{ antrag.beschlussentwurf }}
            """);

        var (rendered, diagnostics) = Run(dir.File("a.yaml"));

        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        using (rendered)
        {
            var texts = Texts(rendered);
            Assert.Contains("Dringender Antrag von Testfraktion", texts);
            Assert.Contains("Die Rat der Stadt Teststadt möge beschließen:", texts);
        }
    }

    [Fact]
    public void A_template_error_is_reported_with_the_template_file_line_and_column()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile());
        File.WriteAllText(dir.File("a.yaml"), Motion);
        Directory.CreateDirectory(dir.File("templates"));
        File.WriteAllText(dir.File("templates/antrag.sbn"), "::: titel\nAntrag {{ for x in }}\n{{ end }}\n");

        var (rendered, diagnostics) = Run(dir.File("a.yaml"));

        Assert.Null(rendered);
        var error = diagnostics.Items.First(d => d.Severity == Severity.Error);
        Assert.EndsWith(Path.Combine("templates", "antrag.sbn"), error.Span.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Span.Line);
        Assert.StartsWith("template: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_may_not_include_a_file_outside_the_template_folders()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile());
        File.WriteAllText(dir.File("a.yaml"), Motion);
        Directory.CreateDirectory(dir.File("templates"));
        File.WriteAllText(dir.File("templates/antrag.sbn"), "::: titel\n{{ include '../a.yaml' }}\n");

        var (rendered, diagnostics) = Run(dir.File("a.yaml"));

        Assert.Null(rendered);
        Assert.Contains(diagnostics.Items, d => d.Message.Contains("include '../a.yaml' refused", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_may_include_another_template_by_name()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile());
        File.WriteAllText(dir.File("a.yaml"), Motion);
        Directory.CreateDirectory(dir.File("templates"));
        File.WriteAllText(dir.File("templates/kopf.sbn"), "Gemeinsamer Kopf");
        File.WriteAllText(dir.File("templates/antrag.sbn"), "::: titel\n{{ include 'kopf' }}\n");

        var (rendered, diagnostics) = Run(dir.File("a.yaml"));

        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        using (rendered)
        {
            Assert.Contains("Gemeinsamer Kopf", Texts(rendered));
        }
    }

    [Fact]
    public void An_edited_template_or_include_is_used_at_the_next_render_of_the_same_process()
    {
        // Parsed templates are shared by the renders of a process (build, watch); an edit must still show.
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile());
        File.WriteAllText(dir.File("a.yaml"), Motion);
        Directory.CreateDirectory(dir.File("templates"));
        File.WriteAllText(dir.File("templates/kopf.sbn"), "Erster Kopf");
        File.WriteAllText(dir.File("templates/antrag.sbn"), "::: titel\n{{ include 'kopf' }}\n");
        string Title()
        {
            var (rendered, diagnostics) = Run(dir.File("a.yaml"));
            Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
            using (rendered)
            {
                return string.Join(" ", Texts(rendered).Where(t => t.Contains("Kopf", StringComparison.Ordinal)));
            }
        }

        Assert.Contains("Erster Kopf", Title(), StringComparison.Ordinal);
        File.WriteAllText(dir.File("templates/kopf.sbn"), "Zweiter Kopf");
        Assert.Contains("Zweiter Kopf", Title(), StringComparison.Ordinal);
        File.WriteAllText(dir.File("templates/antrag.sbn"), "::: titel\nNeuer {{ include 'kopf' }}\n");
        Assert.Contains("Neuer Zweiter Kopf", Title(), StringComparison.Ordinal);

        // A broken include is reported as before, also after its good version was parsed.
        File.WriteAllText(dir.File("templates/kopf.sbn"), "{{ for x in }}");
        var (broken, problems) = Run(dir.File("a.yaml"));
        Assert.Null(broken);
        Assert.Contains(problems.Items, d => d.Severity == Severity.Error && d.Message.StartsWith("template: ", StringComparison.Ordinal));
    }
}
