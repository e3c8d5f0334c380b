using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Antrag.Diagnostics;
using Antrag.Read;

namespace Antrag.Images;

/// <summary>
/// Checks an SVG before Svg.Skia reads it, with a plain XML reader that fetches nothing and expands no entity: the SVG may
/// draw at most <see cref="InputLimits.SvgElements"/> elements, each counted again for every <c>&lt;use&gt;</c> or
/// <c>url(#…)</c> that draws it once more (a file of 3 KB could otherwise draw 10⁹ shapes); its elements may nest at most
/// <see cref="InputLimits.SvgDepth"/> deep; it may refer to nothing outside itself (no files, no addresses, no style sheets,
/// no entities), only to PNG and JPEG images inside it (data: URIs), whose pixels count against
/// <see cref="InputLimits.ImagePixels"/>.
/// </summary>
internal static partial class SvgCheck
{
    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";

    private const string LimitsHint = "docs/limits.md lists the limits";

    /// <summary>Why the SVG cannot be used, or null when it is within the limits (or not well-formed XML, which Svg.Skia reports).</summary>
    public static FileRefusal? Check(byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            // The DOCTYPE is parsed only to see whether it declares anything; with no resolver nothing is fetched.
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        var document = new Document();
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            var open = new Stack<int>();
            while (reader.Read())
            {
                var refusal = reader.NodeType switch
                {
                    XmlNodeType.DocumentType when !string.IsNullOrWhiteSpace(reader.Value) => Reference(
                        "declares XML entities in its <!DOCTYPE … [ … ]>, which antrag does not read",
                        "remove the part in [ ] of the DOCTYPE line, or the whole line: SVG needs no DOCTYPE"),
                    XmlNodeType.ProcessingInstruction when reader.Name == "xml-stylesheet" => Reference(
                        "loads a style sheet (<?xml-stylesheet …?>), which antrag does not read",
                        "put the styles into the SVG itself"),
                    XmlNodeType.Element => document.Open(reader, open),
                    XmlNodeType.EndElement => document.Close(open),
                    XmlNodeType.Text or XmlNodeType.CDATA when open.Count > 0 && document.Elements[open.Peek()].Name == "style" => document.StyleSheet(reader.Value),
                    _ => null,
                };
                if (refusal is not null)
                {
                    return refusal;
                }
            }
        }
        catch (XmlException)
        {
            // Svg.Skia reports an SVG it cannot read, as it always did.
            return null;
        }

        return document.Finish();
    }

    private static FileRefusal Reference(string problem, string hint) => new(DiagnosticCodes.ImageReference, problem, hint);

    private static FileRefusal TooLarge(string problem, string hint) => new(DiagnosticCodes.ImageTooLarge, problem, hint);

    /// <summary>A string for a message: at most 60 characters of <paramref name="value"/>.</summary>
    private static string Shown(string value) => value.Length <= 60 ? value : value[..57] + "…";

    /// <summary>One element: its parent, name, children and what it refers to (by id, and how many times it draws it).</summary>
    private sealed class Element(int parent, string name)
    {
        public int Parent { get; } = parent;

        public string Name { get; } = name;

        public string[] Classes { get; set; } = [];

        public long Points { get; set; }

        public List<int> Children { get; } = [];

        public List<(string Id, long Times)> References { get; } = [];
    }

    /// <summary>The elements read so far, their ids, the pixels of embedded images and the references of style sheets.</summary>
    private sealed class Document
    {
        public List<Element> Elements { get; } = [];

        private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

        // The text of the <style> elements: its references apply to the elements its selectors match.
        private readonly System.Text.StringBuilder styleSheets = new();

        private long pixels;

        public FileRefusal? Open(XmlReader reader, Stack<int> open)
        {
            if (Elements.Count >= InputLimits.SvgElements)
            {
                return TooLarge(
                    $"has more than {InputLimits.SvgElements.ToString("N0", CultureInfo.InvariantCulture)} elements",
                    "simplify the drawing (e.g. combine paths) or use a PNG; " + LimitsHint);
            }

            if (reader.Depth >= InputLimits.SvgDepth)
            {
                return TooLarge(
                    $"nests its elements more than {InputLimits.SvgDepth} deep",
                    "ungroup the drawing in the SVG editor; " + LimitsHint);
            }

            var index = Elements.Count;
            var element = new Element(open.Count > 0 ? open.Peek() : -1, reader.LocalName);
            Elements.Add(element);
            if (element.Parent >= 0)
            {
                Elements[element.Parent].Children.Add(index);
            }

            var attributes = new List<(string Name, string Namespace, string Value)>();
            while (reader.MoveToNextAttribute())
            {
                attributes.Add((reader.LocalName, reader.NamespaceURI, reader.Value));
            }

            reader.MoveToElement();
            var points = attributes.Where(a => a.Name is "d" or "points").Sum(a => (long)Number().Count(a.Value)) / 2 + 1;
            element.Points = points;
            element.Classes = attributes.Where(a => a.Name == "class").SelectMany(a => a.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
            foreach (var (name, ns, value) in attributes)
            {
                var refusal = name switch
                {
                    "id" => Id(value, index),
                    "href" when ns is "" or XlinkNamespace => Href(element, value),
                    "style" => Style(element, value, points),
                    _ => value.Contains("url(", StringComparison.OrdinalIgnoreCase) ? Urls(element, name, value, points) : null,
                };
                if (refusal is not null)
                {
                    return refusal;
                }
            }

            if (!reader.IsEmptyElement)
            {
                open.Push(index);
            }

            return null;
        }

        public FileRefusal? Close(Stack<int> open)
        {
            open.TryPop(out _);
            return null;
        }

        /// <summary>The text of a <c>&lt;style&gt;</c> element: no imports, no references outside; the rest is counted at the end.</summary>
        public FileRefusal? StyleSheet(string css)
        {
            if (css.Contains("@import", StringComparison.OrdinalIgnoreCase))
            {
                return Reference("imports a style sheet (@import), which antrag does not read", "put the styles into the SVG itself");
            }

            foreach (Match url in Url().Matches(css))
            {
                if (!Target(url).StartsWith('#'))
                {
                    return External(Target(url));
                }
            }

            styleSheets.Append(css).Append('\n');
            return null;
        }

        private FileRefusal? Id(string value, int index)
        {
            ids.TryAdd(value.Trim(), index);
            return null;
        }

        /// <summary>An <c>href</c>: to an element of this file, a link (of <c>&lt;a&gt;</c>), or a PNG or JPEG image inside the file.</summary>
        private FileRefusal? Href(Element element, string value)
        {
            var href = value.Trim();
            if (href.Length == 0 || element.Name == "a")
            {
                return null;
            }

            if (href.StartsWith('#'))
            {
                element.References.Add((href[1..], 1));
                return null;
            }

            return element.Name is "image" or "feImage" && href.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                ? Embedded(href)
                : External(href);
        }

        /// <summary>A <c>style</c> attribute: declarations <c>name: value</c>, whose <c>url(…)</c> are references.</summary>
        private FileRefusal? Style(Element element, string value, long points)
        {
            if (value.Contains("@import", StringComparison.OrdinalIgnoreCase))
            {
                return Reference("imports a style sheet (@import), which antrag does not read", "put the styles into the SVG itself");
            }

            foreach (var declaration in value.Split(';'))
            {
                var colon = declaration.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && Urls(element, declaration[..colon].Trim(), declaration[(colon + 1)..], points) is { } refusal)
                {
                    return refusal;
                }
            }

            return null;
        }

        /// <summary>The <c>url(…)</c> in the value of <paramref name="property"/>: references to elements of this file only.</summary>
        private static FileRefusal? Urls(Element element, string property, string value, long points)
        {
            foreach (Match url in Url().Matches(value))
            {
                var target = Target(url);
                if (!target.StartsWith('#'))
                {
                    return External(target);
                }

                // A marker in the middle of a path is drawn at each of its points.
                element.References.Add((target[1..], property is "marker-mid" or "marker" ? points : 1));
            }

            return null;
        }

        /// <summary>An image inside the file: PNG or JPEG only, its pixels counted.</summary>
        private FileRefusal? Embedded(string href)
        {
            var comma = href.IndexOf(',', StringComparison.Ordinal);
            var header = comma < 0 ? href : href[..comma];
            var isPng = header.StartsWith("data:image/png", StringComparison.OrdinalIgnoreCase);
            var isJpeg = header.StartsWith("data:image/jpeg", StringComparison.OrdinalIgnoreCase) || header.StartsWith("data:image/jpg", StringComparison.OrdinalIgnoreCase);
            byte[] data;
            try
            {
                data = (isPng || isJpeg) && comma >= 0 && header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase)
                    ? Convert.FromBase64String(href[(comma + 1)..])
                    : [];
            }
            catch (FormatException)
            {
                data = [];
            }

            var size = isPng ? ImageHeader.PngSize(data) : ImageHeader.JpegSize(data);
            if (size is not { } s)
            {
                return Reference(
                    $"embeds an image antrag does not read ('{Shown(header)}'): only PNG and JPEG images, base64-encoded, can be embedded",
                    "embed the image as PNG or JPEG, or use a PNG instead of the SVG");
            }

            pixels += s.Width * s.Height;
            return pixels > InputLimits.ImagePixels
                ? TooLarge(
                    $"embeds images of more than {InputLimits.ImagePixels.ToString("N0", CultureInfo.InvariantCulture)} pixels together (4096 × 4096)",
                    "scale the embedded images down; " + LimitsHint)
                : null;
        }

        /// <summary>After the last element: what the whole drawing draws, each reference expanded.</summary>
        public FileRefusal? Finish()
        {
            var weights = new long[Elements.Count];
            var state = new byte[Elements.Count];
            long total = 0;
            for (var i = 0; i < Elements.Count; i++)
            {
                if (Elements[i].Parent < 0)
                {
                    var weight = Weight(i, weights, state);
                    if (weight < 0)
                    {
                        return Circle();
                    }

                    total = Add(total, weight);
                }
            }

            // A reference in a style sheet is drawn for every element its rule applies to (a marker in the middle of a
            // path: at each point of each such path).
            var byClass = Tally(Elements.SelectMany(e => e.Classes.Distinct(StringComparer.Ordinal).Select(c => (c, e))));
            var byName = Tally(Elements.Select(e => (e.Name, e)));
            var all = (Count: (long)Elements.Count, Points: Elements.Sum(e => e.Points));
            foreach (var (selectors, property, id) in StyleReferences())
            {
                if (ids.TryGetValue(id, out var target) && !IsPaint(Elements[target]))
                {
                    var weight = Weight(target, weights, state);
                    if (weight < 0)
                    {
                        return Circle();
                    }

                    // What the rule's selectors may match, at most all elements.
                    var (count, points) = selectors.Select(s => Matched(s, byClass, byName, all)).Aggregate((Count: 0L, Points: 0L), (a, b) => (a.Count + b.Count, a.Points + b.Points));
                    var times = property is "marker-mid" or "marker" ? Math.Min(points, all.Points) : Math.Min(count, all.Count);
                    total = Add(total, Times(weight, times));
                }
            }

            return total > InputLimits.SvgElements
                ? TooLarge(
                    $"draws more than {InputLimits.SvgElements.ToString("N0", CultureInfo.InvariantCulture)} elements once each <use> and url(#…) is counted as often as it repeats what it refers to",
                    "simplify the drawing (fewer repeated <use> elements) or use a PNG; " + LimitsHint)
                : null;
        }

        /// <summary>The references of the style sheets: the selectors of the rule, the property and the id referred to.</summary>
        private IEnumerable<(string[] Selectors, string Property, string Id)> StyleReferences()
        {
            foreach (var rule in styleSheets.ToString().Split('}'))
            {
                var brace = rule.IndexOf('{', StringComparison.Ordinal);
                if (brace < 0)
                {
                    continue;
                }

                var selectors = rule[..brace].Split(',').Select(s => s.Trim()).ToArray();
                foreach (var declaration in rule[(brace + 1)..].Split(';'))
                {
                    var colon = declaration.IndexOf(':', StringComparison.Ordinal);
                    foreach (Match url in Url().Matches(declaration))
                    {
                        yield return (selectors, colon > 0 ? declaration[..colon].Trim() : string.Empty, Target(url)[1..]);
                    }
                }
            }
        }

        /// <summary>
        /// How many elements <paramref name="selector"/> may match and how many points their paths have: exactly for
        /// '.class', '#id' and 'name', else all elements.
        /// </summary>
        private (long Count, long Points) Matched(string selector, Dictionary<string, (long Count, long Points)> byClass, Dictionary<string, (long Count, long Points)> byName, (long Count, long Points) all) => selector switch
        {
            ['.', .. var name] when SimpleName().IsMatch(name) => byClass.GetValueOrDefault(name),
            ['#', .. var id] when SimpleName().IsMatch(id) => ids.TryGetValue(id, out var index) ? (1, Elements[index].Points) : (0, 0),
            _ when SimpleName().IsMatch(selector) => byName.GetValueOrDefault(selector),
            _ => all,
        };

        /// <summary>The number of elements and of their points for each key.</summary>
        private static Dictionary<string, (long Count, long Points)> Tally(IEnumerable<(string Key, Element Element)> pairs)
        {
            var result = new Dictionary<string, (long Count, long Points)>(StringComparer.Ordinal);
            foreach (var (key, element) in pairs)
            {
                var (count, points) = result.GetValueOrDefault(key);
                result[key] = (count + 1, points + element.Points);
            }

            return result;
        }

        /// <summary>
        /// How many elements <paramref name="start"/> draws: itself, its children and what it refers to, each as often as it is
        /// drawn; -1 when a reference leads back to an element it is part of. Walked without recursion (references may chain).
        /// </summary>
        private long Weight(int start, long[] weights, byte[] state)
        {
            const byte Open = 1, Done = 2;
            if (state[start] == Done)
            {
                return weights[start];
            }

            // Each frame keeps the dependencies of its element and the next one to visit.
            var path = new Stack<(int Node, List<(int Node, long Times)> Dependencies, int Next)>();
            state[start] = Open;
            path.Push((start, Dependencies(start), 0));
            while (path.Count > 0)
            {
                var (node, dependencies, next) = path.Pop();
                if (next < dependencies.Count)
                {
                    path.Push((node, dependencies, next + 1));
                    var dependency = dependencies[next].Node;
                    if (state[dependency] == Open)
                    {
                        return -1;
                    }

                    if (state[dependency] != Done)
                    {
                        state[dependency] = Open;
                        path.Push((dependency, Dependencies(dependency), 0));
                    }

                    continue;
                }

                long weight = 1;
                foreach (var (dependency, times) in dependencies)
                {
                    weight = Add(weight, Times(weights[dependency], times));
                }

                weights[node] = weight;
                state[node] = Done;
            }

            return weights[start];
        }

        /// <summary>The children of <paramref name="node"/> (once each) and the elements it refers to (paint servers draw nothing).</summary>
        private List<(int Node, long Times)> Dependencies(int node)
        {
            var element = Elements[node];
            var result = element.Children.Select(c => (c, 1L)).ToList();
            foreach (var (id, times) in element.References)
            {
                if (ids.TryGetValue(id, out var target) && !IsPaint(Elements[target]))
                {
                    result.Add((target, times));
                }
            }

            return result;
        }

        /// <summary>A gradient: a paint, not a drawing.</summary>
        private static bool IsPaint(Element element) => element.Name is "linearGradient" or "radialGradient" or "stop";

        private static FileRefusal Circle() => TooLarge(
            "refers to itself: a <use> or url(#…) leads back to an element it is part of, which would be drawn without end",
            "correct the reference in the SVG editor");

        private static long Add(long a, long b) => a > long.MaxValue / 2 || b > long.MaxValue / 2 ? long.MaxValue / 2 : a + b;

        private static long Times(long a, long b) => b != 0 && a > long.MaxValue / 2 / b ? long.MaxValue / 2 : a * b;
    }

    private static string Target(Match url) => url.Groups["target"].Value.Trim().Trim('"', '\'').Trim();

    private static FileRefusal External(string target) => Reference(
        $"refers to '{Shown(target)}' outside the file, which antrag does not read",
        "put everything the image needs into the SVG itself (embed images as PNG or JPEG data: URIs), or use a PNG");

    [GeneratedRegex(@"url\(\s*(?<target>[^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"^[A-Za-z_][-A-Za-z0-9_]*$")]
    private static partial Regex SimpleName();

    [GeneratedRegex(@"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")]
    private static partial Regex Number();
}
