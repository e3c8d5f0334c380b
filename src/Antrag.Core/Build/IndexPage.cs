using System.Globalization;
using System.Text;
using Antrag.Export.OParl;
using Antrag.Scaffold;

namespace Antrag.Build;

/// <summary>
/// Writes <c>index.html</c>: every motion with its number, date, kind, Betreff and signers, a thumbnail of page 1 and links to
/// its outputs. Plain HTML with a little inline CSS, no scripts; one column of entries that fits a phone as well as a desktop.
/// </summary>
public static class IndexPage
{
    /// <summary>Shown size of a thumbnail (CSS pixels; A4 proportions).</summary>
    private const int ThumbWidth = 84;

    private const int ThumbHeight = 119;

    private const string Style =
        "body{font:16px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;color:#1a1a1a;background:#fff;max-width:60rem;margin:0 auto;padding:1rem}"
        + "h1{font-size:1.5rem;margin:.5rem 0}"
        + "ol{list-style:none;margin:1rem 0 0;padding:0}"
        + "li{display:flex;gap:1rem;padding:.9rem 0;border-top:1px solid #ddd}"
        + "img{width:84px;height:119px;border:1px solid #bbb;flex:none}"
        + "li>div{min-width:0}"
        + "h2{font-size:1.05rem;margin:.15rem 0 .3rem;overflow-wrap:anywhere}"
        + "p{margin:.2rem 0}"
        + ".meta{color:#555;font-size:.9rem}"
        + ".links a{margin-right:.9rem;white-space:nowrap}"
        + "a{color:#0645ad}"
        + "@media(max-width:30rem){body{padding:.6rem}img{width:56px;height:79px}li{gap:.7rem}}";

    /// <summary>The page for <paramref name="entries"/> (already sorted), as UTF-8 bytes.</summary>
    public static byte[] Write(IReadOnlyList<IndexEntry> entries)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Anträge</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>Anträge</h1>\n<p class=\"meta\">")
            .Append(entries.Count.ToString(CultureInfo.InvariantCulture)).Append(entries.Count == 1 ? " Dokument" : " Dokumente")
            .Append(", neueste zuerst</p>\n<ol>\n");
        foreach (var entry in entries)
        {
            Entry(html, entry);
        }

        html.Append("</ol>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void Entry(StringBuilder html, IndexEntry e)
    {
        var main = Href(e.Pdf ?? e.Png.FirstOrDefault() ?? e.Txt ?? e.Thumbnail);
        html.Append("<li>\n<a href=\"").Append(main).Append("\" tabindex=\"-1\" aria-hidden=\"true\"><img src=\"").Append(Href(e.Thumbnail))
            .Append("\" alt=\"\" width=\"").Append(ThumbWidth.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(ThumbHeight.ToString(CultureInfo.InvariantCulture)).Append("\" loading=\"lazy\"></a>\n<div>\n");

        var meta = new List<string> { Encode(MotionScaffold.Title(e.Kind)) };
        if (e.Reference is { } reference)
        {
            meta.Add(Encode(reference));
        }

        if (e.Date is { } date && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            meta.Add($"<time datetime=\"{date}\">{d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}</time>");
        }

        if (!e.Public)
        {
            meta.Add("<strong>nichtöffentlich</strong>");
        }

        if (e.Draft)
        {
            meta.Add("<strong>Entwurf</strong>");
        }

        html.Append("<p class=\"meta\">").AppendJoin(" · ", meta).Append("</p>\n");
        html.Append("<h2><a href=\"").Append(main).Append("\">").Append(Encode(e.Subject)).Append("</a></h2>\n");
        if (e.Signers.Count > 0)
        {
            html.Append("<p>gez. ").AppendJoin(", ", e.Signers.Select(Encode)).Append("</p>\n");
        }

        var links = new List<string>();
        if (e.Pdf is { } pdf)
        {
            links.Add(Link(pdf, "PDF"));
        }

        links.AddRange(e.Png.Select((png, i) => Link(png, "PNG S. " + (i + 1).ToString(CultureInfo.InvariantCulture))));
        if (e.Txt is { } txt)
        {
            links.Add(Link(txt, "Text"));
        }

        if (e.OParl is { } oparl)
        {
            links.Add(Link(oparl, "OParl"));
        }

        html.Append("<p class=\"links\">").AppendJoin(" ", links).Append("</p>\n</div>\n</li>\n");
    }

    private static string Link(string path, string label) => $"<a href=\"{Href(path)}\">{Encode(label)}</a>";

    /// <summary>A relative link to an output (path with <c>/</c>), percent-encoded and safe inside an attribute.</summary>
    private static string Href(string path) => Encode(OParlAddress.EscapePath(path));

    /// <summary>Escapes text for HTML content and attribute values.</summary>
    public static string Encode(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
