using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Antrag.Pdf;

/// <summary>
/// A drawing (an image, the SVG logo) as a PDF form XObject, taken over from the one page of a PDF another library drew
/// it into: the page's content and resources with every object they refer to. A page draws it with
/// <see cref="PdfPage.Form"/>; a writer embeds the same form object once, however often its pages show it.
/// </summary>
public sealed partial class PdfForm
{
    private PdfForm(float width, float height, float boxWidth, float boxHeight, string resources, string filter, byte[] content, IReadOnlyList<(string Dictionary, byte[]? Stream)> objects)
    {
        Width = width;
        Height = height;
        BoxWidth = boxWidth;
        BoxHeight = boxHeight;
        Resources = resources;
        Filter = filter;
        Content = content;
        Objects = objects;
    }

    /// <summary>The size the image was drawn at (the size it is shown at), in points, from the form's top left corner.</summary>
    internal float Width { get; }

    internal float Height { get; }

    /// <summary>The form's box (Skia rounds a page up to its raster grid), at least <see cref="Width"/> × <see cref="Height"/>.</summary>
    internal float BoxWidth { get; }

    internal float BoxHeight { get; }

    /// <summary>The resource dictionary; references to <see cref="Objects"/> are written as <see cref="Reference"/>.</summary>
    internal string Resources { get; }

    /// <summary>The content stream's filter entries ("/Filter /FlateDecode" or empty).</summary>
    internal string Filter { get; }

    /// <summary>The content stream as Skia wrote it.</summary>
    internal byte[] Content { get; }

    /// <summary>The objects the resources refer to, directly or not: dictionary (with references as placeholders) and stream data.</summary>
    internal IReadOnlyList<(string Dictionary, byte[]? Stream)> Objects { get; }

    /// <summary>The placeholder for a reference to <see cref="Objects"/>[<paramref name="index"/>].</summary>
    internal static string Reference(int index) => "\u0001" + index.ToString(CultureInfo.InvariantCulture) + "\u0002";

    /// <summary><paramref name="text"/> with every placeholder replaced by a reference to object number <paramref name="first"/> + index.</summary>
    internal static string Resolve(string text, int first) =>
        Placeholder().Replace(text, m => (first + int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture) + " 0 R");

    /// <summary>
    /// The first page of <paramref name="pdf"/> (a file with one cross-reference table, as Skia writes) as a form: its box,
    /// content and resources with everything they refer to. <paramref name="width"/> × <paramref name="height"/> is the
    /// size the page was drawn at, in points.
    /// </summary>
    public static PdfForm FromPage(byte[] pdf, float width, float height)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var text = Encoding.Latin1.GetString(pdf);
        var objects = SkiaObjects(text);
        var trailer = text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        var catalog = Dictionary(objects[Ref(trailer, "Root")]);
        var pages = Dictionary(objects[Ref(catalog, "Pages")]);
        var page = Dictionary(objects[FirstKid(pages)]);
        var box = MediaBox().Match(page);
        var boxWidth = float.Parse(box.Groups[3].Value, CultureInfo.InvariantCulture);
        var boxHeight = float.Parse(box.Groups[4].Value, CultureInfo.InvariantCulture);

        // Resources may be inherited from the page tree.
        var resourcesAt = page.IndexOf("/Resources", StringComparison.Ordinal);
        var pagesResourcesAt = pages.IndexOf("/Resources", StringComparison.Ordinal);
        var resources = resourcesAt >= 0 ? Value(page, resourcesAt + "/Resources".Length)
            : pagesResourcesAt >= 0 ? Value(pages, pagesResourcesAt + "/Resources".Length)
            : "<<>>";
        if (ReferencePattern().Match(resources) is { Success: true } indirect && indirect.Index == 0 && indirect.Length == resources.Length)
        {
            resources = Dictionary(objects[int.Parse(indirect.Groups[1].Value, CultureInfo.InvariantCulture)]);
        }

        if (ContentsArray().IsMatch(page))
        {
            throw new InvalidOperationException("Skia wrote the image's page as several content streams, which antrag does not take over");
        }

        var contentBody = objects[Ref(page, "Contents")];
        var contentDictionary = Dictionary(contentBody);
        var filter = FilterEntry().Match(contentDictionary) is { Success: true } f ? f.Value : string.Empty;
        var content = StreamData(contentBody, contentDictionary, objects);

        // Every object the resources reach, numbered in the order first met.
        var order = new List<int>();
        var index = new Dictionary<int, int>();
        var queue = new Queue<string>([resources]);
        while (queue.Count > 0)
        {
            foreach (Match m in ReferencePattern().Matches(queue.Dequeue()))
            {
                var number = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                if (index.TryAdd(number, order.Count))
                {
                    order.Add(number);
                    queue.Enqueue(Dictionary(objects[number]));
                }
            }
        }

        string Renumber(string s) => ReferencePattern().Replace(s, m => Reference(index[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]));
        var copied = order.Select(number =>
        {
            var body = objects[number];
            var dictionary = Dictionary(body);
            var data = HasStream(body, dictionary) ? StreamData(body, dictionary, objects) : null;
            return (Renumber(dictionary), data);
        }).ToList();

        return new PdfForm(width, height, boxWidth, boxHeight, Renumber(resources), filter, content, copied);
    }

    /// <summary>The bodies of the objects of a file Skia wrote (one cross-reference table), by number, without "N 0 obj".</summary>
    private static Dictionary<int, string> SkiaObjects(string text)
    {
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var pointer = text.AsSpan(startxref + "startxref".Length).TrimStart();
        var xrefAt = int.Parse(pointer[..pointer.IndexOfAny('\r', '\n')], CultureInfo.InvariantCulture);
        var header = XrefHeader().Match(text, xrefAt);
        var count = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
        var at = header.Index + header.Length;
        var objects = new Dictionary<int, string>();
        for (var n = 0; n < count; n++)
        {
            var line = text.Substring(at + 20 * n, 20);
            if (n == 0 || line[17] != 'n')
            {
                continue;
            }

            var offset = int.Parse(line.AsSpan(0, 10), CultureInfo.InvariantCulture);
            var start = text.IndexOf("obj", offset, StringComparison.Ordinal) + 3;
            var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
            objects[n] = text[start..end].Trim('\r', '\n', ' ');
        }

        return objects;
    }

    /// <summary>The leading value of an object body: a dictionary with balanced brackets, or the whole body.</summary>
    private static string Dictionary(string body) => body.StartsWith("<<", StringComparison.Ordinal) ? Value(body, 0) : body.Trim();

    /// <summary>The value starting at (after whitespace) <paramref name="from"/>: a balanced &lt;&lt;…&gt;&gt;, […], or a token run up to the next key.</summary>
    private static string Value(string text, int from)
    {
        var start = from;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (text.AsSpan(start).StartsWith("<<"))
        {
            var depth = 0;
            for (var i = start; i < text.Length - 1; i++)
            {
                if (text[i] == '<' && text[i + 1] == '<')
                {
                    depth++;
                    i++;
                }
                else if (text[i] == '>' && text[i + 1] == '>')
                {
                    depth--;
                    i++;
                    if (depth == 0)
                    {
                        return text[start..(i + 1)];
                    }
                }
                else if (text[i] == '(')
                {
                    i = SkipString(text, i);
                }
                else if (text[i] == '<')
                {
                    // A hex string: its closing bracket must not be taken for the end of a dictionary.
                    i = text.IndexOf('>', i);
                }
            }

            throw new InvalidOperationException("an unbalanced dictionary in Skia's PDF");
        }

        var end = start;
        while (end < text.Length && text[end] != '/' && text[end] != '>')
        {
            end++;
        }

        return text[start..end].Trim();
    }

    private static int SkipString(string text, int at)
    {
        var depth = 0;
        for (var i = at; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return text.Length;
    }

    private static bool HasStream(string body, string dictionary) => body.AsSpan(dictionary.Length).TrimStart().StartsWith("stream");

    private static byte[] StreamData(string body, string dictionary, Dictionary<int, string> objects)
    {
        var length = LengthEntry().Match(dictionary);
        var value = length.Groups[2].Success
            ? int.Parse(objects[int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture)].Trim(), CultureInfo.InvariantCulture)
            : int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        var at = body.IndexOf("stream", dictionary.Length, StringComparison.Ordinal) + "stream".Length;
        at += body[at] == '\r' ? 2 : 1;
        return Encoding.Latin1.GetBytes(body.Substring(at, value));
    }

    private static int Ref(string dictionary, string key)
    {
        var m = Regex.Match(dictionary, "/" + key + @"\s+(\d+) 0 R", RegexOptions.CultureInvariant);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"Skia's PDF has no /{key}");
    }

    private static int FirstKid(string pages) =>
        int.Parse(ReferencePattern().Match(Kids().Match(pages).Groups[1].Value).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(\d+) 0 R")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex("\u0001(\\d+)\u0002")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"xref\s+0 (\d+)\s*\n")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"/MediaBox\s*\[\s*(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s*\]")]
    private static partial Regex MediaBox();

    [GeneratedRegex(@"/Filter\s*(/\w+|\[[^\]]*\])")]
    private static partial Regex FilterEntry();

    [GeneratedRegex(@"/Contents\s*\[")]
    private static partial Regex ContentsArray();

    [GeneratedRegex(@"/Length\s+(\d+)( 0 R)?")]
    private static partial Regex LengthEntry();
}
