using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Layout;
using Antrag.Pdf.Tests;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;
using Antrag.Tests.Render;
using UglyToad.PdfPig;

namespace Antrag.Tests.Export;

/// <summary>Our PDF writer against the frames it paints: every glyph and image where layout put it.</summary>
public sealed partial class PdfWriterTests
{
    /// <summary>Renders a sample (its path below samples/, with slashes) or any motion file (an absolute path).</summary>
    private static RenderedMotion Render(string sample)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = diagnostics.Take(Pipeline.Render(Path.IsPathRooted(sample) ? sample : RepoPaths.Sample(sample.Split('/'))));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        return rendered;
    }

    [Theory]
    [MemberData(nameof(SampleGoldenTests.Samples), MemberType = typeof(SampleGoldenTests))]
    public void Every_glyph_stands_where_layout_put_it(string sample)
    {
        using var rendered = Render(sample);
        var pdf = PdfExporter.Export(rendered.Layout);
        using var doc = PdfDocument.Open(pdf);
        Assert.Equal(rendered.Layout.Pages.Count, doc.NumberOfPages);
        for (var p = 0; p < rendered.Layout.Pages.Count; p++)
        {
            var frame = rendered.Layout.Pages[p];

            // Expected baseline origins, derived here from the frame (rotation clockwise on screen, y down), in PDF space.
            var expected = new List<(double X, double Y)>();
            foreach (var t in frame.Items.OfType<TextItem>())
            {
                var angle = t.Rotation * Math.PI / 180;
                for (var i = 0; i < t.Run.Glyphs.Length; i++)
                {
                    if (t.Run.Glyphs[i] != 0)
                    {
                        var x = t.X + (t.Run.X[i] * Math.Cos(angle)) - (t.Run.Y[i] * Math.Sin(angle));
                        var y = t.Baseline + (t.Run.X[i] * Math.Sin(angle)) + (t.Run.Y[i] * Math.Cos(angle));
                        expected.Add((x, frame.Height - y));
                    }
                }
            }

            Letters.StandAt(doc.GetPage(p + 1).Letters, expected, $"page {p + 1}, ");
        }
    }

    [Theory]
    [InlineData("krefeld/antrag-4493-23-A.yaml")]
    [InlineData("musterstadt/brief-antrag-buergerhaus.yaml")]
    public void Every_image_covers_its_place_on_the_page(string sample)
    {
        using var rendered = Render(sample);
        var pdf = Encoding.Latin1.GetString(PdfExporter.Export(rendered.Layout));
        var frame = rendered.Layout.Pages[0];
        var images = frame.Items.OfType<ImageItem>().ToList();
        Assert.NotEmpty(images);

        var page = PageObject().Match(pdf);
        var content = Inflate(StreamOf(pdf, int.Parse(page.Groups[1].Value, CultureInfo.InvariantCulture)));
        var placements = Placement().Matches(content);
        Assert.Equal(images.Count, placements.Count);
        for (var i = 0; i < images.Count; i++)
        {
            var m = placements[i];
            double N(int g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
            var (sx, sy, tx, ty) = (N(1), N(2), N(3), N(4));
            var form = int.Parse(Regex.Match(pdf, "/" + m.Groups[5].Value + @" (\d+) 0 R").Groups[1].Value, CultureInfo.InvariantCulture);
            var box = BoundingBox().Match(pdf, pdf.IndexOf(form + " 0 obj\n", StringComparison.Ordinal));
            double B(int g) => double.Parse(box.Groups[g].Value, CultureInfo.InvariantCulture);

            // The form's box on the page (y up) against the image's rectangle from layout (y down).
            var (left, bottom, right, top) = (tx + (sx * B(1)), ty + (sy * B(2)), tx + (sx * B(3)), ty + (sy * B(4)));
            var item = images[i];
            var (wantLeft, wantRight, wantTop, wantBottom) = (item.X, item.X + item.Width, frame.Height - item.Y, frame.Height - item.Y - item.Height);
            Assert.True(left <= wantLeft + 0.01 && right >= wantRight - 0.01 && top >= wantTop - 0.01 && bottom <= wantBottom + 0.01, $"image {i}: box ({left}, {bottom})–({right}, {top}) does not cover ({wantLeft}, {wantBottom})–({wantRight}, {wantTop})");
            Assert.True(left > wantLeft - 0.5 && right < wantRight + 0.5 && top < wantTop + 0.5 && bottom > wantBottom - 0.5, $"image {i}: box ({left}, {bottom})–({right}, {top}) reaches far beyond ({wantLeft}, {wantBottom})–({wantRight}, {wantTop})");
        }
    }

    [Fact]
    public void Subsets_of_other_characters_have_other_tags_and_the_same_subset_the_same_tag()
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample("krefeld"));
        var motion = dir.File("antrag-4493-23-A.yaml");
        var other = dir.File("andere-zeichen.yaml");
        File.WriteAllText(other, File.ReadAllText(motion).Replace("ganzheitlich denken", "ganzheitlich denken ≥ Ωmega łódź", StringComparison.Ordinal));
        using var a = Render(motion);
        using var again = Render(motion);
        using var b = Render(other);

        var tags = Fonts(PdfExporter.Export(a.Layout));
        Assert.Equal(["Carlito", "Carlito-Bold"], tags.Keys);
        Assert.Equal(tags, Fonts(PdfExporter.Export(again.Layout)));
        var otherTags = Fonts(PdfExporter.Export(b.Layout));
        Assert.Equal(tags.Keys, otherTags.Keys);
        Assert.All(tags.Keys, font => Assert.NotEqual(tags[font], otherTags[font]));

        // One PDF of both holds both subsets of each font, told apart by their tags.
        var both = Encoding.Latin1.GetString(PdfExporter.ExportCombined([PdfPart.Of(a), PdfPart.Of(b)]));
        var names = BaseFont().Matches(both).Select(m => m.Groups[1].Value + "+" + m.Groups[2].Value).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, names.Count);
        Assert.Equal(2, names.Count(n => n.EndsWith("+Carlito", StringComparison.Ordinal)));
    }

    /// <summary>The subset tag of each font of <paramref name="pdf"/>, by font name.</summary>
    private static SortedDictionary<string, string> Fonts(byte[] pdf) =>
        new(BaseFont().Matches(Encoding.Latin1.GetString(pdf)).DistinctBy(m => m.Groups[2].Value).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value), StringComparer.Ordinal);

    [Fact]
    public void A_font_file_with_cid_keyed_outlines_is_refused_with_a_clear_error()
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample("krefeld"));
        var font = SyntheticFonts.CidKeyed();
        File.WriteAllBytes(dir.File("cjk.otf"), font);
        var probe = FontFamilyProbe(dir.File("cjk.otf"));
        Assert.Contains("CID-keyed", probe, StringComparison.Ordinal);
    }

    private static string FontFamilyProbe(string path)
    {
        var result = Antrag.Fonts.FontFamilySource.FromFiles(path, null, null, null);
        return result.Value is not null ? "accepted" : string.Join("\n", result.Diagnostics);
    }

    private static string StreamOf(string pdf, int number)
    {
        var at = pdf.IndexOf(number + " 0 obj\n", StringComparison.Ordinal);
        var length = int.Parse(Regex.Match(pdf[at..], @"/Length (\d+)>>\nstream\n").Groups[1].Value, CultureInfo.InvariantCulture);
        var data = pdf.IndexOf(">>\nstream\n", at, StringComparison.Ordinal) + ">>\nstream\n".Length;
        return pdf.Substring(data, length);
    }

    private static string Inflate(string latin1)
    {
        using var input = new MemoryStream(Encoding.Latin1.GetBytes(latin1));
        using var z = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        z.CopyTo(output);
        return Encoding.Latin1.GetString(output.ToArray());
    }

    [GeneratedRegex(@"/BaseFont /([A-Z]{6})\+([\w-]+)")]
    private static partial Regex BaseFont();

    [GeneratedRegex(@"/Type /Page /Parent \d+ 0 R .*? /Contents (\d+) 0 R")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"q (\S+) 0 0 (\S+) (\S+) (\S+) cm /(X\d+) Do Q")]
    private static partial Regex Placement();

    [GeneratedRegex(@"/BBox \[(\S+) (\S+) (\S+) (\S+)\]")]
    private static partial Regex BoundingBox();
}
