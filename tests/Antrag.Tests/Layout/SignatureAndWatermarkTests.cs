using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Layout;
using Antrag.Read;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Layout;

/// <summary>Layout of the signature block (side by side, wrapping, groups, images) and of the draft mark.</summary>
public sealed class SignatureAndWatermarkTests
{
    private static readonly FactionProfile Profile = new()
    {
        SourcePath = "fraktion.yaml",
        Name = "Testfraktion",
        Council = "Rat der Stadt Teststadt",
        City = "Teststadt",
    };

    private static RenderedMotion Render(Motion motion, params FactionProfile[] coSponsors)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = diagnostics.Take(Pipeline.Render(new LoadedMotion(motion, Profile, coSponsors)));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        return rendered;
    }

    private static Motion Motion(params Signer[] signers) => new()
    {
        SourcePath = "m.yaml",
        Date = new DateOnly(2024, 1, 2),
        Subject = "Betreff",
        DraftResolution = "Beschluss.",
        Signers = signers,
    };

    private static TextItem Item(RenderedMotion r, string text) =>
        r.Layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().Single(t => t.Text == text);

    [Fact]
    public void Five_signers_stand_three_side_by_side_then_wrap_to_a_second_row()
    {
        using var r = Render(Motion([.. Enumerable.Range(1, 5).Select(i => new Signer($"Person {i}", "Mitglied"))]));
        var names = Enumerable.Range(1, 5).Select(i => Item(r, $"Person {i}")).ToList();
        Assert.Equal(names[0].Baseline, names[1].Baseline);
        Assert.Equal(names[0].Baseline, names[2].Baseline);
        Assert.True(names[0].X < names[1].X && names[1].X < names[2].X);
        Assert.True(names[3].Baseline > names[0].Baseline + 20);
        Assert.Equal(names[0].X, names[3].X);
        Assert.Equal(names[1].X, names[4].X);
    }

    [Fact]
    public void Joint_motion_signers_are_grouped_under_their_faction()
    {
        var partner = Profile with { SourcePath = "p.yaml", Name = "Partnerfraktion" };
        using var r = Render(Motion(new Signer("Anna A", null), new Signer("Bert B", null, "Partnerfraktion")), partner);
        var leadLabel = Item(r, "Testfraktion");
        var partnerLabel = Item(r, "Partnerfraktion");
        var anna = Item(r, "Anna A");
        var bert = Item(r, "Bert B");
        Assert.True(leadLabel.Baseline < anna.Baseline && anna.Baseline < partnerLabel.Baseline && partnerLabel.Baseline < bert.Baseline);
        Assert.Equal(Antrag.Fonts.FontStyle.Bold, leadLabel.Style);
    }

    [Fact]
    public void A_signature_image_stands_above_the_name_and_no_gez_is_printed()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("sig.svg"), """<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><path d="M0 30 L120 10" stroke="#000" stroke-width="3"/></svg>""");
        using var r = Render(Motion(new Signer("Anna A", "Vorsitzende", null, dir.File("sig.svg"))) with { SourcePath = dir.File("m.yaml") });
        var image = Assert.Single(r.Layout.Pages[0].Items.OfType<ImageItem>());
        var name = Item(r, "Anna A");
        Assert.True(image.Y + image.Height <= name.Baseline - 8, "the image ends above the name");
        Assert.Equal(name.X, image.X);
        Assert.DoesNotContain(r.Layout.Pages[0].Items.OfType<TextItem>(), t => t.Text == "gez.");
    }

    [Fact]
    public void A_draft_carries_a_faint_rotated_entwurf_on_every_page_beneath_the_text()
    {
        var longText = string.Join("\n\n", Enumerable.Repeat("Ein langer Absatz mit vielen Wörtern, der die Seite füllt und immer weiter geht, bis der Platz nicht mehr reicht.", 40));
        using var r = Render(Motion(new Signer("Anna A", null)) with { IsDraft = true, DraftResolution = longText });
        Assert.True(r.Layout.Pages.Count >= 2);
        foreach (var page in r.Layout.Pages)
        {
            var mark = Assert.IsType<ShapeItem>(page.Items[0]);
            Assert.Equal("ENTWURF", mark.Label);
            Assert.True(mark.Color.R > 200, "the mark is light grey");

            // Turned: the outline's extent is tall as well as wide, and it lies about the page's centre.
            var xs = mark.Points.Where((_, i) => i % 2 == 0).ToList();
            var ys = mark.Points.Where((_, i) => i % 2 == 1).ToList();
            Assert.True(ys.Max() - ys.Min() > 200, "the mark runs diagonally");
            Assert.InRange((xs.Max() + xs.Min()) / 2, (page.Width / 2) - 40, (page.Width / 2) + 40);
            Assert.InRange((ys.Max() + ys.Min()) / 2, (page.Height / 2) - 40, (page.Height / 2) + 40);
        }

        // The watermark's letters are no text: the PDF's text is the same as without it.
        var pdf = PdfExporter.Export(r.Layout);
        using var plain = Render(Motion(new Signer("Anna A", null)) with { DraftResolution = longText });
        Assert.Equal(PdfText.Lines(PdfExporter.Export(plain.Layout)).Select(l => l.Text), PdfText.Lines(pdf).Select(l => l.Text));

        // The PNG shows it: light grey pixels about the page's centre, where the page without it is white.
        using var drawn = SkiaSharp.SKBitmap.Decode(PngExporter.Export(r.Layout, 36)[1]);
        using var blank = SkiaSharp.SKBitmap.Decode(PngExporter.Export(plain.Layout, 36)[1]);
        var grey = 0;
        for (var y = drawn.Height / 3; y < drawn.Height * 2 / 3; y++)
        {
            for (var x = drawn.Width / 4; x < drawn.Width * 3 / 4; x++)
            {
                grey += drawn.GetPixel(x, y) != blank.GetPixel(x, y) && drawn.GetPixel(x, y).Red is > 200 and < 250 ? 1 : 0;
            }
        }

        Assert.True(grey > 200, $"{grey} grey pixels of the watermark");
        Assert.Equal(PngExporter.Export(r.Layout, 36), PngExporter.Export(r.Layout, 36));
    }
}
