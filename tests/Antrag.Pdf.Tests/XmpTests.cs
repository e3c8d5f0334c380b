using System.Xml;
using UglyToad.PdfPig;

namespace Antrag.Pdf.Tests;

/// <summary>The XMP packet is well-formed XML 1.0 whatever the metadata holds, and says what the Info dictionary says.</summary>
public sealed class XmpTests
{
    /// <summary>A Betreff with characters XML 1.0 forbids (NUL, BEL, ESC, a noncharacter, an unpaired surrogate) among ones it allows.</summary>
    private const string Title = "Betreff\0 mit\u0007 Steuer\u001Bzeichen\uFFFE\uD800 & <Klammern> „Zitat“ \"so\" 'so'\tTab\r\nZeile 😀";

    /// <summary>The same with the forbidden characters dropped.</summary>
    private const string Clean = "Betreff mit Steuerzeichen & <Klammern> „Zitat“ \"so\" 'so'\tTab\r\nZeile 😀";

    private static byte[] Pdf(PdfInfo info)
    {
        var writer = new PdfDocumentWriter();
        writer.EndPage(writer.BeginPage(100, 100));
        return writer.Finish(info, [new PdfBookmark(info.Title, 0)]);
    }

    [Fact]
    public void Characters_xml_forbids_are_dropped_from_xmp_and_info_alike()
    {
        var pdf = Pdf(new PdfInfo(Title, "Frak\u0001tion", "Sub\u0008ject", "Rat,\u000C Antrag", new DateTime(2023, 2, 28), "antrag\u001F test"));
        using var doc = PdfDocument.Open(pdf);
        Assert.True(doc.TryGetXmpMetadata(out var metadata));

        var values = Values(metadata.GetXmlBytes().ToArray());

        // XML reads a carriage return in text as a line feed unless it is written as a reference; it must come back as it was.
        Assert.Equal(Clean, values["dc:title"]);
        Assert.Equal("Fraktion", values["dc:creator"]);
        Assert.Equal("Subject", values["dc:description"]);
        Assert.Equal("Rat, Antrag", values["pdf:Keywords"]);
        Assert.Equal("antrag test", values["pdf:Producer"]);

        Assert.Equal(Clean, doc.Information.Title);
        Assert.Equal("Fraktion", doc.Information.Author);
        Assert.Equal("Subject", doc.Information.Subject);
        Assert.Equal("Rat, Antrag", doc.Information.Keywords);
        Assert.Equal("antrag test", doc.Information.Producer);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.Equal(Clean, bookmarks.Roots.Single().Title);
    }

    [Fact]
    public void Metadata_xml_allows_is_written_as_it_is()
    {
        const string text = "Antrag der CDU-Fraktion: „Wirtschaft & Digitalisierung“ – 100 € <jetzt>";
        using var doc = PdfDocument.Open(Pdf(new PdfInfo(text, "CDU-Fraktion", text, "Rat", null, "antrag")));
        Assert.Equal(text, doc.Information.Title);
        Assert.True(doc.TryGetXmpMetadata(out var metadata));
        var values = Values(metadata.GetXmlBytes().ToArray());
        Assert.Equal(text, values["dc:title"]);
        Assert.Equal(text, values["dc:description"]);
    }

    /// <summary>
    /// The text of each element of <paramref name="xmp"/>, by element name (in rdf:Alt, rdf:Seq, rdf:Bag, the property around it),
    /// read with XmlReader, which checks characters and well-formedness as XML 1.0 demands: any fault throws.
    /// </summary>
    private static Dictionary<string, string> Values(byte[] xmp)
    {
        var values = new Dictionary<string, string>();
        using var reader = XmlReader.Create(new MemoryStream(xmp), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        string? element = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                element = reader.Prefix == "rdf" ? element : reader.Name;
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace && element is not null)
            {
                values[element] = values.TryGetValue(element, out var before) ? before + reader.Value : reader.Value;
            }
        }

        return values;
    }
}
