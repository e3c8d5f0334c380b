using System.Globalization;
using System.Text;

namespace Antrag.Pdf;

/// <summary>
/// The XMP metadata packet of a PDF/A-2 file: pdfaid (level B, or A for a tagged file, which also claims PDF/UA-1 with
/// pdfuaid and the extension schema PDF/A asks for it), dates, Dublin Core title/author/subject/language, producer, IDs;
/// well-formed XML 1.0 whatever the text.
/// </summary>
internal static class XmpPacket
{
    /// <summary>The placeholder UUID, same length as the real one, written until the document's hash is known.</summary>
    private const string Placeholder = "00000000-0000-0000-0000-000000000000";

    /// <summary>The packet as UTF-8 and the byte offsets of the two UUIDs in it (to be patched with the document ID).</summary>
    public static (byte[] Packet, int[] UuidAt) Create(PdfInfo info, bool tagged = false)
    {
        var x = new StringBuilder();
        x.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.Append("<rdf:Description rdf:about=\"\"\n xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n");
        x.Append(" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        x.Append(tagged ? "\n xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n" : ">\n");
        x.Append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>").Append(tagged ? 'A' : 'B').Append("</pdfaid:conformance>\n");
        if (tagged)
        {
            x.Append("<pdfuaid:part>1</pdfuaid:part>\n");
        }

        if (info.Created is { } created)
        {
            var date = created.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";
            x.Append("<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n");
        }

        if (info.Creator.Length > 0)
        {
            x.Append("<xmp:CreatorTool>").Append(Escape(info.Creator)).Append("</xmp:CreatorTool>\n");
        }

        x.Append("<dc:format>application/pdf</dc:format>\n");
        if (info.Title.Length > 0)
        {
            x.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        }

        if (info.Subject.Length > 0)
        {
            x.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        }

        if (info.Author.Length > 0)
        {
            x.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(info.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (!string.IsNullOrEmpty(info.Language))
        {
            x.Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(info.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        }

        if (info.Keywords.Length > 0)
        {
            x.Append("<dc:subject><rdf:Bag><rdf:li>").Append(Escape(info.Keywords)).Append("</rdf:li></rdf:Bag></dc:subject>\n");
        }

        x.Append("<xmpMM:DocumentID>uuid:").Append(Placeholder).Append("</xmpMM:DocumentID>\n");
        x.Append("<xmpMM:InstanceID>uuid:").Append(Placeholder).Append("</xmpMM:InstanceID>\n");
        if (info.Creator.Length > 0)
        {
            x.Append("<pdf:Producer>").Append(Escape(info.Creator)).Append("</pdf:Producer>\n");
        }

        if (info.Keywords.Length > 0)
        {
            x.Append("<pdf:Keywords>").Append(Escape(info.Keywords)).Append("</pdf:Keywords>\n");
        }

        x.Append("</rdf:Description>\n");
        if (tagged)
        {
            // pdfuaid is no schema PDF/A predefines: it is described by an extension schema (ISO 19005-2, 6.6.2.3).
            x.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">");
            x.Append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\"><pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>");
            x.Append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI><pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>");
            x.Append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>");
            x.Append("<pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>ISO 14289 part</pdfaProperty:description></rdf:li></rdf:Seq></pdfaSchema:property>");
            x.Append("</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>\n");
        }

        x.Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        var packet = Encoding.UTF8.GetBytes(x.ToString());
        var marker = Encoding.ASCII.GetBytes("uuid:" + Placeholder);
        var first = packet.AsSpan().IndexOf(marker);
        var second = first + marker.Length + packet.AsSpan(first + marker.Length).IndexOf(marker);
        return (packet, [first + 5, second + 5]);
    }

    private static string Escape(string text) => XmlText.Escape(text);
}
