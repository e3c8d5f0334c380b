using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Antrag.Tests.PdfA;

/// <summary>
/// A conformance self-check for PDF/A-2a (ISO 19005-2, level A) and PDF/UA-1 (ISO 14289-1, as the Matterhorn Protocol
/// lists what a machine can check), since no validator (veraPDF, PAC) is available here; the tagged part is in
/// PdfAChecker.Tagged.cs.
/// It checks what can be verified from the file itself: the file structure (header, cross-reference table or stream, streams, trailer ID,
/// no encryption), the output intent and its ICC profile, XMP metadata (pdfaid, predefined schemas, consistency with the
/// document information dictionary), fonts (embedded, glyphs present, widths consistent with the font program, no .notdef),
/// content streams (only ISO 32000-1 operators, q/Q nesting, device colour spaces allowed by the output intent), graphics
/// states, images, form XObjects and transparency groups, annotations, and actions and external references.
/// Anything it finds but cannot judge is reported as "not covered", so a new kind of content never passes unseen.
/// Each problem starts with the clause of ISO 19005-2 (6.6 for the metadata rules), "MP" and the failure condition of the
/// Matterhorn Protocol, "antrag" for rules of our own, or "not covered".
/// </summary>
public sealed partial class PdfAChecker
{
    /// <summary>Operators defined in ISO 32000-1, Annex A.</summary>
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal)
    {
        "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP", "EI", "EMC",
        "ET", "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M", "MP", "n", "q", "Q", "re",
        "RG", "rg", "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm", "Tr",
        "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'", "\"",
    };

    /// <summary>Actions PDF/A-2 forbids (6.5.1), and those that reach outside the file (our rule: no external references).</summary>
    private static readonly Dictionary<string, string> ForbiddenActions = new(StringComparer.Ordinal)
    {
        ["Launch"] = "6.5.1", ["Sound"] = "6.5.1", ["Movie"] = "6.5.1", ["ResetForm"] = "6.5.1", ["ImportData"] = "6.5.1",
        ["Hide"] = "6.5.1", ["SetOCGState"] = "6.5.1", ["Rendition"] = "6.5.1", ["Trans"] = "6.5.1", ["GoTo3DView"] = "6.5.1",
        ["JavaScript"] = "6.5.1", ["URI"] = "antrag", ["GoToR"] = "antrag", ["GoToE"] = "antrag", ["SubmitForm"] = "antrag",
    };

    private static readonly HashSet<string> BlendModes = new(StringComparer.Ordinal)
    {
        "Normal", "Compatible", "Multiply", "Screen", "Overlay", "Darken", "Lighten", "ColorDodge", "ColorBurn", "HardLight",
        "SoftLight", "Difference", "Exclusion", "Hue", "Saturation", "Color", "Luminosity",
    };

    private static readonly HashSet<string> RenderingIntents = new(StringComparer.Ordinal) { "RelativeColorimetric", "AbsoluteColorimetric", "Perceptual", "Saturation" };

    private static readonly HashSet<string> AnnotationTypes = new(StringComparer.Ordinal)
    {
        "Text", "Link", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine", "Highlight", "Underline", "Squiggly",
        "StrikeOut", "Stamp", "Caret", "Ink", "Popup", "FileAttachment", "Widget", "PrinterMark", "TrapNet", "Watermark", "Redact",
    };

    /// <summary>Namespaces of the XMP schemas PDF/A-2 predefines; others need an extension schema.</summary>
    private static readonly HashSet<string> PredefinedSchemas = new(StringComparer.Ordinal)
    {
        "http://purl.org/dc/elements/1.1/", "http://ns.adobe.com/xap/1.0/", "http://ns.adobe.com/xap/1.0/rights/",
        "http://ns.adobe.com/xap/1.0/mm/", "http://ns.adobe.com/xap/1.0/bj/", "http://ns.adobe.com/xap/1.0/t/pg/",
        "http://ns.adobe.com/xmp/1.0/DynamicMedia/", "http://ns.adobe.com/pdf/1.3/", "http://ns.adobe.com/photoshop/1.0/",
        "http://ns.adobe.com/camera-raw-settings/1.0/", "http://ns.adobe.com/tiff/1.0/", "http://ns.adobe.com/exif/1.0/",
        "http://ns.adobe.com/exif/1.0/aux/", "http://www.aiim.org/pdfa/ns/id/",
    };

    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace XmpMM = "http://ns.adobe.com/xap/1.0/mm/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";

    private readonly byte[] bytes;
    private PdfDocument doc = null!;
    private readonly List<string> problems = [];
    private readonly Dictionary<IndirectReference, HashSet<int>> usedCodes = [];
    private readonly HashSet<IndirectReference> checkedForms = [];
    private readonly HashSet<IndirectReference> checkedResources = [];
    private string? trailerId;
    private string? outputColourSpace;

    private PdfAChecker(byte[] bytes) => this.bytes = bytes;

    /// <summary>Every problem found in <paramref name="pdf"/>; empty if it passes.</summary>
    public static IReadOnlyList<string> Check(byte[] pdf)
    {
        var checker = new PdfAChecker(pdf);
        checker.CheckFileStructure();
        try
        {
            checker.doc = PdfDocument.Open(pdf);
        }
        catch (Exception ex)
        {
            checker.Problem("antrag", "PdfPig cannot open the file: " + ex.Message);
            return checker.problems;
        }

        try
        {
            checker.CheckCatalog();
            checker.CheckTaggedCatalog();
            checker.CheckPages();
            checker.CheckStructureTree();
            checker.CheckAllObjects();
            checker.CheckFonts();
            checker.CheckMetadata();
        }
        finally
        {
            checker.doc.Dispose();
        }

        return checker.problems;
    }

    /// <summary>Records a problem once, however often it occurs.</summary>
    private void Problem(string clause, string message)
    {
        if (!problems.Contains(clause + ": " + message, StringComparer.Ordinal))
        {
            problems.Add(clause + ": " + message);
        }
    }

    // ---- file structure (raw bytes) ----

    private void CheckFileStructure()
    {
        var text = Encoding.Latin1.GetString(bytes);
        var header = Header().Match(text);
        if (!header.Success)
        {
            Problem("6.1.2", "the file does not begin with %PDF-1.n (n from 0 to 7) and an EOL");
        }
        else if (bytes.Length < header.Length + 5 || bytes[header.Length] != '%' || bytes.Skip(header.Length + 1).Take(4).Any(b => b <= 127))
        {
            Problem("6.1.2", "the header line is not followed by a comment of at least four bytes above 127");
        }

        var eof = text.LastIndexOf("%%EOF", StringComparison.Ordinal);
        if (eof < 0 || text[(eof + 5)..] is not ("" or "\n" or "\r\n" or "\r"))
        {
            Problem("6.1.3", "data follows the last %%EOF");
        }

        var startxref = StartXref().Matches(text).LastOrDefault();
        if (startxref is null)
        {
            Problem("6.1.4", "no startxref before %%EOF");
            return;
        }

        var xrefAt = int.Parse(startxref.Groups[1].Value, CultureInfo.InvariantCulture);
        var table = XrefTable().Match(text, Math.Min(xrefAt, text.Length));
        if (!table.Success && XrefStream(text, xrefAt) is { } fromStream)
        {
            // The stream is the last object: the body ends at 'startxref'.
            CheckObjects(text, fromStream.Offsets, fromStream.Dictionary, text.LastIndexOf("startxref", StringComparison.Ordinal));
            return;
        }

        if (!table.Success)
        {
            Problem("6.1.4", $"startxref ({xrefAt}) does not point at 'xref', one EOL and a subsection header 'first count'");
            return;
        }

        if (table.Groups[1].Value != "0")
        {
            Problem("6.1.4", "the cross-reference subsection does not start at object 0");
        }

        var count = int.Parse(table.Groups[2].Value, CultureInfo.InvariantCulture);
        var at = table.Index + table.Length;
        var offsets = new List<(int Number, int Offset)>();
        for (var n = 0; n < count; n++)
        {
            var entry = XrefEntry().Match(text, at);
            if (!entry.Success)
            {
                Problem("6.1.4", $"cross-reference entry {n} is not 20 bytes of 'offset generation n|f EOL'");
                return;
            }

            at += entry.Length;
            if (entry.Groups[3].Value == "n")
            {
                offsets.Add((n, int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture)));
            }
        }

        var trailer = Trailer().Match(text, at);
        if (!trailer.Success)
        {
            Problem("6.1.4", "no trailer after the cross-reference table");
            return;
        }

        CheckObjects(text, offsets, trailer.Groups[1].Value, xrefAt);
    }

    /// <summary>The trailer's entries (in a trailer or a cross-reference stream's dictionary) and every object the cross-reference section points at.</summary>
    private void CheckObjects(string text, List<(int Number, int Offset)> offsets, string dictionary, int xrefAt)
    {
        if (dictionary.Contains("/Prev", StringComparison.Ordinal))
        {
            Problem("not covered", "the file has incremental updates; only the last section is checked");
        }

        if (dictionary.Contains("/Encrypt", StringComparison.Ordinal))
        {
            Problem("6.1.3", "the trailer has /Encrypt");
        }

        var id = TrailerId().Match(dictionary);
        if (!id.Success)
        {
            Problem("6.1.3", "the trailer has no /ID of two hexadecimal strings");
        }
        else
        {
            trailerId = id.Groups[1].Value.ToUpperInvariant();
        }

        offsets.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        for (var i = 0; i < offsets.Count; i++)
        {
            var (number, offset) = offsets[i];
            var end = i + 1 < offsets.Count ? offsets[i + 1].Offset : xrefAt;
            if (offset < 0 || end > text.Length || offset >= end)
            {
                Problem("6.1.4", $"the offset of object {number} ({offset}) is outside the body");
                continue;
            }

            CheckIndirectObject(number, text[offset..end]);
        }
    }

    /// <summary>
    /// A cross-reference stream at <paramref name="at"/> (PDF 1.5, allowed by PDF/A-2): its dictionary and the offsets of
    /// the objects it lists as uncompressed (type 1); objects in object streams (type 2) are read through PdfPig. Null if
    /// there is none.
    /// </summary>
    private (string Dictionary, List<(int Number, int Offset)> Offsets)? XrefStream(string text, int at)
    {
        var m = XrefStreamPattern().Match(text, Math.Min(at, text.Length));
        if (!m.Success)
        {
            return null;
        }

        var dictionary = m.Groups[2].Value;
        var widths = Regex.Match(dictionary, @"/W \[(\d+) (\d+) (\d+)\]");
        var length = StreamLength().Match(dictionary);
        if (!widths.Success || !length.Success || !dictionary.Contains("/Filter /FlateDecode", StringComparison.Ordinal))
        {
            Problem("not covered", "a cross-reference stream without /W, a direct /Length or Flate");
            return (dictionary, []);
        }

        var start = m.Index + m.Length;
        var data = Encoding.Latin1.GetBytes(text.Substring(start, Math.Min(int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture), text.Length - start)));
        byte[] rows;
        try
        {
            using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            rows = output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            Problem("6.1.7.2", "the cross-reference stream cannot be decoded: " + ex.Message);
            return (dictionary, []);
        }

        int W(int g) => int.Parse(widths.Groups[g].Value, CultureInfo.InvariantCulture);
        var (w1, w2, w3) = (W(1), W(2), W(3));
        var offsets = new List<(int, int)>();
        long Field(int from, int count)
        {
            long v = 0;
            for (var i = 0; i < count; i++)
            {
                v = (v << 8) | rows[from + i];
            }

            return v;
        }

        for (int n = 0, row = 0; row + w1 + w2 + w3 <= rows.Length; n++, row += w1 + w2 + w3)
        {
            if ((w1 == 0 ? 1 : Field(row, w1)) == 1)
            {
                offsets.Add((n, (int)Field(row + w1, w2)));
            }
        }

        return (dictionary, offsets);
    }

    /// <summary>An object as written: "n g obj" + EOL … EOL "endobj" EOL (6.1.9), and its stream's keywords and length (6.1.7.1).</summary>
    private void CheckIndirectObject(int number, string written)
    {
        var head = ObjectHeader().Match(written);
        if (!head.Success || head.Groups[1].Value != number.ToString(CultureInfo.InvariantCulture))
        {
            Problem("6.1.9", $"the cross-reference table points object {number} at '{Shorten(written)}'");
            return;
        }

        var endobj = written.LastIndexOf("endobj", StringComparison.Ordinal);
        if (endobj < 0 || !IsEol(written, endobj - 1) || !(written.Length > endobj + 6 && written[endobj + 6] is '\r' or '\n'))
        {
            Problem("6.1.9", $"object {number}: 'endobj' is not preceded and followed by an EOL");
        }

        var stream = StreamKeyword().Match(written, head.Length);
        if (!stream.Success || stream.Index > endobj)
        {
            return;
        }

        if (stream.Groups[1].Value is not ("\n" or "\r\n"))
        {
            Problem("6.1.7.1", $"object {number}: 'stream' is not followed by CR LF or LF");
        }

        var length = StreamLength().Match(written[..stream.Index]);
        if (!length.Success)
        {
            Problem("not covered", $"object {number}: the stream's /Length is not a direct number");
            return;
        }

        var dataEnd = stream.Index + stream.Length + int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        if (!EndStream().Match(written, Math.Min(dataEnd, written.Length)).Success)
        {
            Problem("6.1.7.1", $"object {number}: /Length {length.Groups[1].Value} does not end the data at an EOL before 'endstream'");
        }
    }

    private static bool IsEol(string s, int at) => at >= 0 && s[at] is '\r' or '\n';

    private static string Shorten(string s) => s.Length <= 24 ? s : s[..24];

    // ---- catalog, output intent, pages ----

    private DictionaryToken Catalog => doc.Structure.Catalog.CatalogDictionary;

    private void CheckCatalog()
    {
        var intents = Resolve(Get(Catalog, "OutputIntents")) as ArrayToken;
        var profiles = new HashSet<IndirectReference>();
        foreach (var intent in intents?.Data.Select(Resolve).OfType<DictionaryToken>() ?? [])
        {
            if (Name(intent, "S") != "GTS_PDFA1")
            {
                continue;
            }

            if (Get(intent, "DestOutputProfile") is not IndirectReferenceToken profileRef || Resolve(profileRef) is not StreamToken profile)
            {
                Problem("6.2.3", "the PDF/A output intent has no DestOutputProfile ICC stream");
                continue;
            }

            if (Get(intent, "DestOutputProfileRef") is not null)
            {
                Problem("6.2.3", "the output intent has DestOutputProfileRef");
            }

            profiles.Add(profileRef.Data);
            var icc = Decode(profile, "the output intent's ICC profile");
            if (icc is null || icc.Length < 20)
            {
                continue;
            }

            var deviceClass = Encoding.ASCII.GetString(icc, 12, 4);
            var space = Encoding.ASCII.GetString(icc, 16, 4);
            if (deviceClass is not ("prtr" or "mntr") || space is not ("RGB " or "CMYK" or "GRAY") || icc[8] >= 5)
            {
                Problem("6.2.3", $"the output intent's ICC profile is class '{deviceClass}', space '{space}', version {icc[8]}: it must be a printer or monitor profile for RGB, CMYK or GRAY before version 5");
            }

            outputColourSpace = space;
        }

        if (profiles.Count == 0)
        {
            Problem("6.2.3", "the catalog has no PDF/A output intent (/OutputIntents with /S /GTS_PDFA1 and an ICC profile)");
        }
        else if (profiles.Count > 1)
        {
            Problem("6.2.3", "the output intents name different DestOutputProfile objects");
        }

        if (Get(Catalog, "Requirements") is not null)
        {
            Problem("6.11", "the catalog has /Requirements");
        }

        if (Resolve(Get(Catalog, "NeedsRendering")) is BooleanToken { Data: true })
        {
            Problem("6.4.2", "the catalog has /NeedsRendering true");
        }

        foreach (var key in new[] { "AcroForm", "OCProperties" })
        {
            if (Get(Catalog, key) is not null)
            {
                Problem("not covered", $"the catalog has /{key}");
            }
        }

        if (Resolve(Get(Catalog, "Names")) is DictionaryToken names)
        {
            if (Get(names, "JavaScript") is not null)
            {
                Problem("6.5.1", "the document has a JavaScript name tree");
            }

            if (Get(names, "EmbeddedFiles") is not null)
            {
                Problem("antrag", "the document has embedded files");
            }
        }
    }

    private void CheckPages()
    {
        var pages = 0;
        VisitPageTree(Resolve(Get(Catalog, "Pages")) as DictionaryToken, null, null, null, ref pages);
        if (pages == 0)
        {
            Problem("antrag", "the page tree has no pages");
        }
    }

    private void VisitPageTree(DictionaryToken? node, IndirectReference? reference, IToken? resources, IToken? mediaBox, ref int pages)
    {
        if (node is null)
        {
            Problem("antrag", "a node of the page tree is missing");
            return;
        }

        resources = Get(node, "Resources") ?? resources;
        mediaBox = Get(node, "MediaBox") ?? mediaBox;
        if (Name(node, "Type") == "Pages")
        {
            foreach (var kid in (Resolve(Get(node, "Kids")) as ArrayToken)?.Data ?? [])
            {
                VisitPageTree(Resolve(kid) as DictionaryToken, (kid as IndirectReferenceToken)?.Data, resources, mediaBox, ref pages);
            }

            return;
        }

        pages++;
        var where = $"page {pages}";
        CheckBox(mediaBox, where + " /MediaBox");
        foreach (var box in new[] { "CropBox", "BleedBox", "TrimBox", "ArtBox" })
        {
            if (Get(node, box) is { } b)
            {
                CheckBox(b, $"{where} /{box}");
            }
        }

        if (Resolve(Get(node, "Group")) is DictionaryToken group)
        {
            CheckGroup(group, where);
        }

        foreach (var annot in (Resolve(Get(node, "Annots")) as ArrayToken)?.Data.Select(Resolve).OfType<DictionaryToken>() ?? [])
        {
            CheckAnnotation(annot, where);
        }

        var contents = Resolve(Get(node, "Contents"));
        var streams = contents switch
        {
            StreamToken s => [s],
            ArrayToken a => a.Data.Select(Resolve).OfType<StreamToken>().ToList(),
            _ => new List<StreamToken>(),
        };
        var content = streams.SelectMany(s => (Decode(s, where + " content") ?? []).Append((byte)'\n')).ToArray();
        CheckContent(content, Resolve(resources) as DictionaryToken, where);
        CheckMarkedContent(content, Resolve(resources) as DictionaryToken, where, reference, node, pages);
    }

    private void CheckBox(IToken? token, string where)
    {
        if (Resolve(token) is not ArrayToken { Data.Count: 4 } box || box.Data.Select(Resolve).Any(t => t is not NumericToken))
        {
            Problem("antrag", $"{where} is missing or not four numbers");
            return;
        }

        var n = box.Data.Select(t => ((NumericToken)Resolve(t)!).Data).ToArray();
        var (w, h) = (Math.Abs(n[2] - n[0]), Math.Abs(n[3] - n[1]));
        if (w is < 3 or > 14400 || h is < 3 or > 14400)
        {
            Problem("6.1.13", $"{where} is {w} × {h}; each side must be between 3 and 14 400 units");
        }
    }

    // ---- content streams ----

    private void CheckContent(byte[] content, DictionaryToken? resources, string where)
    {
        List<(string Operator, List<object> Operands)> operations;
        try
        {
            operations = ContentTokenizer.Operations(content);
        }
        catch (FormatException ex)
        {
            Problem("6.2.2", $"{where}: the content stream cannot be read: {ex.Message}");
            return;
        }

        CheckResources(resources, where);
        var fonts = new Stack<string?>();
        string? font = null;
        foreach (var (op, operands) in operations)
        {
            if (!Operators.Contains(op))
            {
                Problem("6.2.2", $"{where}: operator '{op}' is not defined in ISO 32000-1");
                continue;
            }

            switch (op)
            {
                case "q":
                    fonts.Push(font);
                    if (fonts.Count > 28)
                    {
                        Problem("6.1.13", $"{where}: q/Q nested deeper than 28 levels");
                    }

                    break;
                case "Q":
                    font = fonts.Count > 0 ? fonts.Pop() : font;
                    break;
                case "Tf" when operands is [string name, ..]:
                    font = name[1..];
                    break;
                case "Tj" or "'" or "\"" when operands is [.., byte[] s]:
                    UseText(resources, font, s, where);
                    break;
                case "TJ" when operands is [List<object> parts]:
                    foreach (var s in parts.OfType<byte[]>())
                    {
                        UseText(resources, font, s, where);
                    }

                    break;
                case "Do" when operands is [string name]:
                    if (Resource(resources, "XObject", name[1..]) is IndirectReferenceToken xref && Resolve(xref) is StreamToken form
                        && Name(form.StreamDictionary, "Subtype") == "Form" && checkedForms.Add(xref.Data))
                    {
                        var formResources = Resolve(Get(form.StreamDictionary, "Resources")) as DictionaryToken ?? resources;
                        CheckContent(Decode(form, $"form {xref.Data}") ?? [], formResources, $"form XObject {xref.Data}");
                    }

                    break;
                case "k" or "K":
                    CheckColourSpace(NameToken.Create("DeviceCMYK"), where, resources);
                    break;
                case "rg" or "RG":
                    CheckColourSpace(NameToken.Create("DeviceRGB"), where, resources);
                    break;
                case "g" or "G":
                    CheckColourSpace(NameToken.Create("DeviceGray"), where, resources);
                    break;
                case "cs" or "CS" when operands is [string name]:
                    CheckColourSpace(NameToken.Create(name[1..]), where, resources);
                    break;
                case "ri" when operands is [string intent] && !RenderingIntents.Contains(intent[1..]):
                    Problem("6.2.6", $"{where}: rendering intent {intent}");
                    break;
                case "BI":
                    Problem("not covered", $"{where}: inline image");
                    break;
            }
        }
    }

    private void UseText(DictionaryToken? resources, string? font, byte[] text, string where)
    {
        if (font is null || Resource(resources, "Font", font) is not IndirectReferenceToken reference)
        {
            Problem("antrag", $"{where}: text shown with font '{font}', which is not an indirect font object in the resources");
            return;
        }

        if (!usedCodes.TryGetValue(reference.Data, out var codes))
        {
            usedCodes[reference.Data] = codes = [];
        }

        var twoByte = Name(Resolve(reference) as DictionaryToken, "Subtype") == "Type0";
        for (var i = 0; i + (twoByte ? 1 : 0) < text.Length; i += twoByte ? 2 : 1)
        {
            codes.Add(twoByte ? (text[i] << 8) | text[i + 1] : text[i]);
        }
    }

    /// <summary>Graphics states, colour spaces, shadings and XObjects named in a resource dictionary, each checked once.</summary>
    private void CheckResources(DictionaryToken? resources, string where)
    {
        foreach (var (_, key, value) in Entries(resources, "ExtGState"))
        {
            if (Resolve(value) is DictionaryToken gs && Once(value))
            {
                CheckExtGState(gs, $"{where} graphics state /{key}");
            }
        }

        foreach (var (_, key, value) in Entries(resources, "ColorSpace"))
        {
            CheckColourSpace(Resolve(value), $"{where} colour space /{key}", resources);
        }

        foreach (var (_, key, value) in Entries(resources, "Shading").Concat(Entries(resources, "Pattern")))
        {
            var dict = Resolve(value) switch { StreamToken s => s.StreamDictionary, DictionaryToken d => d, _ => null };
            if (dict is not null && Once(value))
            {
                if (Resolve(Get(dict, "Shading")) is DictionaryToken shading)
                {
                    dict = shading;
                }

                if (Get(dict, "ColorSpace") is { } cs)
                {
                    CheckColourSpace(Resolve(cs), $"{where} shading /{key}", resources);
                }
            }
        }

        foreach (var (_, key, value) in Entries(resources, "XObject"))
        {
            if (Resolve(value) is StreamToken x && Once(value))
            {
                CheckXObject(x.StreamDictionary, $"{where} XObject /{key}", resources);
            }
        }
    }

    private IEnumerable<(string Kind, string Key, IToken Value)> Entries(DictionaryToken? resources, string kind) =>
        Resolve(Get(resources, kind)) is DictionaryToken d ? d.Data.Select(e => (kind, e.Key, e.Value)) : [];

    /// <summary>True the first time an indirect resource is seen (direct ones are always checked).</summary>
    private bool Once(IToken token) => token is not IndirectReferenceToken r || checkedResources.Add(r.Data);

    private IToken? Resource(DictionaryToken? resources, string kind, string name) => Get(Resolve(Get(resources, kind)) as DictionaryToken, name);

    private void CheckExtGState(DictionaryToken gs, string where)
    {
        if (Get(gs, "TR") is not null)
        {
            Problem("6.2.5", $"{where} has /TR");
        }

        if (Get(gs, "TR2") is { } tr2 && Resolve(tr2) is not NameToken { Data: "Default" })
        {
            Problem("6.2.5", $"{where} has /TR2 other than /Default");
        }

        if (Get(gs, "HTP") is not null)
        {
            Problem("6.2.5", $"{where} has /HTP");
        }

        if (Resolve(Get(gs, "HT")) is DictionaryToken ht)
        {
            if (Resolve(Get(ht, "HalftoneType")) is not NumericToken { Int: 1 or 5 } || Get(ht, "HalftoneName") is not null)
            {
                Problem("6.2.5", $"{where} has a halftone other than type 1 or 5, or with a /HalftoneName");
            }
        }

        var bm = Resolve(Get(gs, "BM"));
        foreach (var mode in bm switch { NameToken n => [n], ArrayToken a => a.Data.OfType<NameToken>(), _ => [] })
        {
            if (!BlendModes.Contains(mode.Data))
            {
                Problem("6.2.10", $"{where} uses blend mode /{mode.Data}");
            }
        }

        if (Resolve(Get(gs, "SMask")) is DictionaryToken mask && Resolve(Get(mask, "G")) is StreamToken maskGroup && Once(Get(mask, "G")!))
        {
            CheckXObject(maskGroup.StreamDictionary, where + " soft mask", null);
            CheckContent(Decode(maskGroup, where + " soft mask") ?? [], Resolve(Get(maskGroup.StreamDictionary, "Resources")) as DictionaryToken, where + " soft mask");
        }

        if (Resolve(Get(gs, "RI")) is NameToken ri && !RenderingIntents.Contains(ri.Data))
        {
            Problem("6.2.6", $"{where} has rendering intent /{ri.Data}");
        }
    }

    private void CheckXObject(DictionaryToken x, string where, DictionaryToken? resources)
    {
        switch (Name(x, "Subtype"))
        {
            case "Image":
                if (Get(x, "Alternates") is not null)
                {
                    Problem("6.2.8", $"{where} has /Alternates");
                }

                if (Resolve(Get(x, "Interpolate")) is BooleanToken { Data: true })
                {
                    Problem("6.2.8", $"{where} has /Interpolate true");
                }

                if (Resolve(Get(x, "Intent")) is NameToken intent && !RenderingIntents.Contains(intent.Data))
                {
                    Problem("6.2.6", $"{where} has rendering intent /{intent.Data}");
                }

                if (Filters(x).Contains("JPXDecode"))
                {
                    Problem("not covered", $"{where} is JPEG 2000");
                }

                if (Get(x, "ColorSpace") is { } cs && Resolve(Get(x, "ImageMask")) is not BooleanToken { Data: true })
                {
                    CheckColourSpace(Resolve(cs), where, resources);
                }

                if (Resolve(Get(x, "SMask")) is StreamToken smask)
                {
                    CheckXObject(smask.StreamDictionary, where + " soft mask", resources);
                }

                break;
            case "Form":
                if (Get(x, "PS") is not null || Name(x, "Subtype2") == "PS")
                {
                    Problem("6.2.9", $"{where} is a PostScript form");
                }

                if (Get(x, "Ref") is not null)
                {
                    Problem("6.2.9", $"{where} is a reference XObject (an external file)");
                }

                if (Resolve(Get(x, "Group")) is DictionaryToken group)
                {
                    CheckGroup(group, where);
                }

                break;
            case "PS":
                Problem("6.2.9", $"{where} is a PostScript XObject");
                break;
            default:
                Problem("antrag", $"{where} has no valid /Subtype");
                break;
        }
    }

    /// <summary>
    /// PDF/A-2 permits transparency groups (PDF/A-1 did not). With a PDF/A output intent present, a group needs no /CS;
    /// if it has one, that colour space must be one PDF/A allows here (6.2.4.3, 6.2.10).
    /// </summary>
    private void CheckGroup(DictionaryToken group, string where)
    {
        if (Name(group, "S") != "Transparency")
        {
            Problem("antrag", $"{where} has a group of type /{Name(group, "S")}");
            return;
        }

        if (Get(group, "CS") is { } cs)
        {
            CheckColourSpace(Resolve(cs), where + " transparency group", null);
        }
        else if (outputColourSpace is null)
        {
            Problem("6.2.10", $"{where} has a transparency group without /CS and the file has no PDF/A output intent");
        }
    }

    private void CheckColourSpace(IToken? cs, string where, DictionaryToken? resources)
    {
        switch (cs)
        {
            case NameToken { Data: "DeviceRGB" or "RGB" }:
                if (outputColourSpace != "RGB ")
                {
                    Problem("6.2.4.3", $"{where} uses DeviceRGB without an RGB output intent");
                }

                break;
            case NameToken { Data: "DeviceCMYK" or "CMYK" }:
                if (outputColourSpace != "CMYK")
                {
                    Problem("6.2.4.3", $"{where} uses DeviceCMYK without a CMYK output intent");
                }

                break;
            case NameToken { Data: "DeviceGray" or "G" }:
                if (outputColourSpace is null)
                {
                    Problem("6.2.4.3", $"{where} uses DeviceGray without an output intent");
                }

                break;
            case NameToken { Data: "Pattern" }:
                break;
            case NameToken named:
                if (Resource(resources, "ColorSpace", named.Data) is { } defined)
                {
                    CheckColourSpace(Resolve(defined), where, resources);
                }
                else
                {
                    Problem("antrag", $"{where} uses colour space /{named.Data}, which is not in the resources");
                }

                break;
            case ArrayToken { Data.Count: > 0 } array when array.Data[0] is NameToken family:
                switch (family.Data)
                {
                    case "ICCBased" when array.Data.Count > 1 && Resolve(array.Data[1]) is StreamToken profile:
                        CheckIccProfile(profile, where);
                        break;
                    case "Indexed" or "I" when array.Data.Count > 1:
                        CheckColourSpace(Resolve(array.Data[1]), where + " (base of Indexed)", resources);
                        break;
                    case "Separation" when array.Data.Count > 2:
                    case "DeviceN" when array.Data.Count > 2:
                        CheckColourSpace(Resolve(array.Data[2]), where + $" (alternate of {family.Data})", resources);
                        break;
                    case "Pattern" when array.Data.Count > 1:
                        CheckColourSpace(Resolve(array.Data[1]), where + " (base of Pattern)", resources);
                        break;
                    case "CalRGB" or "CalGray" or "Lab" or "Pattern":
                        break;
                    default:
                        Problem("not covered", $"{where} uses colour space [{family.Data} …]");
                        break;
                }

                break;
            default:
                Problem("antrag", $"{where} has an invalid colour space");
                break;
        }
    }

    private void CheckIccProfile(StreamToken profile, string where)
    {
        var icc = Decode(profile, where + " ICC profile");
        if (icc is null || icc.Length < 20)
        {
            return;
        }

        var deviceClass = Encoding.ASCII.GetString(icc, 12, 4);
        var space = Encoding.ASCII.GetString(icc, 16, 4);
        var n = (Resolve(Get(profile.StreamDictionary, "N")) as NumericToken)?.Int;
        var expected = space switch { "RGB " or "Lab " => 3, "CMYK" => 4, "GRAY" => 1, _ => -1 };
        if (deviceClass is not ("prtr" or "mntr" or "scnr" or "spac") || expected < 0 || icc[8] >= 5)
        {
            Problem("6.2.4.2", $"{where}: ICC profile of class '{deviceClass}', space '{space}', version {icc[8]} is not allowed");
        }
        else if (n != expected)
        {
            Problem("6.2.4.2", $"{where}: ICC profile for '{space}' but /N {n}");
        }
    }

    // ---- every object: streams, actions, annotations, external references ----

    private void CheckAllObjects()
    {
        foreach (var reference in doc.Structure.CrossReferenceTable.ObjectOffsets.Keys.OrderBy(r => r.ObjectNumber))
        {
            Walk(doc.Structure.GetObject(reference).Data, $"object {reference.ObjectNumber}");
        }
    }

    private void Walk(IToken token, string where)
    {
        switch (token)
        {
            case StreamToken s:
                foreach (var key in new[] { "F", "FFilter", "FDecodeParms" })
                {
                    if (Get(s.StreamDictionary, key) is not null)
                    {
                        Problem("6.1.7.1", $"{where}: the stream has /{key} (data in an external file)");
                    }
                }

                if (Filters(s.StreamDictionary).Contains("LZWDecode"))
                {
                    Problem("6.1.7.2", $"{where}: LZW compression");
                }

                WalkDictionary(s.StreamDictionary, where);
                break;
            case DictionaryToken d:
                WalkDictionary(d, where);
                break;
            case ArrayToken a:
                foreach (var item in a.Data)
                {
                    Walk(item, where);
                }

                break;
        }
    }

    private void WalkDictionary(DictionaryToken d, string where)
    {
        if (Name(d, "S") is { } action && ForbiddenActions.TryGetValue(action, out var clause))
        {
            Problem(clause, $"{where}: a /{action} action");
        }

        foreach (var (key, clauseOf, what) in new[]
                 {
                     ("AA", "6.5.2", "additional actions (/AA)"), ("JS", "6.5.1", "JavaScript"), ("EF", "antrag", "an embedded file"),
                     ("OPI", "6.2.8", "OPI"), ("URI", "antrag", "a URI"),
                 })
        {
            if (Get(d, key) is not null)
            {
                Problem(clauseOf, $"{where}: {what}");
            }
        }

        if (Name(d, "Type") is "Filespec" or "FileSpec")
        {
            Problem("antrag", $"{where}: a file specification (a reference to another file)");
        }

        foreach (var value in d.Data.Values)
        {
            Walk(value, where);
        }
    }

    private void CheckAnnotation(DictionaryToken annot, string where)
    {
        var subtype = Name(annot, "Subtype") ?? "?";
        where += $" /{subtype} annotation";
        if (!AnnotationTypes.Contains(subtype))
        {
            Problem("6.3.1", $"{where} is not permitted");
        }

        var flags = (Resolve(Get(annot, "F")) as NumericToken)?.Int;
        if (subtype != "Popup" && flags is null)
        {
            Problem("6.3.2", $"{where} has no /F");
        }
        else if (flags is { } f && ((f & 4) == 0 || (f & (1 | 2 | 32 | 256)) != 0))
        {
            Problem("6.3.2", $"{where}: /F {f} must set Print and clear Invisible, Hidden, NoView and ToggleNoView");
        }

        var rect = (Resolve(Get(annot, "Rect")) as ArrayToken)?.Data.Select(t => (Resolve(t) as NumericToken)?.Data ?? 0).ToArray() ?? [];
        var empty = rect.Length == 4 && rect[0] == rect[2] && rect[1] == rect[3];
        if (Resolve(Get(annot, "AP")) is DictionaryToken ap)
        {
            if (ap.Data.Keys.Any(k => k != "N"))
            {
                Problem("6.3.3", $"{where}: the appearance dictionary has entries other than /N");
            }
        }
        else if (!empty && subtype is not ("Popup" or "Link"))
        {
            Problem("6.3.3", $"{where} has no appearance dictionary");
        }
    }

    // ---- fonts ----

    private void CheckFonts()
    {
        foreach (var reference in doc.Structure.CrossReferenceTable.ObjectOffsets.Keys.OrderBy(r => r.ObjectNumber))
        {
            if (doc.Structure.GetObject(reference).Data is DictionaryToken font && Name(font, "Type") == "Font"
                && Name(font, "Subtype") is "Type0" or "Type1" or "MMType1" or "TrueType" or "Type3")
            {
                CheckFont(reference, font);
            }
        }
    }

    private void CheckFont(IndirectReference reference, DictionaryToken font)
    {
        var name = Name(font, "BaseFont") ?? reference.ToString();
        var used = usedCodes.GetValueOrDefault(reference) ?? [];
        var subtype = Name(font, "Subtype");
        if (subtype == "Type3")
        {
            if (used.Count > 0)
            {
                Problem("not covered", $"Type 3 font {name} (its glyph procedures are not checked)");
            }

            return;
        }

        if (subtype != "Type0")
        {
            if (Descriptor(font) is not { } simple || FontFile(simple) is null)
            {
                Problem("6.2.11.4.1", $"font {name} has no embedded font program");
            }
            else if (used.Count > 0)
            {
                Problem("not covered", $"simple font {name} (widths and glyphs are not checked)");
            }

            return;
        }

        CheckUnicode(reference, font, name, used);
        if (Resolve(Get(font, "Encoding")) is not NameToken { Data: "Identity-H" or "Identity-V" })
        {
            Problem("not covered", $"font {name}: an encoding other than Identity-H or Identity-V");
        }

        if (Resolve((Resolve(Get(font, "DescendantFonts")) as ArrayToken)?.Data.FirstOrDefault()) is not DictionaryToken cid)
        {
            Problem("6.2.11.2", $"font {name} has no descendant CIDFont");
            return;
        }

        var cidType = Name(cid, "Subtype");
        if (cidType == "CIDFontType2" && Get(cid, "CIDToGIDMap") is null)
        {
            Problem("6.2.11.3.2", $"CIDFont {name} has no /CIDToGIDMap");
        }

        var descriptor = Descriptor(cid);
        var program = descriptor is null ? null : FontFile(descriptor);
        if (program is null)
        {
            Problem("6.2.11.4.1", $"font {name} has no embedded font program");
            return;
        }

        if (descriptor is not null && Get(descriptor, "CIDSet") is not null)
        {
            Problem("not covered", $"font {name} has a /CIDSet");
        }

        if (cidType != "CIDFontType2" || program.Value.Key != "FontFile2" || Resolve(Get(cid, "CIDToGIDMap")) is not NameToken { Data: "Identity" })
        {
            Problem("not covered", $"font {name}: glyphs and widths are only checked for TrueType CIDFonts with an identity CIDToGIDMap");
            return;
        }

        var data = Decode(program.Value.Value, $"font {name}");
        if (data is null)
        {
            return;
        }

        TrueTypeMetrics metrics;
        try
        {
            metrics = TrueTypeMetrics.Read(data);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            Problem("6.2.11.2", $"font {name}: the embedded TrueType program cannot be read: {ex.Message}");
            return;
        }

        var widths = Widths(cid);
        var defaultWidth = (Resolve(Get(cid, "DW")) as NumericToken)?.Data ?? 1000;
        foreach (var glyph in used.Order())
        {
            if (glyph == 0)
            {
                Problem("6.2.11.8", $"font {name}: the .notdef glyph is shown");
            }
            else if (glyph >= metrics.GlyphCount)
            {
                Problem("6.2.11.4.1", $"font {name}: glyph {glyph} is shown but the font program has {metrics.GlyphCount} glyphs");
            }
            else
            {
                var width = widths.TryGetValue(glyph, out var w) ? w : defaultWidth;
                if (Math.Abs(width - metrics.Advance(glyph)) > 1)
                {
                    Problem("6.2.11.5", $"font {name}: glyph {glyph} is {width:0.###} wide in /W but {metrics.Advance(glyph):0.###} in the font program");
                }
            }
        }
    }

    private DictionaryToken? Descriptor(DictionaryToken font) => Resolve(Get(font, "FontDescriptor")) as DictionaryToken;

    private KeyValuePair<string, StreamToken>? FontFile(DictionaryToken descriptor)
    {
        foreach (var key in new[] { "FontFile", "FontFile2", "FontFile3" })
        {
            if (Resolve(Get(descriptor, key)) is StreamToken s)
            {
                return new(key, s);
            }
        }

        return null;
    }

    /// <summary>The /W array of a CIDFont: "c [w1 w2 …]" and "cFirst cLast w" entries.</summary>
    private Dictionary<int, double> Widths(DictionaryToken cid)
    {
        var widths = new Dictionary<int, double>();
        var items = (Resolve(Get(cid, "W")) as ArrayToken)?.Data.Select(Resolve).ToList() ?? [];
        for (var i = 0; i < items.Count;)
        {
            if (items[i] is NumericToken first && i + 1 < items.Count && items[i + 1] is ArrayToken run)
            {
                for (var k = 0; k < run.Data.Count; k++)
                {
                    widths[first.Int + k] = (Resolve(run.Data[k]) as NumericToken)?.Data ?? 0;
                }

                i += 2;
            }
            else if (i + 2 < items.Count && items[i] is NumericToken from && items[i + 1] is NumericToken to && items[i + 2] is NumericToken w)
            {
                for (var c = from.Int; c <= to.Int; c++)
                {
                    widths[c] = w.Data;
                }

                i += 3;
            }
            else
            {
                Problem("6.2.11.2", "a CIDFont has a malformed /W array");
                break;
            }
        }

        return widths;
    }

    // ---- metadata ----

    private void CheckMetadata()
    {
        if (Resolve(Get(Catalog, "Metadata")) is not StreamToken stream
            || Name(stream.StreamDictionary, "Type") != "Metadata" || Name(stream.StreamDictionary, "Subtype") != "XML")
        {
            Problem("6.6.2.1", "the catalog has no /Metadata stream of /Type /Metadata and /Subtype /XML");
            return;
        }

        var data = Decode(stream, "the XMP metadata");
        if (data is null)
        {
            return;
        }

        var text = Encoding.UTF8.GetString(data);
        var packet = XPacket().Match(text);
        if (!packet.Success)
        {
            Problem("6.6", "the XMP metadata has no <?xpacket begin=… ?> header");
        }
        else if (packet.Value.Contains("bytes=", StringComparison.Ordinal) || packet.Value.Contains("encoding=", StringComparison.Ordinal))
        {
            Problem("6.6", "the xpacket header has a bytes or encoding attribute");
        }

        XDocument xmp;
        try
        {
            xmp = XDocument.Parse(text.TrimStart('\uFEFF'));
        }
        catch (System.Xml.XmlException ex)
        {
            Problem("6.6", "the XMP metadata is not well-formed XML: " + ex.Message);
            return;
        }

        var properties = xmp.Descendants(Rdf + "RDF").Take(1).Elements(Rdf + "Description")
            .SelectMany(d => d.Elements().Select(e => (e.Name, (XObject)e))
                .Concat(d.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != Rdf && a.Name.Namespace != XNamespace.Xml).Select(a => (a.Name, (XObject)a))))
            .ToList();
        // Schemas PDF/A does not predefine are described by an extension schema, each property used (6.6.2.3).
        var PdfaSchema = (XNamespace)"http://www.aiim.org/pdfa/ns/schema#";
        var PdfaProperty = (XNamespace)"http://www.aiim.org/pdfa/ns/property#";
        var described = xmp.Descendants(PdfaSchema + "namespaceURI").ToDictionary(
            n => n.Value,
            n => n.Parent!.Descendants(PdfaProperty + "name").Select(p => p.Value).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        foreach (var name in properties.Select(p => p.Name).Distinct().Where(n => !PredefinedSchemas.Contains(n.NamespaceName) && !ExtensionNamespaces.Contains(n.NamespaceName)))
        {
            if (!described.TryGetValue(name.NamespaceName, out var names))
            {
                Problem("6.6", $"the XMP uses the schema '{name.NamespaceName}', which is not predefined and has no extension schema");
            }
            else if (!names.Contains(name.LocalName))
            {
                Problem("6.6", $"the XMP uses the property {name.LocalName} of '{name.NamespaceName}', which its extension schema does not describe");
            }
        }

        string? Simple(XName name) => properties.Where(p => p.Name == name).Select(p => p.Item2 switch
        {
            XElement e => e.Value,
            XAttribute a => a.Value,
            _ => null,
        }).FirstOrDefault();

        string? AltDefault(XName name) => properties.Where(p => p.Name == name).Select(p => p.Item2).OfType<XElement>()
            .SelectMany(e => e.Descendants(Rdf + "li"))
            .FirstOrDefault(li => (string?)li.Attribute(XNamespace.Xml + "lang") == "x-default")?.Value;

        List<string> Seq(XName name) => properties.Where(p => p.Name == name).Select(p => p.Item2).OfType<XElement>()
            .SelectMany(e => e.Descendants(Rdf + "li")).Select(li => li.Value).ToList();

        if (Simple(PdfAId + "part") != "2")
        {
            Problem("6.6.4", $"pdfaid:part is '{Simple(PdfAId + "part")}', not 2");
        }

        if (Simple(PdfAId + "conformance") != "A")
        {
            Problem("6.6.4", $"pdfaid:conformance is '{Simple(PdfAId + "conformance")}', not A");
        }

        CheckUaMetadata(Simple((XNamespace)"http://www.aiim.org/pdfua/ns/id/" + "part"), AltDefault(Dc + "title"));

        var info = doc.Information;
        void Same(string? infoValue, string? xmpValue, string key, string property)
        {
            if (infoValue is not null && infoValue != xmpValue)
            {
                Problem("6.6", $"Info /{key} '{infoValue}' differs from {property} '{xmpValue}'");
            }
        }

        Same(info.Title, AltDefault(Dc + "title"), "Title", "dc:title");
        Same(info.Subject, AltDefault(Dc + "description"), "Subject", "dc:description");
        Same(info.Keywords, Simple(Pdf + "Keywords"), "Keywords", "pdf:Keywords");
        Same(info.Creator, Simple(Xmp + "CreatorTool"), "Creator", "xmp:CreatorTool");
        Same(info.Producer, Simple(Pdf + "Producer"), "Producer", "pdf:Producer");
        if (info.Author is not null && Seq(Dc + "creator") is var creators && (creators.Count != 1 || creators[0] != info.Author))
        {
            Problem("6.6", $"Info /Author '{info.Author}' differs from dc:creator [{string.Join(", ", creators)}]");
        }

        SameDate(info.CreationDate, Simple(Xmp + "CreateDate"), "CreationDate", "xmp:CreateDate");
        SameDate(info.ModifiedDate, Simple(Xmp + "ModifyDate"), "ModDate", "xmp:ModifyDate");

        var documentId = Simple(XmpMM + "DocumentID");
        if (trailerId is not null && documentId is not null && documentId.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant() != "UUID:" + trailerId)
        {
            Problem("antrag", $"xmpMM:DocumentID '{documentId}' is not the trailer /ID {trailerId}");
        }
    }

    private void SameDate(string? infoDate, string? xmpDate, string key, string property)
    {
        if (infoDate is null)
        {
            return;
        }

        var a = ParsePdfDate(infoDate);
        var ok = DateTimeOffset.TryParse(xmpDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var b);
        if (a is null)
        {
            Problem("antrag", $"Info /{key} '{infoDate}' is not a PDF date");
        }
        else if (!ok || a.Value != b)
        {
            Problem("6.6", $"Info /{key} '{infoDate}' differs from {property} '{xmpDate}'");
        }
    }

    private static DateTimeOffset? ParsePdfDate(string s)
    {
        var m = PdfDate().Match(s);
        if (!m.Success)
        {
            return null;
        }

        int Part(int group, int fallback) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : fallback;
        var offset = TimeSpan.Zero;
        if (m.Groups[7].Success && m.Groups[7].Value != "Z")
        {
            offset = new TimeSpan(Part(8, 0), Part(9, 0), 0);
            if (m.Groups[7].Value == "-")
            {
                offset = -offset;
            }
        }

        return new DateTimeOffset(Part(1, 1), Part(2, 1), Part(3, 1), Part(4, 0), Part(5, 0), Part(6, 0), offset);
    }

    // ---- tokens ----

    private IToken? Resolve(IToken? token)
    {
        for (var i = 0; token is IndirectReferenceToken r && i < 32; i++)
        {
            token = doc.Structure.GetObject(r.Data).Data;
        }

        return token;
    }

    private static IToken? Get(DictionaryToken? d, string key) => d is not null && d.Data.TryGetValue(key, out var v) ? v : null;

    private string? Name(DictionaryToken? d, string key) => (Resolve(Get(d, key)) as NameToken)?.Data;

    private List<string> Filters(DictionaryToken d) => Resolve(Get(d, "Filter")) switch
    {
        NameToken n => [n.Data],
        ArrayToken a => a.Data.Select(Resolve).OfType<NameToken>().Select(n => n.Data).ToList(),
        _ => [],
    };

    /// <summary>The decoded data of a stream (unfiltered or Flate); null after reporting a filter the check cannot decode.</summary>
    private byte[]? Decode(StreamToken stream, string what)
    {
        var filters = Filters(stream.StreamDictionary);
        var data = stream.Data.ToArray();
        if (filters.Count == 0)
        {
            return data;
        }

        if (filters is not ["FlateDecode"] || Get(stream.StreamDictionary, "DecodeParms") is not null)
        {
            Problem("not covered", $"{what}: filter {string.Join(" ", filters)} is not decoded by the check");
            return null;
        }

        try
        {
            using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            Problem("6.1.7.2", $"{what}: the Flate data cannot be decoded: {ex.Message}");
            return null;
        }
    }

    [GeneratedRegex(@"\A%PDF-1\.[0-7](\r\n|\r|\n)")]
    private static partial Regex Header();

    [GeneratedRegex(@"startxref(?:\r\n|\r|\n)(\d+)(?:\r\n|\r|\n)%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Gxref(?:\r\n|\r|\n)(\d+) (\d+)(?:\r\n|\r|\n)")]
    private static partial Regex XrefTable();

    [GeneratedRegex(@"\G(\d+) 0 obj(?:\r\n|\r|\n)(<<.*?/Type /XRef.*?>>)\s*stream(?:\r\n|\n)", RegexOptions.Singleline)]
    private static partial Regex XrefStreamPattern();

    [GeneratedRegex(@"\G(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"\Gtrailer\s*(<<.*?>>)\s*startxref", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"/ID\s*\[\s*<([0-9A-Fa-f]{32})>\s*<([0-9A-Fa-f]{32})>\s*\]")]
    private static partial Regex TrailerId();

    [GeneratedRegex(@"\A(\d+) (\d+) obj(\r\n|\r|\n)")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@">>\s*stream(\r\n|\n|\r)?")]
    private static partial Regex StreamKeyword();

    [GeneratedRegex(@"/Length (\d+)\b(?!\s+\d+\s+R)")]
    private static partial Regex StreamLength();

    [GeneratedRegex(@"\G(?:\r\n|\r|\n)endstream")]
    private static partial Regex EndStream();

    [GeneratedRegex(@"<\?xpacket begin=[^?]*\?>")]
    private static partial Regex XPacket();

    [GeneratedRegex(@"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z|[+-])(\d{2})'?(\d{2})?'?)?$")]
    private static partial Regex PdfDate();
}
