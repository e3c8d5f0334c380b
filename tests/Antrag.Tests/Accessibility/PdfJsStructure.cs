using System.Text.Json;

namespace Antrag.Tests.Accessibility;

/// <summary>
/// The structure tree page by page as Mozilla pdf.js reads it for Firefox's accessibility tree (<c>getStructTree</c>, with
/// the text of each marked-content item), by <c>tests/pdfjs/structure.mjs</c> on the machine's Node.js with the pdfjs-dist
/// version pinned in <c>tests/pdfjs/package-lock.json</c>. pdf.js reports /ActualText as "alt" where there is no /Alt.
/// </summary>
public static class PdfJsStructure
{
    public const string Install = "install Node.js (apt-get install -y nodejs npm) and pdf.js: cd tests/pdfjs && npm ci (.ci/run does)";

    private static string Folder => Path.Combine(Infrastructure.RepoPaths.Root, "tests", "pdfjs");

    /// <summary>For each page (index 0 = page 1) the Document element pdf.js reads there, or null if the page has no structure.</summary>
    public static IReadOnlyList<Outline?> Read(byte[] pdf)
    {
        Assert.True(
            File.Exists(Path.Combine(Folder, "node_modules", "pdfjs-dist", "package.json")),
            $"pdfjs-dist is not installed in {Folder}: {Install}");
        var json = ExternalTool.WithFile(pdf, path => ExternalTool.Run("node", [Path.Combine(Folder, "structure.mjs"), path], Install, Folder));
        using var doc = JsonDocument.Parse(json);
        var pages = new List<Outline?>();
        var number = 0;
        foreach (var page in doc.RootElement.GetProperty("pages").EnumerateArray())
        {
            number++;
            if (page.ValueKind == JsonValueKind.Null)
            {
                pages.Add(null);
                continue;
            }

            var root = Convert(page, number);
            Assert.True(root.Role == "Root", $"pdf.js gave page {number} a tree rooted in {root.Role}");
            var elements = root.Kids.OfType<Outline>().ToList();
            Assert.True(elements.Count == 1 && root.Kids.Count == 1, $"pdf.js gave page {number} {root.Kids.Count} top nodes, not one Document");
            pages.Add(elements[0]);
        }

        return pages;
    }

    private static Outline Convert(JsonElement node, int page)
    {
        var outline = new Outline(node.GetProperty("role").GetString()!);
        if (node.TryGetProperty("alt", out var alt))
        {
            outline.Alt = alt.GetString();
        }

        if (node.TryGetProperty("lang", out var lang))
        {
            outline.Lang = lang.GetString();
        }

        foreach (var kid in node.GetProperty("children").EnumerateArray())
        {
            if (kid.TryGetProperty("role", out _))
            {
                outline.Kids.Add(Convert(kid, page));
            }
            else if (kid.TryGetProperty("text", out var text))
            {
                outline.Kids.Add(new OutlineText(page, text.GetString()!));
            }
            else
            {
                outline.Kids.Add(new Outline("?" + kid.GetRawText()));
            }
        }

        return outline;
    }
}
