using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Antrag.Export;

/// <summary>
/// Rewrites the PDF that Skia wrote: a document ID derived from the content instead of the clock, no dates for an undated
/// document, and an outline (bookmarks). Understands only Skia's own output: one classic cross-reference table, no object streams.
/// </summary>
internal static partial class PdfFinisher
{
    /// <summary>A bookmark: its title and the zero-based index of the page it opens.</summary>
    public readonly record struct Bookmark(string Title, int PageIndex);

    /// <summary>Stands in for the document ID while the file is hashed; same length as the real ID.</summary>
    private const string IdPlaceholder = "00000000000000000000000000000000";

    private const string UuidPlaceholder = "uuid:00000000-0000-0000-0000-000000000000";

    /// <summary>Returns the finished file; the same input gives the same bytes.</summary>
    /// <param name="pdf">Skia's output, written with PDF/A metadata.</param>
    /// <param name="dated">False removes the creation and modification dates (Skia writes year 1 when none is given).</param>
    /// <param name="bookmarks">Top-level outline entries in order; none adds no outline.</param>
    public static byte[] Finish(byte[] pdf, bool dated, IReadOnlyList<Bookmark> bookmarks)
    {
        // Latin-1 maps every byte to one char and back, so string offsets are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var (header, objects, trailer) = Parse(text);
        var root = Reference(trailer, "Root");
        var info = Reference(trailer, "Info");
        var metadata = Reference(objects[root], "Metadata");

        objects[metadata] = RewriteMetadata(objects[metadata], dated);
        if (!dated)
        {
            objects[info] = InfoDate().Replace(objects[info], string.Empty);
        }

        var added = new List<string>();
        if (bookmarks.Count > 0)
        {
            var pages = new List<int>();
            CollectPages(objects, Reference(objects[root], "Pages"), pages);
            var outlines = objects.Keys.Max() + 1;
            added.AddRange(Outline(objects, pages, outlines, bookmarks));
            objects[root] = objects[root].Replace("<</Type /Catalog", $"<</Type /Catalog\n/Outlines {outlines} 0 R\n/PageMode /UseOutlines", StringComparison.Ordinal);
        }

        var size = objects.Keys.Max() + 1 + added.Count;
        var offsets = new long[size];
        var sb = new StringBuilder(header, text.Length + 4096);
        foreach (var (number, body) in objects)
        {
            offsets[number] = sb.Length;
            sb.Append(body);
        }

        for (var i = 0; i < added.Count; i++)
        {
            var number = size - added.Count + i;
            offsets[number] = sb.Length;
            sb.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{added[i]}\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{offsets[n]:D10} 00000 n \n");
        }

        var trailerAt = sb.Length;
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size}\n/Root {root} 0 R\n/Info {info} 0 R\n/ID [<{IdPlaceholder}> <{IdPlaceholder}>]>>\nstartxref\n{xref}\n%%EOF\n");

        // The ID is the MD5 of the file with the ID blanked out (the PDF reference suggests a hash of the contents),
        // shaped as a name-based UUID (version 3) for the XMP; the trailer holds the same 16 bytes.
        var blank = Encoding.Latin1.GetBytes(sb.ToString());
        var id = Md5.Hash(blank);
        id[6] = (byte)((id[6] & 0x0F) | 0x30);
        id[8] = (byte)((id[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexString(id);
        var lower = hex.ToLowerInvariant();
        var uuid = $"uuid:{lower[..8]}-{lower[8..12]}-{lower[12..16]}-{lower[16..20]}-{lower[20..]}";
        var finished = sb.ToString();
        var xmpAt = (int)offsets[metadata];
        var xmpEnd = finished.IndexOf("endobj\n", xmpAt, StringComparison.Ordinal);
        finished = finished[..xmpAt]
            + finished[xmpAt..xmpEnd].Replace(UuidPlaceholder, uuid, StringComparison.Ordinal)
            + finished[xmpEnd..trailerAt]
            + finished[trailerAt..].Replace(IdPlaceholder, hex, StringComparison.Ordinal);
        var result = Encoding.Latin1.GetBytes(finished);
        if (result.Length != blank.Length)
        {
            throw new InvalidOperationException("the document ID changed the length of the PDF");
        }

        return result;
    }

    /// <summary>Splits Skia's file into the header (up to the first object), the objects by number, and the trailer dictionary.</summary>
    private static (string Header, SortedDictionary<int, string> Objects, string Trailer) Parse(string text)
    {
        var startxref = text.LastIndexOf("startxref\n", StringComparison.Ordinal);
        var xrefAt = startxref < 0 ? -1 : int.Parse(text.AsSpan(startxref + 10, text.IndexOf('\n', startxref + 10) - startxref - 10), CultureInfo.InvariantCulture);
        var table = xrefAt < 0 ? Match.Empty : XrefHeader().Match(text, xrefAt);
        if (!table.Success || table.Index != xrefAt)
        {
            throw new InvalidOperationException("the PDF has no cross-reference table where startxref points");
        }

        var count = int.Parse(table.Groups[1].Value, CultureInfo.InvariantCulture);
        var entries = new List<(int Number, int Offset)>();
        var at = table.Index + table.Length;
        for (var n = 0; n < count; n++)
        {
            var line = text.Substring(at, 20);
            at += 20;
            if (n > 0 && line[17] == 'n')
            {
                entries.Add((n, int.Parse(line.AsSpan(0, 10), CultureInfo.InvariantCulture)));
            }
        }

        var trailerAt = text.IndexOf("trailer\n", at, StringComparison.Ordinal);
        var trailer = text[trailerAt..startxref];
        entries.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var objects = new SortedDictionary<int, string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (number, offset) = entries[i];
            var end = i + 1 < entries.Count ? entries[i + 1].Offset : xrefAt;
            var body = text[offset..end];
            if (!body.StartsWith(number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"object {number} is not where the cross-reference table says");
            }

            objects[number] = body;
        }

        return (text[..entries[0].Offset], objects, trailer);
    }

    private static int Reference(string dictionary, string key)
    {
        var m = Regex.Match(dictionary, "/" + key + @" (\d+) 0 R", RegexOptions.CultureInvariant);
        return m.Success
            ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"the PDF has no /{key} where expected");
    }

    /// <summary>The XMP stream with a placeholder ID and, for an undated document, without dates; its /Length updated.</summary>
    private static string RewriteMetadata(string body, bool dated)
    {
        var m = MetadataStream().Match(body);
        if (!m.Success)
        {
            throw new InvalidOperationException("the XMP metadata stream is not in the expected form");
        }

        var dataAt = m.Index + m.Length;
        var length = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var xmp = Uuid().Replace(body.Substring(dataAt, length), UuidPlaceholder);
        if (!dated)
        {
            xmp = XmpDate().Replace(xmp, string.Empty);
        }

        return body[..m.Index] + m.Groups[1].Value + xmp.Length.ToString(CultureInfo.InvariantCulture) + ">> stream\n" + xmp + body[(dataAt + length)..];
    }

    /// <summary>Appends the numbers of the page objects under <paramref name="node"/> in page order.</summary>
    private static void CollectPages(IReadOnlyDictionary<int, string> objects, int node, List<int> pages)
    {
        var body = objects[node];
        if (body.Contains("/Type /Pages\n", StringComparison.Ordinal))
        {
            foreach (Match kid in Kid().Matches(Kids().Match(body).Groups[1].Value))
            {
                CollectPages(objects, int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), pages);
            }
        }
        else
        {
            pages.Add(node);
        }
    }

    /// <summary>The outline dictionary (numbered <paramref name="first"/>) and one item per bookmark after it, each opening the top of its page.</summary>
    private static IEnumerable<string> Outline(IReadOnlyDictionary<int, string> objects, List<int> pages, int first, IReadOnlyList<Bookmark> bookmarks)
    {
        var n = bookmarks.Count;
        yield return $"<</Type /Outlines\n/First {first + 1} 0 R\n/Last {first + n} 0 R\n/Count {n}>>";
        for (var i = 0; i < n; i++)
        {
            var page = pages[bookmarks[i].PageIndex];
            var box = MediaBox().Match(objects[page]);
            var top = box.Success ? box.Groups[4].Value : throw new InvalidOperationException($"page object {page} has no /MediaBox");
            var item = new StringBuilder();
            item.Append(CultureInfo.InvariantCulture, $"<</Title <FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(bookmarks[i].Title))}>\n/Parent {first} 0 R");
            if (i > 0)
            {
                item.Append(CultureInfo.InvariantCulture, $"\n/Prev {first + i} 0 R");
            }

            if (i < n - 1)
            {
                item.Append(CultureInfo.InvariantCulture, $"\n/Next {first + i + 2} 0 R");
            }

            item.Append(CultureInfo.InvariantCulture, $"\n/Dest [{page} 0 R /XYZ 0 {top} 0]>>");
            yield return item.ToString();
        }
    }

    [GeneratedRegex(@"xref\n0 (\d+)\n")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"\n/(?:CreationDate|ModDate) \([^)]*\)")]
    private static partial Regex InfoDate();

    [GeneratedRegex(@"(/Type /Metadata\n/Subtype /XML\n/Length )(\d+)>> stream\n")]
    private static partial Regex MetadataStream();

    [GeneratedRegex(@"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"<xmp:(ModifyDate|CreateDate)>[^<]*</xmp:\1>\n")]
    private static partial Regex XmpDate();

    [GeneratedRegex(@"/Kids \[([^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"(\d+) 0 R")]
    private static partial Regex Kid();

    [GeneratedRegex(@"/MediaBox \[(\S+) (\S+) (\S+) (\S+)\]")]
    private static partial Regex MediaBox();
}
