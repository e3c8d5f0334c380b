using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Antrag.Tests.PdfA;

/// <summary>
/// The checks of a tagged file: PDF/A-2 level A (ISO 19005-2: 6.2.11.7.2 and 6.2.11.7.3 Unicode, 6.6.4 conformance A,
/// 6.7.2.2 MarkInfo, 6.7.3.3 structure tree, 6.7.3.4 standard types, 6.7.4 language tags) and the failure conditions of
/// the Matterhorn Protocol 1.1 for PDF/UA-1 that a machine can decide (reported as "MP 01-005" and so on), plus the
/// integrity of the tree itself ("antrag": every marked-content sequence with an MCID belongs to exactly one element, the
/// parent tree agrees, tab order by structure). What a human must judge (is the order right, is the alt text apt) is left
/// to the outline tests, which compare what three readers see with the expected outline.
/// </summary>
public sealed partial class PdfAChecker
{
    private static readonly HashSet<string> StandardStructureTypes = new(StringComparer.Ordinal)
    {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP",
        "Figure", "Formula", "Form",
    };

    /// <summary>Operators that paint: text showing, path painting, shadings, XObjects, inline images.</summary>
    private static readonly HashSet<string> Painting = new(StringComparer.Ordinal)
    {
        "Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI",
    };

    private static readonly string[] ExtensionNamespaces =
    [
        "http://www.aiim.org/pdfa/ns/extension/", "http://www.aiim.org/pdfa/ns/schema#", "http://www.aiim.org/pdfa/ns/property#",
        "http://www.aiim.org/pdfa/ns/type#", "http://www.aiim.org/pdfa/ns/field#",
    ];

    /// <summary>Per page (by its object): its number, StructParents, and its MCIDs with the tag of their sequence.</summary>
    private readonly Dictionary<IndirectReference, (int Number, int? StructParents, Dictionary<int, string> Mcids)> taggedPages = [];

    /// <summary>Per font: the codes shown outside any sequence with /ActualText (they must not map to the Private Use Area).</summary>
    private readonly Dictionary<IndirectReference, HashSet<int>> codesWithoutActualText = [];

    /// <summary>How often each form XObject is drawn, and which forms hold MCIDs of their own.</summary>
    private readonly Dictionary<IndirectReference, int> formUses = [];

    private readonly HashSet<IndirectReference> formsWithMcids = [];

    private string? catalogLang;

    private static bool IsLanguageTag(string s) => s.Length == 0 || LanguageTag().IsMatch(s);

    // ---- catalog ----

    private void CheckTaggedCatalog()
    {
        if (Resolve(Get(Catalog, "MarkInfo")) is not DictionaryToken markInfo || Resolve(Get(markInfo, "Marked")) is not BooleanToken { Data: true })
        {
            Problem("6.7.2.2", "the catalog has no /MarkInfo with /Marked true");
        }
        else if (Resolve(Get(markInfo, "Suspects")) is BooleanToken { Data: true })
        {
            Problem("MP 01-007", "/MarkInfo has /Suspects true");
        }

        if (Resolve(Get(Catalog, "StructTreeRoot")) is not DictionaryToken)
        {
            Problem("6.7.3.3", "the catalog has no /StructTreeRoot");
        }

        if (Resolve(Get(Catalog, "ViewerPreferences")) is not DictionaryToken viewer || Resolve(Get(viewer, "DisplayDocTitle")) is not BooleanToken display)
        {
            Problem("MP 07-001", "the catalog's /ViewerPreferences have no /DisplayDocTitle");
        }
        else if (!display.Data)
        {
            Problem("MP 07-002", "/DisplayDocTitle is false");
        }

        catalogLang = TextOf(Get(Catalog, "Lang"));
        if (catalogLang is not null && !IsLanguageTag(catalogLang))
        {
            Problem("6.7.4", $"the catalog's /Lang '{catalogLang}' is not a language tag");
        }

        if (string.IsNullOrEmpty(catalogLang) && Get(Catalog, "Outlines") is not null)
        {
            Problem("MP 11-006", "the language of the bookmarks cannot be determined (no /Lang in the catalog)");
        }
    }

    // ---- marked content of a page ----

    /// <summary>
    /// The marked content of a page's content stream: nothing painted outside a sequence with an MCID or an artifact
    /// (MP 01-005), no artifact inside tagged content (MP 01-003) nor tagged content inside an artifact (MP 01-004), each
    /// MCID once, /Lang tags valid (6.7.4), codes shown without /ActualText noted for the font check (6.2.11.7.3).
    /// </summary>
    private void CheckMarkedContent(byte[] content, DictionaryToken? resources, string where, IndirectReference? page, DictionaryToken pageDictionary, int number)
    {
        var structParents = (Resolve(Get(pageDictionary, "StructParents")) as NumericToken)?.Int;
        var mcids = new Dictionary<int, string>();
        if (page is { } p)
        {
            taggedPages[p] = (number, structParents, mcids);
        }

        if (Name(pageDictionary, "Tabs") != "S")
        {
            var annotated = (Resolve(Get(pageDictionary, "Annots")) as ArrayToken)?.Data.Count > 0;
            if (annotated && Get(pageDictionary, "Tabs") is null)
            {
                Problem("MP 28-008", $"{where} has annotations but no /Tabs");
            }
            else if (annotated)
            {
                Problem("MP 28-009", $"{where} has annotations and /Tabs other than /S");
            }
            else
            {
                Problem("antrag", $"{where} has no /Tabs /S (tab order by structure)");
            }
        }

        List<(string Operator, List<object> Operands)> operations;
        try
        {
            operations = ContentTokenizer.Operations(content);
        }
        catch (FormatException)
        {
            return; // reported by the PDF/A check of the content
        }

        var stack = new List<(string Tag, int? Mcid, bool ActualText)>();
        var fonts = new Stack<string?>();
        string? font = null;
        foreach (var (op, operands) in operations)
        {
            switch (op)
            {
                case "BDC" or "BMC":
                {
                    var tag = operands.Count > 0 && operands[0] is string n ? n[1..] : "?";
                    var properties = op == "BDC" && operands.Count > 1 ? Properties(operands[1], resources) : [];
                    int? mcid = properties.TryGetValue("MCID", out var m) && m is double d ? (int)d : null;
                    var inTagged = stack.FindLast(s => s.Mcid is not null);
                    var inArtifact = stack.Exists(s => s.Tag == "Artifact");
                    if (tag == "Artifact" && inTagged.Mcid is not null)
                    {
                        Problem("MP 01-003", $"{where}: an artifact inside the tagged content of MCID {inTagged.Mcid}");
                    }

                    if (mcid is not null && inArtifact)
                    {
                        Problem("MP 01-004", $"{where}: tagged content (MCID {mcid}) inside an artifact");
                    }

                    if (mcid is { } id)
                    {
                        if (inTagged.Mcid is not null)
                        {
                            Problem("antrag", $"{where}: MCID {id} is nested in MCID {inTagged.Mcid}");
                        }

                        if (!mcids.TryAdd(id, tag))
                        {
                            Problem("antrag", $"{where}: MCID {id} marks two sequences");
                        }
                    }

                    if (properties.TryGetValue("Lang", out var lang) && lang is byte[] bytes && !IsLanguageTag(DecodeText(bytes)))
                    {
                        Problem("6.7.4", $"{where}: the /Lang '{DecodeText(bytes)}' of a marked-content sequence is not a language tag");
                    }

                    stack.Add((tag, mcid, properties.ContainsKey("ActualText")));
                    break;
                }

                case "EMC":
                    if (stack.Count == 0)
                    {
                        Problem("antrag", $"{where}: EMC without BDC or BMC");
                    }
                    else
                    {
                        stack.RemoveAt(stack.Count - 1);
                    }

                    break;
                case "q":
                    fonts.Push(font);
                    break;
                case "Q":
                    font = fonts.Count > 0 ? fonts.Pop() : font;
                    break;
                case "Tf" when operands is [string name, ..]:
                    font = name[1..];
                    break;
            }

            if (!Painting.Contains(op))
            {
                continue;
            }

            if (!stack.Exists(s => s.Mcid is not null || s.Tag == "Artifact"))
            {
                Problem("MP 01-005", $"{where}: content ('{op}') is neither tagged nor an artifact");
            }

            if (op is "Tj" or "TJ" or "'" or "\"" && !stack.Exists(s => s.ActualText)
                && font is not null && Resource(resources, "Font", font) is IndirectReferenceToken fontRef)
            {
                var strings = op == "TJ" && operands is [List<object> parts] ? parts.OfType<byte[]>() : operands.OfType<byte[]>().TakeLast(1);
                if (!codesWithoutActualText.TryGetValue(fontRef.Data, out var codes))
                {
                    codesWithoutActualText[fontRef.Data] = codes = [];
                }

                foreach (var s in strings)
                {
                    for (var i = 0; i + 1 < s.Length; i += 2)
                    {
                        codes.Add((s[i] << 8) | s[i + 1]);
                    }
                }
            }

            if (op == "Do" && operands is [string xname] && Resource(resources, "XObject", xname[1..]) is IndirectReferenceToken xref
                && Resolve(xref) is StreamToken form && Name(form.StreamDictionary, "Subtype") == "Form")
            {
                formUses[xref.Data] = formUses.GetValueOrDefault(xref.Data) + 1;
                if (formUses[xref.Data] == 1 && Decode(form, $"form {xref.Data}") is { } data
                    && Encoding.Latin1.GetString(data).Contains("/MCID", StringComparison.Ordinal))
                {
                    formsWithMcids.Add(xref.Data);
                }
            }
        }

        if (stack.Count > 0)
        {
            Problem("antrag", $"{where}: {stack.Count} marked-content sequence(s) not closed");
        }
    }

    /// <summary>A BDC's property list: inline, or named in the resources' /Properties; keys without the slash.</summary>
    private Dictionary<string, object> Properties(object operand, DictionaryToken? resources)
    {
        if (operand is Dictionary<string, object> inline)
        {
            return inline.ToDictionary(kv => kv.Key.TrimStart('/'), kv => kv.Value, StringComparer.Ordinal);
        }

        if (operand is string name && Resolve(Resource(resources, "Properties", name[1..])) is DictionaryToken named)
        {
            return named.Data.ToDictionary(
                kv => kv.Key,
                kv => Resolve(kv.Value) switch
                {
                    NumericToken n => (object)n.Data,
                    StringToken s => Encoding.BigEndianUnicode.GetBytes(s.Data),
                    HexToken h => h.Bytes.ToArray(),
                    NameToken nt => "/" + nt.Data,
                    var other => other?.ToString() ?? string.Empty,
                },
                StringComparer.Ordinal);
        }

        return [];
    }

    /// <summary>A text string's bytes as text: UTF-16BE with its byte order mark, else PDFDocEncoding taken as Latin-1.</summary>
    private static string DecodeText(byte[] bytes) =>
        bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);

    private string? TextOf(IToken? token) => Resolve(token) switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    // ---- structure tree ----

    /// <summary>
    /// The structure tree: standard types or a role map to them (6.7.3.4, MP 02-001, 02-003, 02-004); tables, lists and
    /// tables of contents as ISO 32000-1 nests them (MP 09-004, 09-005, 09-006); headings (MP 14-002, 14-003, 14-006,
    /// 14-007); figures and formulas with alternative text (MP 13-004, 17-002); header cells with a scope (MP 15-003);
    /// notes with unique IDs (MP 19-003, 19-004); languages (6.7.4, MP 11-001, 11-002); and that the marked content and the
    /// tree agree both ways, through the parent tree (antrag).
    /// </summary>
    private void CheckStructureTree()
    {
        if (Resolve(Get(Catalog, "StructTreeRoot")) is not DictionaryToken root)
        {
            return;
        }

        var roleMap = Resolve(Get(root, "RoleMap")) as DictionaryToken;
        foreach (var from in roleMap?.Data.Keys ?? [])
        {
            if (StandardStructureTypes.Contains(from))
            {
                Problem("MP 02-004", $"the role map maps the standard type /{from}");
            }
        }

        var parentTree = new Dictionary<int, IToken>();
        ReadNumberTree(Resolve(Get(root, "ParentTree")) as DictionaryToken, parentTree, 0);
        var referenced = new HashSet<(IndirectReference Page, int Mcid)>();
        var headings = new List<string>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var visited = new HashSet<IndirectReference>();

        void Visit(IToken kid, string? parentType, IndirectReference? parentRef, bool langAbove)
        {
            var reference = (kid as IndirectReferenceToken)?.Data;
            if (reference is { } r && !visited.Add(r))
            {
                Problem("antrag", $"structure element {r.ObjectNumber} is reached twice");
                return;
            }

            if (Resolve(kid) is not DictionaryToken e)
            {
                return;
            }

            var s = Name(e, "S") ?? "?";
            var type = StandardType(s, roleMap);
            var where = $"structure element /{s}" + (reference is { } rr ? $" ({rr.ObjectNumber})" : string.Empty);
            if (parentRef is { } pr && Get(e, "P") is IndirectReferenceToken p && !p.Data.Equals(pr))
            {
                Problem("antrag", $"{where}: /P is not the element that holds it");
            }

            var lang = TextOf(Get(e, "Lang"));
            if (lang is not null && !IsLanguageTag(lang))
            {
                Problem("6.7.4", $"{where}: /Lang '{lang}' is not a language tag");
            }

            var hasLang = langAbove || !string.IsNullOrEmpty(lang);
            var alt = TextOf(Get(e, "Alt"));
            var actual = TextOf(Get(e, "ActualText"));
            if (!hasLang && (alt is not null || actual is not null || TextOf(Get(e, "E")) is not null))
            {
                Problem("MP 11-002", $"{where}: the language of its /Alt, /ActualText or /E cannot be determined");
            }

            switch (type)
            {
                case "Figure" when alt is null && actual is null:
                    Problem("MP 13-004", $"{where}: a Figure has neither /Alt nor /ActualText");
                    break;
                case "Formula" when alt is null:
                    Problem("MP 17-002", $"{where}: a Formula has no /Alt");
                    break;
                case "TH" when !Attributes(e).Any(a => a.Owner == "Table" && a.Key == "Scope") && !Attributes(e).Any(a => a.Key == "Headers"):
                    Problem("MP 15-003", $"{where}: a TH has no /Scope (and the table no /Headers)");
                    break;
                case "Note":
                    var id = TextOf(Get(e, "ID"));
                    if (string.IsNullOrEmpty(id))
                    {
                        Problem("MP 19-003", $"{where}: a Note has no /ID");
                    }
                    else if ((ids[id] = ids.GetValueOrDefault(id) + 1) > 1)
                    {
                        Problem("MP 19-004", $"{where}: the /ID '{id}' of a Note is not unique");
                    }

                    break;
            }

            CheckNesting(type, parentType, where);
            if (type is "H" or "H1" or "H2" or "H3" or "H4" or "H5" or "H6")
            {
                headings.Add(type);
            }

            var pg = (Get(e, "Pg") as IndirectReferenceToken)?.Data;
            var kids = Resolve(Get(e, "K")) is ArrayToken array ? array.Data : Get(e, "K") is { } one ? [one] : [];
            var childTypes = new List<string>();
            foreach (var k in kids)
            {
                switch (Resolve(k))
                {
                    case NumericToken mcid:
                        Content(pg, mcid.Int, reference, where, hasLang);
                        break;
                    case DictionaryToken d when Name(d, "Type") == "MCR":
                        Content((Get(d, "Pg") as IndirectReferenceToken)?.Data ?? pg, (Resolve(Get(d, "MCID")) as NumericToken)?.Int ?? -1, reference, where, hasLang);
                        break;
                    case DictionaryToken d when Name(d, "Type") == "OBJR":
                        break;
                    case DictionaryToken d:
                        childTypes.Add(StandardType(Name(d, "S") ?? "?", roleMap));
                        Visit(k, type, reference, hasLang);
                        break;
                }
            }

            CheckChildren(type, childTypes, where);
            if (childTypes.Count(t => t == "H") > 1)
            {
                Problem("MP 14-006", $"{where} holds more than one H");
            }
        }

        void Content(IndirectReference? page, int mcid, IndirectReference? element, string where, bool hasLang)
        {
            if (page is not { } pg || !taggedPages.TryGetValue(pg, out var info))
            {
                Problem("antrag", $"{where}: MCID {mcid} refers to no page");
                return;
            }

            if (!info.Mcids.ContainsKey(mcid))
            {
                Problem("antrag", $"{where}: MCID {mcid} is not on page {info.Number}");
                return;
            }

            if (!referenced.Add((pg, mcid)))
            {
                Problem("antrag", $"page {info.Number}: MCID {mcid} belongs to two structure elements");
            }

            if (!hasLang)
            {
                Problem("MP 11-001", $"page {info.Number}: the language of the text of MCID {mcid} cannot be determined");
            }

            var entry = info.StructParents is { } k && parentTree.TryGetValue(k, out var value) ? Resolve(value) as ArrayToken : null;
            var back = entry is not null && mcid < entry.Data.Count ? (entry.Data[mcid] as IndirectReferenceToken)?.Data : null;
            if (element is { } el && !el.Equals(back))
            {
                Problem("antrag", $"page {info.Number}: the parent tree does not lead MCID {mcid} back to {where}");
            }
        }

        var top = Resolve(Get(root, "K")) is ArrayToken tops ? tops.Data : Get(root, "K") is { } single ? [single] : [];
        foreach (var kid in top)
        {
            Visit(kid, null, null, !string.IsNullOrEmpty(catalogLang));
        }

        foreach (var (page, info) in taggedPages)
        {
            if (info.Mcids.Count > 0 && info.StructParents is null)
            {
                Problem("antrag", $"page {info.Number} has marked content but no /StructParents");
            }

            foreach (var mcid in info.Mcids.Keys.Where(m => !referenced.Contains((page, m))))
            {
                Problem("antrag", $"page {info.Number}: MCID {mcid} belongs to no structure element");
            }
        }

        CheckHeadings(headings);
        foreach (var form in formsWithMcids.Where(f => formUses.GetValueOrDefault(f) > 1))
        {
            Problem("MP 30-002", $"form XObject {form.ObjectNumber} holds MCIDs and is drawn {formUses[form]} times");
        }
    }

    /// <summary>The standard type <paramref name="s"/> stands for, through the role map; reports a type that maps to none or in a circle.</summary>
    private string StandardType(string s, DictionaryToken? roleMap)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var type = s;
        while (!StandardStructureTypes.Contains(type))
        {
            if (!seen.Add(type))
            {
                Problem("6.7.3.4", $"the structure type /{s} is mapped in a circle");
                Problem("MP 02-003", $"the structure type /{s} is mapped in a circle");
                return s;
            }

            if (Name(roleMap, type) is not { } mapped)
            {
                Problem("6.7.3.4", $"the structure type /{s} is not standard and not mapped to a standard type");
                Problem("MP 02-001", $"the structure type /{s} does not map to a standard type");
                return s;
            }

            type = mapped;
        }

        return type;
    }

    /// <summary>The attributes of an element (/A: a dictionary or an array of them, with revision numbers) as (owner, key).</summary>
    private IEnumerable<(string Owner, string Key)> Attributes(DictionaryToken e)
    {
        var attributes = Resolve(Get(e, "A")) switch
        {
            ArrayToken a => a.Data.Select(Resolve).OfType<DictionaryToken>(),
            DictionaryToken d => [d],
            _ => [],
        };
        return attributes.SelectMany(a => a.Data.Keys.Where(k => k != "O").Select(k => (Name(a, "O") ?? "?", k)));
    }

    /// <summary>Where an element may stand, by ISO 32000-1 Tables 333, 336 and 337 (MP 09-004, 09-005, 09-006).</summary>
    private void CheckNesting(string type, string? parent, string where)
    {
        var (rule, allowed) = type switch
        {
            "TR" => ("MP 09-004", new[] { "Table", "THead", "TBody", "TFoot" }),
            "TH" or "TD" => ("MP 09-004", ["TR"]),
            "THead" or "TBody" or "TFoot" => ("MP 09-004", ["Table"]),
            "LI" => ("MP 09-005", ["L"]),
            "Lbl" or "LBody" => ("MP 09-005", ["LI"]),
            "TOCI" => ("MP 09-006", ["TOC"]),
            _ => (string.Empty, []),
        };
        if (allowed.Length > 0 && !allowed.Contains(parent))
        {
            Problem(rule, $"{where} stands in {(parent is null ? "the tree's root" : "a " + parent)}, not in {string.Join(" or ", allowed)}");
        }
    }

    /// <summary>What an element may hold, by the same tables.</summary>
    private void CheckChildren(string type, List<string> children, string where)
    {
        var (rule, allowed) = type switch
        {
            "Table" => ("MP 09-004", new[] { "TR", "THead", "TBody", "TFoot", "Caption" }),
            "THead" or "TBody" or "TFoot" => ("MP 09-004", ["TR"]),
            "TR" => ("MP 09-004", ["TH", "TD"]),
            "L" => ("MP 09-005", ["LI", "L", "Caption"]),
            "LI" => ("MP 09-005", ["Lbl", "LBody"]),
            "TOC" => ("MP 09-006", ["TOCI", "TOC", "Caption"]),
            _ => (string.Empty, []),
        };
        foreach (var child in children.Where(c => allowed.Length > 0 && !allowed.Contains(c)).Distinct(StringComparer.Ordinal))
        {
            Problem(rule, $"{where} holds a {child}");
        }
    }

    /// <summary>Headings in the tree's order: the first numbered one H1 (MP 14-002), no level skipped going down (MP 14-003), not H and H1–H6 both (MP 14-007).</summary>
    private void CheckHeadings(List<string> headings)
    {
        var numbered = headings.Where(h => h != "H").Select(h => h[1] - '0').ToList();
        if (numbered.Count > 0 && numbered[0] != 1)
        {
            Problem("MP 14-002", $"the first heading is H{numbered[0]}, not H1");
        }

        for (var i = 1; i < numbered.Count; i++)
        {
            if (numbered[i] > numbered[i - 1] + 1)
            {
                Problem("MP 14-003", $"H{numbered[i]} follows H{numbered[i - 1]}: a heading level is skipped");
            }
        }

        if (numbered.Count > 0 && headings.Contains("H"))
        {
            Problem("MP 14-007", "the document uses both H and H1–H6");
        }
    }

    private void ReadNumberTree(DictionaryToken? node, Dictionary<int, IToken> into, int depth)
    {
        if (node is null || depth > 16)
        {
            return;
        }

        var nums = (Resolve(Get(node, "Nums")) as ArrayToken)?.Data ?? [];
        for (var i = 0; i + 1 < nums.Count; i += 2)
        {
            if (Resolve(nums[i]) is NumericToken key)
            {
                into[key.Int] = nums[i + 1];
            }
        }

        foreach (var kid in (Resolve(Get(node, "Kids")) as ArrayToken)?.Data ?? [])
        {
            ReadNumberTree(Resolve(kid) as DictionaryToken, into, depth + 1);
        }
    }

    // ---- Unicode ----

    /// <summary>
    /// Every code a Type 0 font shows maps to Unicode through its ToUnicode CMap (6.2.11.7.2, MP 10-001, 31-027), to
    /// neither U+0000 (MP 31-028) nor U+FEFF or U+FFFE (MP 31-029); a code mapped into the Private Use Area is shown only
    /// inside a sequence with /ActualText (6.2.11.7.3).
    /// </summary>
    private void CheckUnicode(IndirectReference reference, DictionaryToken font, string name, HashSet<int> used)
    {
        if (used.Count == 0)
        {
            return;
        }

        if (Resolve(Get(font, "ToUnicode")) is not StreamToken cmap || Decode(cmap, $"font {name} ToUnicode") is not { } data)
        {
            Problem("6.2.11.7.2", $"font {name} has no ToUnicode CMap");
            Problem("MP 31-027", $"font {name} has no ToUnicode CMap");
            return;
        }

        var map = ToUnicode(Encoding.Latin1.GetString(data));
        foreach (var code in used.Order())
        {
            if (!map.TryGetValue(code, out var text) || text.Length == 0)
            {
                Problem("6.2.11.7.2", $"font {name}: code {code} has no Unicode value");
                Problem("MP 10-001", $"font {name}: code {code} cannot be mapped to Unicode");
            }
            else if (text.Contains('\0', StringComparison.Ordinal))
            {
                Problem("6.2.11.7.2", $"font {name}: code {code} maps to U+0000");
                Problem("MP 31-028", $"font {name}: code {code} maps to U+0000");
            }
            else if (text.Contains('\uFEFF', StringComparison.Ordinal) || text.Contains('\uFFFE', StringComparison.Ordinal))
            {
                Problem("6.2.11.7.2", $"font {name}: code {code} maps to U+FEFF or U+FFFE");
                Problem("MP 31-029", $"font {name}: code {code} maps to U+FEFF or U+FFFE");
            }
            else if (text.EnumerateRunes().Any(r => r.Value is (>= 0xE000 and <= 0xF8FF) or >= 0xF0000)
                && codesWithoutActualText.GetValueOrDefault(reference)?.Contains(code) == true)
            {
                Problem("6.2.11.7.3", $"font {name}: code {code} maps to the Private Use Area and is shown without /ActualText");
            }
        }
    }

    /// <summary>A ToUnicode CMap's bfchar and bfrange entries (two-byte codes).</summary>
    private static Dictionary<int, string> ToUnicode(string cmap)
    {
        var map = new Dictionary<int, string>();
        static string Utf16(string hex) => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));
        foreach (Match block in BfChars().Matches(cmap))
        {
            foreach (Match pair in HexPair().Matches(block.Groups[1].Value))
            {
                map[int.Parse(pair.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = Utf16(pair.Groups[2].Value);
            }
        }

        foreach (Match block in BfRanges().Matches(cmap))
        {
            foreach (Match range in HexRange().Matches(block.Groups[1].Value))
            {
                var lo = int.Parse(range.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var hi = int.Parse(range.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var start = Convert.FromHexString(range.Groups[3].Value);
                for (var c = lo; c <= hi && c - lo < 65536; c++)
                {
                    var value = (byte[])start.Clone();
                    var add = c - lo;
                    for (var i = value.Length - 1; i >= 0 && add > 0; i--)
                    {
                        var sum = value[i] + add;
                        value[i] = (byte)sum;
                        add = sum >> 8;
                    }

                    map[c] = Encoding.BigEndianUnicode.GetString(value);
                }
            }
        }

        return map;
    }

    // ---- metadata ----

    /// <summary>The PDF/UA identification (MP 06-002) and a title (MP 06-003) in the XMP.</summary>
    private void CheckUaMetadata(string? uaPart, string? title)
    {
        if (uaPart != "1")
        {
            Problem("MP 06-002", $"the XMP has pdfuaid:part '{uaPart}', not 1");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            Problem("MP 06-003", "the XMP has no dc:title");
        }
    }

    [GeneratedRegex(@"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChars();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRanges();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")]
    private static partial Regex HexPair();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex HexRange();
}
