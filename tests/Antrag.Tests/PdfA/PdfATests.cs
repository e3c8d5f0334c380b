using System.Text;
using System.Text.RegularExpressions;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;
using Antrag.Tests.Render;
using UglyToad.PdfPig;

namespace Antrag.Tests.PdfA;

/// <summary>Every PDF is PDF/A-2a and PDF/UA-1 as far as <see cref="PdfAChecker"/> can tell, with deterministic identifiers and metadata from the motion.</summary>
public sealed partial class PdfATests
{
    private static RenderedMotion Render(string path, bool allowWarnings = false)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = diagnostics.Take(Pipeline.Render(path));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        if (!allowWarnings)
        {
            Assert.Empty(diagnostics.Items);
        }

        return rendered;
    }

    private static byte[] Pdf(string path)
    {
        using var rendered = Render(path);
        return PdfExporter.Export(rendered.Layout);
    }

    private static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    private static string Xmp(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        Assert.True(doc.TryGetXmpMetadata(out var xmp));
        return Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
    }

    private static string TrailerId(byte[] pdf) => TrailerIdPattern().Match(Latin1(pdf)).Groups[1].Value;

    [Theory]
    [MemberData(nameof(SampleGoldenTests.Samples), MemberType = typeof(SampleGoldenTests))]
    public void Every_sample_passes_the_self_check_and_renders_to_the_same_bytes_twice(string sample)
    {
        var path = Path.Combine(RepoPaths.Samples, sample);
        var pdf = Pdf(path);
        Assert.Empty(PdfAChecker.Check(pdf));
        Assert.Equal(pdf, Pdf(path));
    }

    [Fact]
    public void The_document_id_is_a_hash_of_the_content_written_to_the_trailer_and_the_xmp()
    {
        var krefeld = Pdf(RepoPaths.Sample("krefeld", "antrag-4493-23-A.yaml"));
        var other = Pdf(RepoPaths.Sample("musterstadt", "antrag-schulwege.yaml"));
        var id = TrailerId(krefeld);
        Assert.Matches("^[0-9A-F]{32}$", id);
        Assert.NotEqual(id, TrailerId(other));
        Assert.Matches($"/ID \\[<{id}> <{id}>\\]", Latin1(krefeld));
        var uuid = $"uuid:{id[..8]}-{id[8..12]}-{id[12..16]}-{id[16..20]}-{id[20..]}".ToLowerInvariant();
        var xmp = Xmp(krefeld);
        Assert.Contains($"<xmpMM:DocumentID>{uuid}</xmpMM:DocumentID>", xmp, StringComparison.Ordinal);
        Assert.Contains($"<xmpMM:InstanceID>{uuid}</xmpMM:InstanceID>", xmp, StringComparison.Ordinal);

        // The ID is the XXH128 of the file with the ID written as zeros (and the UUID's version 8 and variant bits set).
        var blank = Latin1(krefeld).Replace(id, new string('0', 32), StringComparison.Ordinal)
            .Replace(uuid, "uuid:00000000-0000-0000-0000-000000000000", StringComparison.Ordinal);
        var hash = System.IO.Hashing.XxHash128.Hash(Encoding.Latin1.GetBytes(blank));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        Assert.Equal(Convert.ToHexString(hash), id);
    }

    [Fact]
    public void A_betreff_with_control_characters_gives_well_formed_xmp_that_agrees_with_the_info()
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample("krefeld"));
        var path = dir.File("antrag-4493-23-A.yaml");

        // YAML's escapes in a double-quoted scalar put NUL, BEL and ESC into the Betreff.
        var yaml = File.ReadAllText(path);
        var betreff = yaml.IndexOf("betreff: |", StringComparison.Ordinal);
        var next = yaml.IndexOf("beschlussentwurf:", betreff, StringComparison.Ordinal);
        File.WriteAllText(path, yaml[..betreff] + "betreff: \"Steuer\\0zeichen\\a im\\e Betreff\"\n" + yaml[next..]);
        using var rendered = Render(path, allowWarnings: true);
        // The reader leaves control characters out (with a warning); the writer would drop them from XMP and Info as well.
        Assert.Equal("Steuerzeichen im Betreff", rendered.Layout.Info.Title);
        var pdf = PdfExporter.Export(rendered.Layout);

        // XmlReader checks characters and well-formedness as XML 1.0 demands: an ill-formed packet throws.
        string? title = null;
        using (var reader = System.Xml.XmlReader.Create(new StringReader(Xmp(pdf)), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit }))
        {
            while (reader.Read())
            {
                if (reader.NodeType == System.Xml.XmlNodeType.Element && reader.LocalName == "title")
                {
                    title = System.Xml.Linq.XElement.Load(reader.ReadSubtree()).Value;
                }
            }
        }

        Assert.Equal("Steuerzeichen im Betreff", title);
        using (var doc = PdfDocument.Open(pdf))
        {
            Assert.Equal("Steuerzeichen im Betreff", doc.Information.Title);
        }

        Assert.Empty(PdfAChecker.Check(pdf));
    }

    [Fact]
    public void Info_and_xmp_carry_the_motion_date_as_creation_and_modification_date()
    {
        var pdf = Pdf(RepoPaths.Sample("krefeld", "antrag-4493-23-A.yaml"));
        using (var doc = PdfDocument.Open(pdf))
        {
            Assert.Equal("D:20230228000000+00'00'", doc.Information.CreationDate);
            Assert.Equal("D:20230228000000+00'00'", doc.Information.ModifiedDate);
            Assert.Equal("antrag " + Pipeline.Version, doc.Information.Producer);
        }

        var xmp = Xmp(pdf);
        Assert.Contains("<xmp:CreateDate>2023-02-28T00:00:00+00:00</xmp:CreateDate>", xmp, StringComparison.Ordinal);
        Assert.Contains("<xmp:ModifyDate>2023-02-28T00:00:00+00:00</xmp:ModifyDate>", xmp, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", xmp, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", xmp, StringComparison.Ordinal);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undated_draft_has_no_dates_at_all_rather_than_year_one()
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample("musterstadt"));
        var motion = dir.File("brief-antrag-buergerhaus.yaml");
        File.WriteAllLines(motion, File.ReadAllLines(motion).Where(l => !l.StartsWith("datum:", StringComparison.Ordinal)));
        var pdf = Pdf(motion);
        Assert.Empty(PdfAChecker.Check(pdf));
        using (var doc = PdfDocument.Open(pdf))
        {
            Assert.Null(doc.Information.CreationDate);
            Assert.Null(doc.Information.ModifiedDate);
        }

        Assert.DoesNotContain("Date", Xmp(pdf), StringComparison.Ordinal);
        Assert.DoesNotContain("D:0001", Latin1(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Transparency_from_a_translucent_svg_logo_and_a_png_signature_with_alpha_stays_within_pdf_a_2a()
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample("krefeld"));
        File.WriteAllText(dir.File("logo.svg"), """
            <svg xmlns="http://www.w3.org/2000/svg" width="160" height="120" viewBox="0 0 160 120">
              <rect x="0" y="0" width="160" height="120" rx="10" fill="#1f3a68" opacity="0.5"/>
              <circle cx="80" cy="60" r="40" fill="#ff0000" fill-opacity="0.4"/>
              <g opacity="0.6"><rect x="10" y="10" width="50" height="50" fill="#00ff00"/><rect x="30" y="30" width="50" height="50" fill="#0000ff"/></g>
            </svg>
            """);
        File.WriteAllBytes(dir.File("unterschrift.png"), TranslucentPng());
        var motion = dir.File("antrag-4493-23-A.yaml");
        File.WriteAllText(motion, File.ReadAllText(motion).Replace("  - name: Philibert Reuters\n", "  - name: Philibert Reuters\n    unterschrift: unterschrift.png\n", StringComparison.Ordinal));

        var pdf = Pdf(motion);

        var raw = Latin1(pdf);
        Assert.Contains("/S /Transparency", raw, StringComparison.Ordinal);
        Assert.Contains("/SMask", raw, StringComparison.Ordinal);
        Assert.Matches(@"/ca \.4\b", raw);
        Assert.Empty(PdfAChecker.Check(pdf));
    }

    [Fact]
    public void A_character_the_font_lacks_is_warned_about_and_left_out_rather_than_shown_as_notdef()
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample("krefeld"));
        var motion = dir.File("antrag-4493-23-A.yaml");
        var yaml = File.ReadAllText(motion);
        File.WriteAllText(motion, Regex.Replace(yaml, "(?m)^betreff: .*(\\n  .*)*", "betreff: Haken ✓ gesetzt"));
        var diagnostics = new DiagnosticBag();
        using var rendered = diagnostics.Take(Pipeline.Render(motion));
        Assert.NotNull(rendered);
        Assert.Contains(diagnostics.Items, d => d.Severity == Severity.Warning && d.Message.Contains('✓', StringComparison.Ordinal));

        var pdf = PdfExporter.Export(rendered.Layout);

        Assert.Empty(PdfAChecker.Check(pdf));
        Assert.Contains(PdfText.Lines(pdf), l => PdfText.Collapse(l.Text).Contains("Haken gesetzt", StringComparison.Ordinal));
    }

    [Fact]
    public void Xml_special_characters_in_the_betreff_keep_the_xmp_well_formed_and_equal_to_the_info_title()
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample("krefeld"));
        var motion = dir.File("antrag-4493-23-A.yaml");
        File.WriteAllText(motion, Regex.Replace(File.ReadAllText(motion), "(?m)^betreff: .*(\\n  .*)*", "betreff: 'Kunst & Kultur <jetzt> \"sofort\"'"));
        var pdf = Pdf(motion);
        Assert.Empty(PdfAChecker.Check(pdf));
        using var doc = PdfDocument.Open(pdf);
        Assert.Contains("Kunst & Kultur <jetzt>", doc.Information.Title, StringComparison.Ordinal);
    }

    /// <summary>The checker itself: each damage to a good file is reported under its rule.</summary>
    [Theory]
    [InlineData("/FontFile2", "/FontFileX", "6.2.11.4.1: font ??????+Carlito-Bold has no embedded font program")]
    [InlineData("<pdfaid:part>2<", "<pdfaid:part>3<", "6.6.4: pdfaid:part is '3', not 2")]
    [InlineData("/S /GTS_PDFA1", "/S /GTS_PDFX1", "6.2.3: the catalog has no PDF/A output intent")]
    [InlineData("/Author (CDU-Fraktion)", "/Author (CDU-Fraktiom)", "6.6: Info /Author 'CDU-Fraktiom' differs from dc:creator [CDU-Fraktion]")]
    [InlineData("/Resources <</Font", "/Resources <</ExtGState <</G1 <</BM /Foobar>>>> /Font", "6.2.10: page 1 graphics state")]
    [InlineData("/W [0 [506.836 226.074", "/W [0 [506.836 326.074", "6.2.11.5: font ??????+Carlito-Bold: glyph 1 is 326.074 wide in /W but 226.074 in the font program")]
    [InlineData("<xmp:CreateDate>2023-02-28", "<xmp:CreateDate>2023-02-27", "6.6: Info /CreationDate 'D:20230228000000+00'00'' differs from xmp:CreateDate")]
    [InlineData("%PDF-1.7", "%PDF-1.9", "6.1.2: the file does not begin with %PDF-1.n")]
    public void The_checker_reports_a_damaged_file(string from, string to, string expected)
    {
        var good = Latin1(Pdf(RepoPaths.Sample("krefeld", "antrag-4493-23-A.yaml")));
        Assert.Contains(from, good, StringComparison.Ordinal);
        var damaged = Encoding.Latin1.GetBytes(ReplaceFirst(good, from, to));

        var problems = PdfAChecker.Check(damaged);

        // ?????? stands for the six capitals of a subset tag.
        var pattern = "^" + Regex.Escape(expected).Replace(@"\?\?\?\?\?\?", "[A-Z]{6}", StringComparison.Ordinal);
        Assert.Contains(problems, p => Regex.IsMatch(p, pattern));
    }

    [Fact]
    public void The_checker_reports_encryption_a_missing_or_foreign_id_and_a_wrong_stream_length()
    {
        // Our files end in a cross-reference stream: the ID and /Encrypt are read from its dictionary.
        var raw = Latin1(Pdf(RepoPaths.Sample("krefeld", "antrag-4493-23-A.yaml")));
        var xref = raw.LastIndexOf("/Type /XRef", StringComparison.Ordinal);
        Assert.True(xref > 0);
        Assert.Contains(PdfAChecker.Check(Encoding.Latin1.GetBytes(raw[..xref] + TrailerIdPattern().Replace(raw[xref..], string.Empty))), p => p.StartsWith("6.1.3: the trailer has no /ID", StringComparison.Ordinal));
        Assert.Contains(PdfAChecker.Check(Encoding.Latin1.GetBytes(raw[..xref] + "/Type /XRef /Encrypt 1 0 R" + raw[(xref + 11)..])), p => p.StartsWith("6.1.3: the trailer has /Encrypt", StringComparison.Ordinal));

        // The same file with a table and a trailer.
        var good = Latin1(PdfSurgery.Edit(Pdf(RepoPaths.Sample("krefeld", "antrag-4493-23-A.yaml"))));
        var trailer = good.LastIndexOf("trailer", StringComparison.Ordinal);
        var noId = good[..trailer] + TrailerIdPattern().Replace(good[trailer..], string.Empty);
        Assert.Contains(PdfAChecker.Check(Encoding.Latin1.GetBytes(noId)), p => p.StartsWith("6.1.3: the trailer has no /ID", StringComparison.Ordinal));

        var otherId = good[..trailer] + TrailerIdPattern().Replace(good[trailer..], $"/ID [<{new string('0', 32)}> <{new string('0', 32)}>]");
        Assert.Contains(PdfAChecker.Check(Encoding.Latin1.GetBytes(otherId)), p => p.StartsWith("antrag: xmpMM:DocumentID", StringComparison.Ordinal));

        var encrypted = good[..trailer] + good[trailer..].Replace("/Info", "/Encrypt 1 0 R\n/Info", StringComparison.Ordinal);
        Assert.Contains(PdfAChecker.Check(Encoding.Latin1.GetBytes(encrypted)), p => p.StartsWith("6.1.3: the trailer has /Encrypt", StringComparison.Ordinal));

        var length = LengthPattern().Match(good);
        var wrong = good[..length.Index] + "/Length " + (int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1) + good[(length.Index + length.Length)..];
        Assert.Contains(PdfAChecker.Check(Encoding.Latin1.GetBytes(wrong)), p => p.StartsWith("6.1.7.1", StringComparison.Ordinal) || p.StartsWith("6.1.4", StringComparison.Ordinal));
    }

    [Fact]
    public void The_checker_reports_a_link_to_the_outside()
    {
        var good = Latin1(Pdf(RepoPaths.Sample("krefeld", "antrag-4493-23-A.yaml")));
        var linked = ReplaceFirst(good, "/Type /Catalog", "/Type /Catalog\n/OpenAction <</S /URI /URI (https://example.org)>>");
        Assert.Contains(PdfAChecker.Check(Encoding.Latin1.GetBytes(linked)), p => p.StartsWith("antrag: object", StringComparison.Ordinal) && p.Contains("/URI action", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdf_written_without_pdf_a_metadata_fails_the_check()
    {
        using var rendered = Render(RepoPaths.Sample("krefeld", "antrag-4493-23-A.yaml"));
        using var stream = new MemoryStream();
        using (var pdf = SkiaSharp.SKDocument.CreatePdf(stream, new SkiaSharp.SKDocumentPdfMetadata { Title = "t", PdfA = false }))
        using (var painter = new FramePainter(rendered.Layout.Fonts))
        {
            var page = rendered.Layout.Pages[0];
            painter.Paint(pdf.BeginPage(page.Width, page.Height), page);
            pdf.EndPage();
            pdf.Close();
        }

        var problems = PdfAChecker.Check(stream.ToArray());

        Assert.Contains(problems, p => p.StartsWith("6.1.3: the trailer has no /ID", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("6.2.3: the catalog has no PDF/A output intent", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("6.6.2.1: the catalog has no /Metadata", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("6.2.4.3", StringComparison.Ordinal) && p.Contains("DeviceRGB", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("6.7.2.2: the catalog has no /MarkInfo", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("6.7.3.3: the catalog has no /StructTreeRoot", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("MP 01-005: page 1: content", StringComparison.Ordinal));
    }

    private static string ReplaceFirst(string s, string from, string to)
    {
        var at = s.IndexOf(from, StringComparison.Ordinal);
        return s[..at] + to + s[(at + from.Length)..];
    }

    /// <summary>A 40 × 40 RGBA PNG whose alpha runs from transparent to opaque.</summary>
    private static byte[] TranslucentPng()
    {
        using var bitmap = new SkiaSharp.SKBitmap(new SkiaSharp.SKImageInfo(40, 40, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Unpremul));
        for (var y = 0; y < 40; y++)
        {
            for (var x = 0; x < 40; x++)
            {
                bitmap.SetPixel(x, y, new SkiaSharp.SKColor(30, 60, 200, (byte)(x * 6)));
            }
        }

        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [GeneratedRegex(@"/ID \[<([0-9A-F]{32})> <[0-9A-F]{32}>\]")]
    private static partial Regex TrailerIdPattern();

    [GeneratedRegex(@"/Length (\d+)>>\nstream")]
    private static partial Regex LengthPattern();
}
