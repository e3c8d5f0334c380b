using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Antrag.Pdf.Tests;

/// <summary>Tagged files: the structure tree, marked content and artifacts the writer writes, and what it refuses.</summary>
public sealed partial class PdfStructureTests
{
    private static readonly PdfInfo Info = new("Ein Titel", "Fraktion", "Betreff", "Rat", new DateTime(2023, 2, 28), "antrag test") { Language = "de-DE" };

    private const string Chars = "DigtalsrunfbehcoHkPSÜ- 2";

    /// <summary>A copy of Carlito of its own: programs are made once per font file array, and the writer tests describe the shared one with other characters.</summary>
    private static readonly byte[] FontFile = Carlito.Regular.ToArray();

    private static PdfFontProgram Font { get; } = PdfFontProgram.For(FontFile, () => Carlito.Source(FontFile, Chars));

    /// <summary>Draws <paramref name="text"/> at (x, y) with Carlito's advances.</summary>
    private static void Draw(PdfPage page, string text, float x, float y)
    {
        var source = Carlito.Source(FontFile, Chars);
        var glyphs = text.Select(c => (ushort)Carlito.Glyph(FontFile, c)).ToArray();
        var xs = new float[glyphs.Length];
        var pen = 0f;
        for (var i = 0; i < glyphs.Length; i++)
        {
            xs[i] = pen;
            pen += source.Advances[glyphs[i]] * 11f / source.UnitsPerEm;
        }

        page.Text(Font, 11, new PdfColor(0, 0, 0), x, y, 0, glyphs, xs, new float[glyphs.Length]);
    }

    /// <summary>
    /// Two pages: a heading, a paragraph whose word "Digitalisierungsaufgaben" is hyphenated across the page break (a Span
    /// with the whole word as ActualText), a running head and a page number as artifacts, a rule, and a figure-less list
    /// item; the heading's text is drawn after the paragraph's first line, to show that the tree, not the drawing, orders.
    /// </summary>
    internal static byte[] Write()
    {
        var document = new PdfStructureElement("Document");
        var heading = document.Add("H1");
        var paragraph = document.Add("P");
        var word = paragraph.Add(new PdfStructureElement("Span") { ActualText = "Digitalisierungsaufgaben" });
        var list = document.Add("L");
        list.Attributes.Add(new PdfStructureAttribute("List", "ListNumbering", "Disc"));
        var item = list.Add("LI");
        item.Add("Lbl");
        item.Add("LBody");

        var writer = new PdfDocumentWriter(document);
        var page = writer.BeginPage(300, 200);
        page.BeginArtifact(PdfArtifact.Header);
        Draw(page, "Kopf", 20, 20);
        page.EndMarkedContent();
        page.BeginContent(paragraph);
        Draw(page, "Hallo ", 20, 80);
        page.EndMarkedContent();
        page.BeginContent(word, "Digitalisierungsaufgaben");
        Draw(page, "Digitalisierungs-", 50, 80);
        page.EndMarkedContent();
        page.BeginContent(heading);
        Draw(page, "Überschrift", 20, 50);
        page.EndMarkedContent();
        page.BeginArtifact(PdfArtifact.Layout);
        page.Line(20, 60, 280, 60, 0.5f, new PdfColor(0, 0, 0));
        page.EndMarkedContent();
        writer.EndPage(page);

        page = writer.BeginPage(300, 200);
        page.BeginContent(word, string.Empty);
        Draw(page, "aufgaben", 20, 30);
        page.EndMarkedContent();
        page.BeginContent(paragraph);
        Draw(page, " tun", 70, 30);
        page.EndMarkedContent();
        page.BeginContent(item.Children[0]);
        Draw(page, "-", 20, 60);
        page.EndMarkedContent();
        page.BeginContent(item.Children[1]);
        Draw(page, "Punkt", 30, 60);
        page.EndMarkedContent();
        page.BeginArtifact(PdfArtifact.Footer);
        Draw(page, "Seite 2", 200, 180);
        page.EndMarkedContent();
        writer.EndPage(page);
        return writer.Finish(Info, [new PdfBookmark("Eins", 0)]);
    }

    private static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    /// <summary>The objects of a written file by number, as text, those in the object stream taken out of it.</summary>
    private static Dictionary<int, string> Objects(byte[] pdf)
    {
        static int Int(string s) => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var objects = ObjectPattern().Matches(Latin1(pdf)).ToDictionary(m => Int(m.Groups[1].Value), m => m.Groups[2].Value);
        foreach (var stm in objects.Values.Where(o => o.StartsWith("<</Type /ObjStm", StringComparison.Ordinal)).ToList())
        {
            var first = Int(Regex.Match(stm, @"/First (\d+)").Groups[1].Value);
            var data = Encoding.Latin1.GetBytes(stm[(stm.IndexOf(">>\nstream\n", StringComparison.Ordinal) + 10)..^"\nendstream".Length]);
            using var inflate = new System.IO.Compression.ZLibStream(new MemoryStream(data), System.IO.Compression.CompressionMode.Decompress);
            using var output = new MemoryStream();
            inflate.CopyTo(output);
            var text = Encoding.Latin1.GetString(output.ToArray());
            var pairs = text[..first].Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(Int).ToList();
            for (var i = 0; i < pairs.Count; i += 2)
            {
                var end = i + 3 < pairs.Count ? first + pairs[i + 3] : text.Length;
                objects[pairs[i]] = text[(first + pairs[i + 1])..end].TrimEnd('\n');
            }
        }

        return objects;
    }

    /// <summary>The decompressed content stream of page <paramref name="page"/> (1-based).</summary>
    private static string Content(byte[] pdf, int page)
    {
        using var doc = PdfDocument.Open(pdf);
        var dictionary = doc.GetPage(page).Dictionary;
        var contents = (UglyToad.PdfPig.Tokens.IndirectReferenceToken)dictionary.Data["Contents"];
        var stream = (UglyToad.PdfPig.Tokens.StreamToken)doc.Structure.GetObject(contents.Data).Data;
        return Encoding.Latin1.GetString(stream.Decode(UglyToad.PdfPig.Filters.DefaultFilterProvider.Instance).ToArray());
    }

    [Fact]
    public void A_tagged_file_says_so_in_its_catalog_pages_and_metadata()
    {
        var pdf = Write();
        var text = Latin1(pdf);
        Assert.Matches(@"/Type /Catalog .*/Lang \(de-DE\) /MarkInfo <</Marked true>> /StructTreeRoot \d+ 0 R", text);
        Assert.Equal(2, Regex.Matches(text, @"/Type /Page /Parent .*/Tabs /S /StructParents \d").Count);
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", text, StringComparison.Ordinal);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", text, StringComparison.Ordinal);
        Assert.Contains("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>", text, StringComparison.Ordinal);
        Assert.Contains("<dc:language><rdf:Bag><rdf:li>de-DE</rdf:li></rdf:Bag></dc:language>", text, StringComparison.Ordinal);

        // An untagged file claims level B and nothing of PDF/UA.
        var untagged = Latin1(PdfDocumentWriterTests.Write());
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", untagged, StringComparison.Ordinal);
        Assert.DoesNotContain("pdfuaid", untagged, StringComparison.Ordinal);
        Assert.DoesNotContain("/StructTreeRoot", untagged, StringComparison.Ordinal);
        Assert.DoesNotContain("/Tabs", untagged, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tree_is_in_the_order_it_was_built_and_own_content_stands_where_it_was_drawn()
    {
        var objects = Objects(Write());
        var elements = objects.Where(o => o.Value.StartsWith("<</S /", StringComparison.Ordinal)).OrderBy(o => o.Key).ToList();
        string Type(int n) => Regex.Match(objects[n], @"/S /(\w+)").Groups[1].Value;

        // Numbered in the tree's order: Document, H1, P, Span, L, LI, Lbl, LBody.
        Assert.Equal(["Document", "H1", "P", "Span", "L", "LI", "Lbl", "LBody"], elements.Select(e => Type(e.Key)));
        var n = elements.ToDictionary(e => Type(e.Key), e => e.Key);
        Assert.Contains($"/K [{n["H1"]} 0 R {n["P"]} 0 R {n["L"]} 0 R]", objects[n["Document"]], StringComparison.Ordinal);

        // The heading was drawn after the paragraph's first piece, but the tree puts it first. The paragraph's own pieces
        // stand around the span; the one on page 2 is a marked-content reference to that page.
        var page2 = Regex.Match(objects[n["LBody"]], @"/Pg (\d+) 0 R").Groups[1].Value;
        Assert.Matches($@"/K \[0 {n["Span"]} 0 R <</Type /MCR /Pg {page2} 0 R /MCID 1>>\]", objects[n["P"]]);
        Assert.Matches($@"/K \[1 <</Type /MCR /Pg {page2} 0 R /MCID 0>>\] /ActualText \(Digitalisierungsaufgaben\)", objects[n["Span"]]);
        Assert.Matches(@"/K 2>>$", objects[n["H1"]]);
        Assert.Contains("/A [<</O /List /ListNumbering /Disc>>]", objects[n["L"]], StringComparison.Ordinal);

        // The parent tree maps each page's MCIDs back to their elements.
        var parentTree = objects.Single(o => o.Value.StartsWith("<</Nums [", StringComparison.Ordinal)).Value;
        Assert.Equal($"<</Nums [0 [{n["P"]} 0 R {n["Span"]} 0 R {n["H1"]} 0 R] 1 [{n["Span"]} 0 R {n["P"]} 0 R {n["Lbl"]} 0 R {n["LBody"]} 0 R]]>>", parentTree);
        Assert.Contains("/ParentTreeNextKey 2", objects.Values.Single(o => o.StartsWith("<</Type /StructTreeRoot", StringComparison.Ordinal)), StringComparison.Ordinal);

        // The tree is in one compressed object stream; the file ends in a cross-reference stream that lists it.
        var text = Latin1(Write());
        Assert.Single(Regex.Matches(text, "/Type /ObjStm"));
        Assert.Matches(@"<</Type /XRef /Size \d+ /W \[1 4 2\] /Root 1 0 R /Info 2 0 R /ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\] /Filter /FlateDecode /Length \d+>>\nstream\n", text);
        Assert.DoesNotContain("\ntrailer\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_is_marked_with_its_mcid_and_actual_text_and_furniture_as_artifacts()
    {
        var pdf = Write();
        var first = Content(pdf, 1);
        Assert.StartsWith("/Artifact <</Type /Pagination /Subtype /Header>> BDC\nBT\n", first, StringComparison.Ordinal);
        Assert.Contains("ET\nEMC\n/P <</MCID 0>> BDC\nBT\n", first, StringComparison.Ordinal);
        Assert.Contains("/Span <</MCID 1 /ActualText (Digitalisierungsaufgaben)>> BDC", first, StringComparison.Ordinal);
        Assert.Contains("/Artifact <</Type /Layout>> BDC\n", first, StringComparison.Ordinal);
        var second = Content(pdf, 2);
        Assert.StartsWith("/Span <</MCID 0 /ActualText ()>> BDC\n", second, StringComparison.Ordinal);
        Assert.Contains("/Artifact <</Type /Pagination /Subtype /Footer>> BDC", second, StringComparison.Ordinal);

        // Every line of content lies inside one BDC … EMC, and every BT … ET inside one of them.
        foreach (var content in new[] { first, second })
        {
            var (marked, inText) = (false, false);
            foreach (var line in content.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.EndsWith(" BDC", StringComparison.Ordinal))
                {
                    Assert.False(marked || inText, line);
                    marked = true;
                }
                else if (line == "EMC")
                {
                    Assert.True(marked && !inText);
                    marked = false;
                }
                else
                {
                    Assert.True(marked, $"'{line}' is drawn outside marked content");
                    inText = line == "BT" || (inText && line != "ET");
                }
            }

            Assert.False(marked);
        }
    }

    [Fact]
    public void Same_calls_give_same_bytes_on_any_thread()
    {
        var first = Write();
        Assert.Equal(first, Write());
        Assert.Equal(first, FreshThread.Run(Write));
    }

    [Fact]
    public void Drawing_outside_marked_content_and_other_misuse_is_refused()
    {
        var root = new PdfStructureElement("Document");
        var p = root.Add("P");
        var writer = new PdfDocumentWriter(root);
        var page = writer.BeginPage(100, 100);
        Assert.Throws<InvalidOperationException>(() => page.Line(0, 0, 1, 1, 1, default));
        Assert.Throws<InvalidOperationException>(() => page.BeginContent(new PdfStructureElement("P")));
        page.BeginContent(p);
        Assert.Throws<InvalidOperationException>(() => page.BeginArtifact(PdfArtifact.Layout));
        Assert.Throws<InvalidOperationException>(() => writer.EndPage(page));
        page.EndMarkedContent();
        Assert.Throws<InvalidOperationException>(() => page.EndMarkedContent());
        writer.EndPage(page);

        Assert.Throws<ArgumentException>(() => new PdfStructureElement("Aside"));
        Assert.Throws<InvalidOperationException>(() => p.Add(root));
        Assert.Throws<InvalidOperationException>(() => root.Add(p));
        Assert.Throws<ArgumentException>(() => new PdfDocumentWriter(p));

        // An untagged writer takes no structure content.
        var plain = new PdfDocumentWriter();
        Assert.Throws<InvalidOperationException>(() => plain.BeginPage(100, 100).BeginContent(p));
    }

    [GeneratedRegex(@"(?m)^(\d+) 0 obj\n(.*?)\nendobj", RegexOptions.Singleline)]
    private static partial Regex ObjectPattern();
}
