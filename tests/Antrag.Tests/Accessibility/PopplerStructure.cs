using System.Text.RegularExpressions;

namespace Antrag.Tests.Accessibility;

/// <summary>
/// The structure tree as poppler reads it: <c>pdfinfo -struct-text</c> (Debian package poppler-utils) prints each element
/// with its type and attributes, and the text of each marked-content item, indented by depth. Poppler shows neither /Alt
/// nor /ActualText, and no pages.
/// </summary>
public static partial class PopplerStructure
{
    public const string Install = "install poppler's tools: apt-get install -y poppler-utils (.ci/run does)";

    public static Outline Read(byte[] pdf)
    {
        var text = ExternalTool.WithFile(pdf, path => ExternalTool.Run("pdfinfo", ["-struct-text", path], Install));
        return Parse(text);
    }

    /// <summary>The outline of pdfinfo's output: elements ("TH:" when attributes follow), attribute lines ("/Scope /Column"), text lines ("…").</summary>
    public static Outline Parse(string output)
    {
        var stack = new List<(int Indent, Outline Element)>();
        Outline? root = null;
        foreach (var line in output.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var indent = line.Length - line.TrimStart(' ').Length;
            var body = line.Trim();
            if (AttributeLine().Match(body) is { Success: true } attribute)
            {
                stack[^1].Element.Attributes.Add(attribute.Groups[1].Value + "=" + attribute.Groups[2].Value);
                continue;
            }

            while (stack.Count > 0 && stack[^1].Indent >= indent)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            if (body.StartsWith('"') && body.EndsWith('"') && body.Length >= 2)
            {
                Assert.True(stack.Count > 0, $"pdfinfo printed text outside an element: {line}");
                stack[^1].Element.Kids.Add(new OutlineText(0, body[1..^1]));
                continue;
            }

            var element = ElementLine().Match(body);
            Assert.True(element.Success, $"pdfinfo printed a line this test cannot read: '{line}'");
            var outline = new Outline(element.Groups[1].Value);
            if (stack.Count == 0)
            {
                Assert.True(root is null, "pdfinfo printed more than one root element");
                root = outline;
            }
            else
            {
                stack[^1].Element.Kids.Add(outline);
            }

            stack.Add((indent, outline));
        }

        return root ?? throw new InvalidOperationException("pdfinfo printed no structure:\n" + output);
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9]*)(?: \((?:block|inline)\))?:?$")]
    private static partial Regex ElementLine();

    [GeneratedRegex(@"^/(\w+) /?(\S+)$")]
    private static partial Regex AttributeLine();
}
