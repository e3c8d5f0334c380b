using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Antrag.Pdf.Compression;

namespace Antrag.Pdf;

/// <summary>
/// Writes one PDF/A-2 file: pages (see <see cref="PdfPage"/>), embedded subset fonts, image forms, metadata (Info and
/// XMP), the sRGB output intent, an optional outline, and a document ID that is a hash of the content. Started with a
/// structure tree, the file is tagged (PDF/A-2a and PDF/UA-1: every drawing is structure content or an artifact, the
/// tree with its parent tree in one compressed object stream and a cross-reference stream, MarkInfo, the language, the
/// tab order); without one it is PDF/A-2b with a cross-reference table. Same calls, same bytes.
/// Objects are numbered in the order they are first needed: the pages' in the order they are begun, a font's or a form's
/// when a page first uses it, the structure elements' in the tree's order when the file is finished.
/// </summary>
public sealed class PdfDocumentWriter
{
    private const int CatalogNumber = 1;
    private const int InfoNumber = 2;
    private const int MetadataNumber = 3;
    private const int ProfileNumber = 4;
    private const int PagesNumber = 5;

    private static readonly Lazy<byte[]> Profile = new(() => Deflate.Zlib(ColorProfile()));

    private readonly PdfBuffer file = new(65536);
    private readonly List<long> offsets = [0];
    private readonly List<(int Number, float Height)> pages = [];
    // Fonts and image forms by resource name and first object number, numbered in the order the pages first use them.
    private readonly Dictionary<PdfFontProgram, (string Name, int Number)> fonts = [];
    private readonly Dictionary<PdfForm, (string Name, int Number)> forms = [];
    // Per page with marked content, in the order of EndPage: its StructParents key and the element of each MCID.
    private readonly List<List<PdfStructureElement>> parentTree = [];
    private int open;
    private bool finished;

    // The objects written into the object stream (the structure tree): their numbers and where each starts in it.
    private readonly PdfBuffer stm = new(8192);
    private readonly List<(int Number, int At)> inStream = [];
    private readonly Dictionary<int, (int Stream, int Index)> compressed = [];

    /// <summary>Starts a file; with <paramref name="structure"/>, the root of its structure tree, a tagged one.</summary>
    public PdfDocumentWriter(PdfStructureElement? structure = null)
    {
        if (structure?.Parent is not null)
        {
            throw new ArgumentException("the structure tree's root has a parent", nameof(structure));
        }

        Structure = structure;
        for (var n = 1; n <= PagesNumber; n++)
        {
            Reserve();
        }

        file.Append("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
    }

    /// <summary>The root of the structure tree; null for an untagged file.</summary>
    internal PdfStructureElement? Structure { get; }

    /// <summary>Whether the file is tagged.</summary>
    internal bool Tagged => Structure is not null;

    /// <summary>Begins the next page, <paramref name="width"/> × <paramref name="height"/> points; draw on it, then <see cref="EndPage"/>.</summary>
    public PdfPage BeginPage(float width, float height)
    {
        ThrowIfFinished();
        var number = Reserve();
        var contents = Reserve();
        open++;
        return new PdfPage(this, number, contents, width, height);
    }

    /// <summary>Writes <paramref name="page"/>'s content and page object; the page comes after those ended before it.</summary>
    public void EndPage(PdfPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        ThrowIfFinished();
        if (page.Writer != this || page.Ended)
        {
            throw new InvalidOperationException(page.Ended ? "the page has been ended already" : "the page belongs to another writer");
        }

        if (page.InMarkedContent)
        {
            throw new InvalidOperationException("a marked-content sequence of the page is still open");
        }

        Stream(page.Contents, "/Filter /FlateDecode", Deflate.Zlib(page.Finish(), fast: true));
        page.Ended = true;
        open--;

        Begin(page.Number).Append("<</Type /Page /Parent ").Integer(PagesNumber).Append(" 0 R /MediaBox [0 0 ").Number(page.Width).Number(page.Height).Append("] /Resources <<");
        Resources("/Font", page.Fonts);
        Resources("/XObject", page.Forms);
        file.Append(">> /Contents ").Integer(page.Contents).Append(" 0 R");
        if (Tagged)
        {
            // Tab order by structure (PDF/UA); the key of the page's entry in the parent tree, if it has tagged content.
            file.Append(" /Tabs /S");
            if (page.Marked.Count > 0)
            {
                file.Append(" /StructParents ").Integer(parentTree.Count);
                parentTree.Add(page.Marked);
            }
        }

        file.Append(">>");
        End();
        pages.Add((page.Number, page.Height));
    }

    /// <summary>
    /// Writes the fonts, forms, page tree, <paramref name="bookmarks"/> (if any), metadata and cross-reference table, and
    /// returns the file. The writer is done then.
    /// </summary>
    public byte[] Finish(PdfInfo info, IReadOnlyList<PdfBookmark> bookmarks)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(bookmarks);
        ThrowIfFinished();
        if (open > 0)
        {
            throw new InvalidOperationException("a page was begun but not ended");
        }

        finished = true;

        // The same strings in the Info dictionary and in the XMP (PDF/A asks for both to agree): as XML allows them. The
        // bookmarks, which show the same Betreff, the same way.
        info = new PdfInfo(XmlText.Allowed(info.Title), XmlText.Allowed(info.Author), XmlText.Allowed(info.Subject), XmlText.Allowed(info.Keywords), info.Created, XmlText.Allowed(info.Creator))
        {
            Language = info.Language,
        };
        WriteFonts();
        WriteForms();

        Begin(PagesNumber).Append("<</Type /Pages /Kids [");
        for (var i = 0; i < pages.Count; i++)
        {
            file.Append(i == 0 ? string.Empty : " ").Integer(pages[i].Number).Append(" 0 R");
        }

        file.Append("] /Count ").Integer(pages.Count).Append(">>");
        End();

        var outlines = bookmarks.Count > 0 ? WriteOutline(bookmarks) : 0;
        var structTreeRoot = Structure is null ? 0 : WriteStructure(Structure);

        Begin(CatalogNumber).Append("<</Type /Catalog /Pages ").Integer(PagesNumber).Append(" 0 R /Metadata ").Integer(MetadataNumber).Append(" 0 R")
            .Append(" /OutputIntents [<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1) /DestOutputProfile ")
            .Integer(ProfileNumber).Append(" 0 R>>] /ViewerPreferences <</DisplayDocTitle true>>");
        if (outlines > 0)
        {
            file.Append(" /Outlines ").Integer(outlines).Append(" 0 R /PageMode /UseOutlines");
        }

        if (!string.IsNullOrEmpty(info.Language))
        {
            file.Append(" /Lang ").Append(PdfSyntax.Text(info.Language));
        }

        if (structTreeRoot > 0)
        {
            file.Append(" /MarkInfo <</Marked true>> /StructTreeRoot ").Integer(structTreeRoot).Append(" 0 R");
        }

        file.Append(">>");
        End();

        WriteInfo(info);
        var (xmp, uuidAt) = XmpPacket.Create(info, Tagged);
        var xmpStart = Stream(MetadataNumber, "/Type /Metadata /Subtype /XML", xmp);
        Stream(ProfileNumber, "/N 3 /Filter /FlateDecode", Profile.Value);

        var xref = file.Length;
        int idAt;
        if (compressed.Count == 0)
        {
            file.Append("xref\n0 ").Integer(offsets.Count).Append("\n0000000000 65535 f \n");
            for (var n = 1; n < offsets.Count; n++)
            {
                file.Append(offsets[n].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
            }

            file.Append("trailer\n<</Size ").Integer(offsets.Count).Append(" /Root ").Integer(CatalogNumber).Append(" 0 R /Info ").Integer(InfoNumber).Append(" 0 R /ID [<");
            idAt = file.Length;
            file.Append(new string('0', 32)).Append("> <").Append(new string('0', 32)).Append(">]>>\nstartxref\n").Integer(xref).Append("\n%%EOF\n");
        }
        else
        {
            idAt = WriteXrefStream();
        }
        // The ID is the XXH128 hash of the file with the ID written as zeros (the PDF reference suggests a hash of the
        // contents), shaped as a UUID of version 8 (RFC 9562: the bits are the writer's own) for the XMP; the trailer holds
        // the same 16 bytes. Nothing rests on it being hard to forge: it tells files and their versions apart.
        var id = XxHash128.Hash(file.Written);
        id[6] = (byte)((id[6] & 0x0F) | 0x80);
        id[8] = (byte)((id[8] & 0x3F) | 0x80);
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(id));
        file.Patch(idAt, hex);
        file.Patch(idAt + 35, hex);
        var lower = Convert.ToHexString(id).ToLowerInvariant();
        var uuid = Encoding.ASCII.GetBytes($"{lower[..8]}-{lower[8..12]}-{lower[12..16]}-{lower[16..20]}-{lower[20..]}");
        foreach (var at in uuidAt)
        {
            file.Patch(xmpStart + at, uuid);
        }

        return file.ToArray();
    }

    /// <summary>The resource name of <paramref name="font"/>, registered on its first use; noted in <paramref name="used"/>.</summary>
    internal string Use(PdfFontProgram font, SortedDictionary<int, string> used) => Use(fonts, font, "F", 5, used);

    /// <summary>The resource name of <paramref name="form"/>, registered on its first use; noted in <paramref name="used"/>.</summary>
    internal string Use(PdfForm form, SortedDictionary<int, string> used) => Use(forms, form, "X", 1 + form.Objects.Count, used);

    /// <summary>
    /// The resource name of <paramref name="resource"/>, registered on first use with <paramref name="objects"/> object
    /// numbers; noted in <paramref name="used"/> (by object number) for the page's resource dictionary.
    /// </summary>
    private string Use<T>(Dictionary<T, (string Name, int Number)> registered, T resource, string prefix, int objects, SortedDictionary<int, string> used)
        where T : notnull
    {
        if (!registered.TryGetValue(resource, out var entry))
        {
            entry = (prefix + (registered.Count + 1).ToString(CultureInfo.InvariantCulture), Reserve(objects));
            registered[resource] = entry;
        }

        used[entry.Number] = entry.Name;
        return entry.Name;
    }

    /// <summary>A page's resource dictionary of one kind, in the order the resources were first used in the file.</summary>
    private void Resources(string kind, SortedDictionary<int, string> used)
    {
        if (used.Count == 0)
        {
            return;
        }

        file.Append(kind).Append(" <<");
        foreach (var (number, name) in used)
        {
            file.Append('/').Append(name).Append(' ').Integer(number).Append(" 0 R");
        }

        file.Append(">>");
    }

    private void WriteFonts()
    {
        foreach (var (program, (_, n)) in fonts.OrderBy(f => f.Value.Number))
        {
            Begin(n).Append("<</Type /Font /Subtype /Type0 /BaseFont /").Append(program.BaseFont).Append(" /Encoding /Identity-H /DescendantFonts [")
                .Integer(n + 1).Append(" 0 R] /ToUnicode ").Integer(n + 4).Append(" 0 R>>");
            End();
            Begin(n + 1).Append("<</Type /Font /Subtype /").Append(program.IsTrueType ? "CIDFontType2" : "CIDFontType0").Append(" /BaseFont /").Append(program.BaseFont)
                .Append(" /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor ").Integer(n + 2).Append(" 0 R");
            if (program.IsTrueType)
            {
                file.Append(" /CIDToGIDMap /Identity");
            }

            file.Append(" /W ").Append(program.WidthArray).Append(">>");
            End();
            Begin(n + 2).Append("<</Type /FontDescriptor /FontName /").Append(program.BaseFont).Append(' ').Append(program.Descriptor)
                .Append(program.IsTrueType ? " /FontFile2 " : " /FontFile3 ").Integer(n + 3).Append(" 0 R>>");
            End();
            Stream(n + 3, program.IsTrueType ? $"/Length1 {program.ProgramLength} /Filter /FlateDecode" : "/Subtype /OpenType /Filter /FlateDecode", program.Program);
            Stream(n + 4, "/Filter /FlateDecode", program.ToUnicode);
        }
    }

    private void WriteForms()
    {
        foreach (var (form, (_, n)) in forms.OrderBy(f => f.Value.Number))
        {
            // Skia rounds its page to the raster grid, and may cut a fraction of a point off the drawing; the box covers both.
            var box = $"0 {PdfSyntax.Number(Math.Min(0, form.BoxHeight - form.Height))} {PdfSyntax.Number(Math.Max(form.Width, form.BoxWidth))} {PdfSyntax.Number(form.BoxHeight)}";
            var resources = PdfForm.Resolve(form.Resources, n + 1);
            Stream(n, $"/Type /XObject /Subtype /Form /BBox [{box}] /Resources {resources} {form.Filter}".TrimEnd(), form.Content);
            for (var i = 0; i < form.Objects.Count; i++)
            {
                var (dictionary, data) = form.Objects[i];
                var resolved = PdfForm.Resolve(dictionary, n + 1);
                if (data is null)
                {
                    Begin(n + 1 + i).Append(resolved);
                    End();
                }
                else
                {
                    // Skia's dictionary already holds the right /Length (direct, or a reference to a copied object).
                    Begin(n + 1 + i).Append(resolved).Append("\nstream\n").Append(data).Append("\nendstream");
                    End();
                }
            }
        }
    }

    private int WriteOutline(IReadOnlyList<PdfBookmark> bookmarks)
    {
        var first = Reserve(1 + bookmarks.Count);
        var n = bookmarks.Count;
        Begin(first).Append("<</Type /Outlines /First ").Integer(first + 1).Append(" 0 R /Last ").Integer(first + n).Append(" 0 R /Count ").Integer(n).Append(">>");
        End();
        for (var i = 0; i < n; i++)
        {
            var (page, height) = pages[bookmarks[i].PageIndex];
            Begin(first + 1 + i).Append("<</Title ").Append(PdfSyntax.Text(XmlText.Allowed(bookmarks[i].Title))).Append(" /Parent ").Integer(first).Append(" 0 R");
            if (i > 0)
            {
                file.Append(" /Prev ").Integer(first + i).Append(" 0 R");
            }

            if (i < n - 1)
            {
                file.Append(" /Next ").Integer(first + i + 2).Append(" 0 R");
            }

            file.Append(" /Dest [").Integer(page).Append(" 0 R /XYZ 0 ").Number(height).Append("0]>>");
            End();
        }

        return first;
    }

    /// <summary>
    /// Writes the structure tree: the root, one object per element (numbered in the tree's order) and the parent tree;
    /// returns the root's number. An element's kids are its child elements in the order they were added, and its own
    /// marked content placed among them by where it stands in the file (before the first child whose content comes later).
    /// </summary>
    private int WriteStructure(PdfStructureElement root)
    {
        var elements = new List<PdfStructureElement>();
        void Collect(PdfStructureElement e)
        {
            elements.Add(e);
            foreach (var child in e.Children)
            {
                Collect(child);
            }
        }

        Collect(root);
        var treeRoot = Reserve(2 + elements.Count);
        var number = new Dictionary<PdfStructureElement, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < elements.Count; i++)
        {
            number[elements[i]] = treeRoot + 2 + i;
        }

        // Where content stands in the file: the page's position, then the MCID.
        var pageAt = new Dictionary<int, int>();
        for (var i = 0; i < pages.Count; i++)
        {
            pageAt[pages[i].Number] = i;
        }

        long Key((int Page, int Mcid) c) => ((long)pageAt[c.Page] << 32) | (uint)c.Mcid;
        var first = new Dictionary<PdfStructureElement, long>(ReferenceEqualityComparer.Instance);
        long First(PdfStructureElement e)
        {
            if (!first.TryGetValue(e, out var key))
            {
                key = e.Content.Count > 0 ? e.Content.Min(Key) : long.MaxValue;
                foreach (var child in e.Children)
                {
                    key = Math.Min(key, First(child));
                }

                first[e] = key;
            }

            return key;
        }

        Compressed(treeRoot).Append("<</Type /StructTreeRoot /K ").Integer(number[root]).Append(" 0 R /ParentTree ").Integer(treeRoot + 1)
            .Append(" 0 R /ParentTreeNextKey ").Integer(parentTree.Count).Append(">>");
        EndCompressed();
        Compressed(treeRoot + 1).Append("<</Nums [");
        for (var k = 0; k < parentTree.Count; k++)
        {
            stm.Append(k == 0 ? string.Empty : " ").Integer(k).Append(" [");
            for (var m = 0; m < parentTree[k].Count; m++)
            {
                stm.Append(m == 0 ? string.Empty : " ").Integer(number[parentTree[k][m]]).Append(" 0 R");
            }

            stm.Append(']');
        }

        stm.Append("]>>");
        EndCompressed();

        foreach (var e in elements)
        {
            var own = e.Content.OrderBy(Key).ToList();
            var pg = own.Count > 0 ? own[0].Page : 0;
            // /Type /StructElem is optional and left out: structure elements are most of what tagging adds to a stm.
            Compressed(number[e]).Append("<</S /").Append(e.Type).Append(" /P ")
                .Integer(e.Parent is null ? treeRoot : number[e.Parent]).Append(" 0 R");
            if (pg > 0)
            {
                stm.Append(" /Pg ").Integer(pg).Append(" 0 R");
            }

            // A single kid stands alone, several in an array.
            var single = own.Count + e.Children.Count == 1;
            stm.Append(single ? " /K " : " /K [");
            var separator = string.Empty;
            var next = 0;
            void Own(long before)
            {
                for (; next < own.Count && Key(own[next]) < before; next++)
                {
                    stm.Append(separator);
                    separator = " ";
                    if (own[next].Page == pg)
                    {
                        stm.Integer(own[next].Mcid);
                    }
                    else
                    {
                        stm.Append("<</Type /MCR /Pg ").Integer(own[next].Page).Append(" 0 R /MCID ").Integer(own[next].Mcid).Append(">>");
                    }
                }
            }

            foreach (var child in e.Children)
            {
                var key = First(child);
                if (key != long.MaxValue)
                {
                    Own(key);
                }

                stm.Append(separator).Integer(number[child]).Append(" 0 R");
                separator = " ";
            }

            Own(long.MaxValue);
            if (!single)
            {
                stm.Append(']');
            }

            if (e.Alt is not null)
            {
                stm.Append(" /Alt ").Append(PdfSyntax.Text(e.Alt));
            }

            if (e.ActualText is not null)
            {
                stm.Append(" /ActualText ").Append(PdfSyntax.Text(e.ActualText));
            }

            if (e.Language is not null)
            {
                stm.Append(" /Lang ").Append(PdfSyntax.Text(e.Language));
            }

            if (e.Id is not null)
            {
                stm.Append(" /ID ").Append(PdfSyntax.Text(e.Id));
            }

            if (e.Attributes.Count > 0)
            {
                stm.Append(" /A [");
                foreach (var group in e.Attributes.GroupBy(a => a.Owner, StringComparer.Ordinal))
                {
                    stm.Append("<</O /").Append(PdfSyntax.NameChars(group.Key));
                    foreach (var a in group)
                    {
                        stm.Append(" /").Append(PdfSyntax.NameChars(a.Key)).Append(" /").Append(PdfSyntax.NameChars(a.Value));
                    }

                    stm.Append(">>");
                }

                stm.Append(']');
            }

            stm.Append(">>");
            EndCompressed();
        }

        WriteObjectStream();
        return treeRoot;
    }

    /// <summary>Begins object <paramref name="number"/> in the object stream.</summary>
    private PdfBuffer Compressed(int number)
    {
        inStream.Add((number, stm.Length));
        return stm;
    }

    private void EndCompressed() => stm.Append('\n');

    /// <summary>
    /// Writes the objects begun with <see cref="Compressed"/> as one compressed object stream (PDF 1.5, allowed by PDF/A-2):
    /// the structure elements are most of what tagging adds to a file, and compress to a fraction.
    /// </summary>
    private void WriteObjectStream()
    {
        var number = Reserve();
        var header = new PdfBuffer(16 * inStream.Count);
        for (var i = 0; i < inStream.Count; i++)
        {
            header.Integer(inStream[i].Number).Append(' ').Integer(inStream[i].At).Append(i + 1 < inStream.Count ? " " : "\n");
            compressed[inStream[i].Number] = (number, i);
        }

        var data = new byte[header.Length + stm.Length];
        header.Written.CopyTo(data);
        stm.Written.CopyTo(data.AsSpan(header.Length));
        Stream(number, $"/Type /ObjStm /N {inStream.Count} /First {header.Length} /Filter /FlateDecode", Deflate.Zlib(data));
    }

    /// <summary>
    /// Writes a cross-reference stream (which objects in an object stream need) in place of table and trailer, and the
    /// file's end; returns where the first ID is written (zeros, patched with the hash).
    /// </summary>
    private int WriteXrefStream()
    {
        var number = Reserve();
        var at = file.Length;
        offsets[number] = at;
        var rows = new byte[offsets.Count * 7];
        for (var n = 0; n < offsets.Count; n++)
        {
            var (type, field, index) = n == 0 ? (0, 0L, 65535) : compressed.TryGetValue(n, out var c) ? (2, c.Stream, c.Index) : (1, offsets[n], 0);
            var row = rows.AsSpan(7 * n);
            row[0] = (byte)type;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(row[1..], (uint)field);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(row[5..], (ushort)index);
        }

        var data = Deflate.Zlib(rows);
        file.Integer(number).Append(" 0 obj\n<</Type /XRef /Size ").Integer(offsets.Count).Append(" /W [1 4 2] /Root ").Integer(CatalogNumber)
            .Append(" 0 R /Info ").Integer(InfoNumber).Append(" 0 R /ID [<");
        var idAt = file.Length;
        file.Append(new string('0', 32)).Append("> <").Append(new string('0', 32)).Append(">] /Filter /FlateDecode /Length ").Integer(data.Length)
            .Append(">>\nstream\n").Append(data).Append("\nendstream\nendobj\nstartxref\n").Integer(at).Append("\n%%EOF\n");
        return idAt;
    }

    private void WriteInfo(PdfInfo info)
    {
        Begin(InfoNumber).Append("<<");
        void Entry(string key, string value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                file.Append('/').Append(key).Append(' ').Append(PdfSyntax.Text(value)).Append('\n');
            }
        }

        Entry("Title", info.Title);
        Entry("Author", info.Author);
        Entry("Subject", info.Subject);
        Entry("Keywords", info.Keywords);
        Entry("Creator", info.Creator);
        Entry("Producer", info.Creator);
        if (info.Created is { } created)
        {
            file.Append("/CreationDate ").Append(PdfSyntax.Date(created)).Append("\n/ModDate ").Append(PdfSyntax.Date(created)).Append('\n');
        }

        file.Append(">>");
        End();
    }

    /// <summary>Writes a stream object; returns where its data starts in the file.</summary>
    private int Stream(int number, string dictionary, ReadOnlySpan<byte> data)
    {
        Begin(number).Append("<<").Append(dictionary).Append(" /Length ").Integer(data.Length).Append(">>\nstream\n");
        var at = file.Length;
        file.Append(data).Append("\nendstream");
        End();
        return at;
    }

    private int Reserve(int count = 1)
    {
        var first = offsets.Count;
        for (var i = 0; i < count; i++)
        {
            offsets.Add(-1);
        }

        return first;
    }

    private PdfBuffer Begin(int number)
    {
        offsets[number] = file.Length;
        return file.Integer(number).Append(" 0 obj\n");
    }

    private void End() => file.Append("\nendobj\n");

    private void ThrowIfFinished()
    {
        if (finished)
        {
            throw new InvalidOperationException("the file has been finished; start a new writer");
        }
    }

    /// <summary>The sRGB ICC profile of the output intent, embedded in this assembly.</summary>
    private static byte[] ColorProfile()
    {
        using var stream = typeof(PdfDocumentWriter).Assembly.GetManifestResourceStream("color/sRGB.icc")
            ?? throw new InvalidOperationException("the resource 'color/sRGB.icc' is missing from Antrag.Pdf");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
