using System.Text.Json;
using Antrag.Tests.Infrastructure;
using System.Text.RegularExpressions;
using Antrag.Build;
using SkiaSharp;

namespace Antrag.Tests.Build;

/// <summary>The samples built once with PDF, PNG and text, plus a motion whose Betreff holds HTML's special characters.</summary>
public sealed class IndexBuild : IDisposable
{
    public const string Special = "Tempo <30> & \"Sicherheit\" vor 'Schulen'";

    public IndexBuild()
    {
        Box = BuildSandbox.WithSamples();
        var schulwege = File.ReadAllText(Box.In("musterstadt/antrag-schulwege.yaml"));
        var betreff = schulwege.Split('\n').First(l => l.StartsWith("betreff:", StringComparison.Ordinal));
        Box.Write("musterstadt/sonderzeichen.yaml", schulwege.Replace(betreff, "betreff: '" + Special.Replace("'", "''", StringComparison.Ordinal) + "'", StringComparison.Ordinal));
        Result = Box.Build(o => o with { Formats = BuildFormats.Pdf | BuildFormats.Png | BuildFormats.Txt, Dpi = Builder.ThumbnailDpi }).Result;
        Html = File.ReadAllText(Box.Output(Builder.IndexHtmlFileName));
        Json = JsonDocument.Parse(File.ReadAllBytes(Box.Output(Builder.IndexJsonFileName))).RootElement.GetProperty("antraege").EnumerateArray().ToList();
    }

    public BuildSandbox Box { get; }

    public BuildResult Result { get; }

    public string Html { get; }

    public List<JsonElement> Json { get; }

    public void Dispose() => Box.Dispose();
}

/// <summary><c>index.html</c> and <c>index.json</c>: every motion, sorted by date, with links that work and text that is escaped.</summary>
public sealed partial class IndexTests(IndexBuild build) : IClassFixture<IndexBuild>
{
    [Fact]
    public void The_json_lists_every_motion_newest_first_with_its_data()
    {
        Assert.Equal(build.Result.Motions.Select(m => m.Motion.RelativePath).Order(StringComparer.Ordinal), build.Json.Select(e => e.GetProperty("quelle").GetString()).Order(StringComparer.Ordinal));
        var dates = build.Json.Select(e => e.TryGetProperty("datum", out var d) ? d.GetString() : null).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);

        var krefeld = build.Json.Single(e => e.GetProperty("quelle").GetString() == "krefeld/antrag-4493-23-A.yaml");
        Assert.Equal("4493/23 A", krefeld.GetProperty("vorlagennummer").GetString());
        Assert.Equal("2023-02-28", krefeld.GetProperty("datum").GetString());
        Assert.Equal("antrag", krefeld.GetProperty("art").GetString());
        Assert.Equal("krefeld/antrag-4493-23-A.pdf", krefeld.GetProperty("pdf").GetString());
        Assert.Equal("krefeld/antrag-4493-23-A.txt", krefeld.GetProperty("txt").GetString());
        Assert.Equal("krefeld/antrag-4493-23-A.thumb.png", krefeld.GetProperty("vorschau").GetString());
        Assert.True(krefeld.GetProperty("oeffentlich").GetBoolean());
        Assert.NotEmpty(krefeld.GetProperty("unterzeichner").EnumerateArray());
        Assert.Equal(krefeld.GetProperty("seiten").GetInt32(), krefeld.GetProperty("png").GetArrayLength());
    }

    [Fact]
    public void Every_link_and_image_of_the_page_points_to_an_output()
    {
        var targets = Links().Matches(build.Html).Select(m => Uri.UnescapeDataString(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))).ToList();

        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.True(File.Exists(build.Box.Output(t)), t));
        foreach (var entry in build.Json)
        {
            Assert.Contains("\"" + entry.GetProperty("vorschau").GetString() + "\"", build.Html, StringComparison.Ordinal);
            Assert.Contains("\"" + entry.GetProperty("pdf").GetString() + "\"", build.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_page_is_plain_and_fits_a_phone()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"de\">", build.Html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", build.Html, StringComparison.Ordinal);
        Assert.Contains("@media(max-width:30rem)", build.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", build.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", build.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(build.Json.Count, Regex.Matches(build.Html, "<li>").Count);
        Assert.Contains("<time datetime=\"2023-02-28\">28.02.2023</time>", build.Html, StringComparison.Ordinal);
        Assert.True(build.Html.Length < 2_000 * build.Json.Count, "small page");
    }

    [Fact]
    public void Text_is_escaped()
    {
        Assert.Contains("Tempo &lt;30&gt; &amp; &quot;Sicherheit&quot; vor &#39;Schulen&#39;", build.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<30>", build.Html, StringComparison.Ordinal);
        Assert.Equal(IndexBuild.Special, build.Json.Single(e => e.GetProperty("quelle").GetString() == "musterstadt/sonderzeichen.yaml").GetProperty("betreff").GetString());
    }

    [Fact]
    public void Thumbnails_are_small_pictures_of_page_one()
    {
        foreach (var entry in build.Json)
        {
            var thumbnail = File.ReadAllBytes(build.Box.Output(entry.GetProperty("vorschau").GetString()!));
            using var thumb = SKBitmap.Decode(thumbnail);
            // Sharp where the index shows it: at least twice its 84 × 119 CSS pixels (a phone shows it at 56 × 79).
            Assert.Equal((174, 246), (thumb.Width, thumb.Height));
            Assert.True(thumb.Width >= 2 * 84 && thumb.Height >= 2 * 119);
            Assert.Equal(SKAlphaType.Opaque, thumb.AlphaType);

            // The same picture as page 1 exported at the same resolution, up to glyphs placed on whole pixels (the reference
            // differs in under 1 % of its pixels; a blank page would differ in about 8 %).
            var page = File.ReadAllBytes(build.Box.Output(entry.GetProperty("png")[0].GetString()!));
            var compared = ImageCompare.Compare(page, thumbnail, channelTolerance: 48);
            Assert.True(compared.SameSize);
            Assert.True(compared.DifferentRatio < 0.03, $"{entry.GetProperty("quelle")}: {compared.DifferentRatio:P1} of the pixels differ from page 1");
        }
    }

    [Fact]
    public void Drafts_and_nonpublic_motions_are_marked()
    {
        var draft = build.Json.Single(e => e.GetProperty("quelle").GetString() == "musterstadt/brief-antrag-buergerhaus.yaml");
        Assert.True(draft.GetProperty("entwurf").GetBoolean());
        Assert.Matches("Sanierung des Bürgerhauses Nord[^<]*</a></h2>", build.Html);
        Assert.Contains("<strong>Entwurf</strong>", build.Html, StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]+)\"")]
    private static partial Regex Links();
}
