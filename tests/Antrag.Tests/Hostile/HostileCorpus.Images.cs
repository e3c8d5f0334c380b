using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Antrag.Tests.BadInput;

namespace Antrag.Tests.Hostile;

public static partial class HostileCorpus
{
    private const string SvgOpen = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50" viewBox="0 0 100 50">""";

    /// <summary>
    /// Logos and signature images that would take antrag down: SVGs nested 10,000 deep, <c>&lt;use&gt;</c> bombs (10⁹ shapes in
    /// 3 KB) and loops, references to files outside the SVG, DTD entities, PNGs whose header claims 40000 × 40000 pixels; and
    /// SVGs within the limits that must still be drawn.
    /// </summary>
    private static IEnumerable<HostileCase> Images() =>
    [
        Logo("logo-svg-nested-10000-deep", Svg(new StringBuilder().Insert(0, "<g>", 10_000) + "<rect width=\"10\" height=\"10\"/>" + new StringBuilder().Insert(0, "</g>", 10_000)), "ANT4010"),
        new("signature-svg-nested-10000-deep", dir =>
            {
                File.WriteAllText(Path.Combine(dir, "antrag.yaml"), GeneratedCaseTests.Motion.Replace("    funktion: Fraktionsvorsitzende\n", "    funktion: Fraktionsvorsitzende\n    unterschrift: unterschrift.svg\n", StringComparison.Ordinal));
                File.WriteAllText(Path.Combine(dir, "unterschrift.svg"), Svg(new StringBuilder().Insert(0, "<g>", 10_000) + "<path d=\"M0 0 L9 9\"/>" + new StringBuilder().Insert(0, "</g>", 10_000)));
            },
            "antrag.yaml(15,5): error ANT4010\nexit: 1"),
        Logo("logo-svg-use-bomb-of-a-billion-shapes", UseBomb(9), "ANT4010"),
        Logo("logo-svg-use-bomb-of-a-million-shapes", UseBomb(6), "ANT4010"),
        Logo("logo-svg-use-in-a-circle", Svg("""<g id="a"><use xlink:href="#b"/></g><g id="b"><use href="#a"/></g>"""), "ANT4010"),
        Logo("logo-svg-marker-on-each-of-100000-points", Svg("""<defs><marker id="m"><g>""" + string.Concat(Enumerable.Repeat("<rect width=\"1\" height=\"1\"/>", 50)) + """</g></marker></defs><path marker-mid="url(#m)" d="M0 0""" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $" L{i % 100} {i % 50}")) + "\"/>"), "ANT4010"),
        Logo("logo-svg-of-6000-elements", Svg(string.Concat(Enumerable.Repeat("<rect width=\"1\" height=\"1\"/>", 6_000))), "ANT4010"),
        Logo("logo-svg-image-from-a-local-file", Svg("""<image width="50" height="50" xlink:href="file:///etc/passwd"/>"""), "ANT4011"),
        Logo("logo-svg-image-from-a-relative-file", Svg("""<image width="50" height="50" href="../fraktion.yaml"/>"""), "ANT4011"),
        Logo("logo-svg-use-from-another-file", Svg("""<use xlink:href="anderes.svg#r"/>"""), "ANT4011"),
        Logo("logo-svg-image-from-the-web", Svg("""<image width="50" height="50" href="https://example.org/logo.png"/>"""), "ANT4011"),
        Logo("logo-svg-css-url-of-a-file", Svg("""<style>.a { fill: url(file:///etc/passwd) }</style><rect class="a" width="9" height="9"/>"""), "ANT4011"),
        Logo("logo-svg-css-import", Svg("""<style>@import url("gestaltung.css");</style><rect width="9" height="9"/>"""), "ANT4011"),
        Logo("logo-svg-style-attribute-url-of-a-file", Svg("""<rect style="fill: url('/etc/passwd#x')" width="9" height="9"/>"""), "ANT4011"),
        Logo("logo-svg-xml-stylesheet", "<?xml-stylesheet href=\"gestaltung.css\"?>" + Svg("<rect width=\"9\" height=\"9\"/>"), "ANT4011"),
        Logo("logo-svg-entity-bomb", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">"
            + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">"))
            + "]>" + Svg("<text>&j;</text>"), "ANT4011"),
        Logo("logo-svg-external-entity", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + Svg("<text>&x;</text>"), "ANT4011"),
        Logo("logo-svg-embeds-an-svg", Svg("""<image width="9" height="9" href="data:image/svg+xml;base64,PHN2Zy8+"/>"""), "ANT4011"),
        Logo("logo-svg-embeds-a-png-of-40000-by-40000-pixels", Svg($"""<image width="9" height="9" href="data:image/png;base64,{Convert.ToBase64String(PngHeaderOnly(40_000, 40_000))}"/>"""), "ANT4010"),
        new("logo-png-of-40000-by-40000-pixels", dir =>
            {
                Profile(dir, "logo: logo.png\n");
                File.WriteAllBytes(Path.Combine(dir, "logo.png"), PngHeaderOnly(40_000, 40_000));
            },
            "fraktion.yaml(10,1): error ANT4010\nexit: 1"),
        new("signature-png-of-20000-by-1000-pixels", dir =>
            {
                File.WriteAllText(Path.Combine(dir, "antrag.yaml"), GeneratedCaseTests.Motion.Replace("    funktion: Fraktionsvorsitzende\n", "    funktion: Fraktionsvorsitzende\n    unterschrift: unterschrift.png\n", StringComparison.Ordinal));
                File.WriteAllBytes(Path.Combine(dir, "unterschrift.png"), PngHeaderOnly(20_000, 1_000));
            },
            "antrag.yaml(15,5): error ANT4010\nexit: 1"),

        // Within the limits: drawn as before.
        Logo("logo-svg-with-the-svg-11-doctype", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n" + Svg("<rect width=\"40\" height=\"20\" fill=\"#1f3a68\"/>"), null),
        Logo("logo-svg-with-a-css-gradient-and-a-link", Svg("""<defs><linearGradient id="g"><stop offset="0" stop-color="#000"/><stop offset="1" stop-color="#fff"/></linearGradient></defs><style>.st0{fill:url(#g);}</style><a href="https://example.org"><rect class="st0" width="40" height="20"/></a>"""), null),
        Logo("logo-svg-with-an-embedded-png", Svg($"""<image width="40" height="20" href="data:image/png;base64,{Convert.ToBase64String(Png(40, 20))}"/>"""), null),
        Logo("logo-svg-use-repeating-a-shape-a-thousand-times", UseBomb(3), null),
        Logo("logo-svg-of-2000-shapes", Svg(string.Concat(Enumerable.Range(0, 250).Select(i => $"""<g transform="translate({i % 25 * 4} {i / 25 * 2})"><rect width="3" height="1" rx="0.3" fill="#1f3a68"/><circle cx="1" cy="1" r="0.5"/><polygon points="0,0 1,1 2,0" fill="#fff"/><rect x="1" width="1" height="1"/><rect x="2" width="1" height="1"/><path d="M0 0 C 1 1, 2 1, 3 0"/><ellipse cx="2" cy="1" rx="1" ry="0.5"/><line x1="0" y1="0" x2="3" y2="1" stroke="#000"/></g>"""))), null),
    ];

    /// <summary>A case whose profile names the logo <paramref name="svg"/>: refused with <paramref name="code"/>, or drawn when null.</summary>
    private static HostileCase Logo(string name, string svg, string? code) => new(
        name,
        dir =>
        {
            Profile(dir, "logo: logo.svg\n");
            File.WriteAllText(Path.Combine(dir, "logo.svg"), svg);
        },
        code is null ? "exit: 0" : $"fraktion.yaml(10,1): error {code}\nexit: 1");

    private static string Svg(string body) => SvgOpen + body + "</svg>";

    /// <summary>An SVG of a few kilobytes that draws 10^<paramref name="levels"/> squares: each level uses the one below ten times.</summary>
    private static string UseBomb(int levels)
    {
        var defs = new StringBuilder("<defs><rect id=\"u0\" width=\"1\" height=\"1\"/>");
        for (var i = 1; i <= levels; i++)
        {
            defs.Append($"<g id=\"u{i}\">").Append(string.Concat(Enumerable.Repeat($"<use xlink:href=\"#u{i - 1}\"/>", 10))).Append("</g>");
        }

        return Svg(defs.Append($"</defs><use xlink:href=\"#u{levels}\"/>").ToString());
    }

    /// <summary>A PNG of <paramref name="width"/> × <paramref name="height"/> pixels as its header says, with no image data.</summary>
    private static byte[] PngHeaderOnly(int width, int height) => PngFile(width, height, []);

    /// <summary>A white PNG of <paramref name="width"/> × <paramref name="height"/> pixels (grey, 8 bit).</summary>
    private static byte[] Png(int width, int height)
    {
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0);
                zlib.Write(Enumerable.Repeat((byte)0xFF, width).ToArray());
            }
        }

        return PngFile(width, height, raw.ToArray());
    }

    private static byte[] PngFile(int width, int height, byte[] idat)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey)
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, System.IO.Hashing.Crc32.HashToUInt32(typed));
        png.Write(crc);
    }
}
