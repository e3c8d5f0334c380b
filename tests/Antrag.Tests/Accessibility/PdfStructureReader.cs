using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Antrag.Tests.Accessibility;

/// <summary>
/// Our own reader of a tagged PDF (with PdfPig's objects and its marked content): the structure tree from the catalog's
/// StructTreeRoot, every element with its /S, /Alt, /ActualText, /Lang and /A attributes, every marked-content reference
/// with the text PdfPig reads for that MCID on its page.
/// </summary>
public static class PdfStructureReader
{
    public static Outline Read(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        IToken? Resolve(IToken? t)
        {
            for (var i = 0; t is IndirectReferenceToken r && i < 32; i++)
            {
                t = doc.Structure.GetObject(r.Data).Data;
            }

            return t;
        }

        IToken? Get(DictionaryToken? d, string key) => d is not null && d.Data.TryGetValue(key, out var v) ? v : null;

        // Pages in order, by their object's reference.
        var pages = new Dictionary<IndirectReference, int>();
        void Visit(IToken? node)
        {
            if (Resolve(node) is not DictionaryToken d)
            {
                return;
            }

            if (Resolve(Get(d, "Type")) is NameToken { Data: "Pages" })
            {
                foreach (var kid in (Resolve(Get(d, "Kids")) as ArrayToken)?.Data ?? [])
                {
                    if (kid is IndirectReferenceToken r && Resolve(kid) is DictionaryToken { } kd && Resolve(Get(kd, "Type")) is NameToken { Data: "Page" })
                    {
                        pages[r.Data] = pages.Count + 1;
                    }
                    else
                    {
                        Visit(kid);
                    }
                }
            }
        }

        var catalog = doc.Structure.Catalog.CatalogDictionary;
        Visit(Get(catalog, "Pages"));

        // The text of each MCID, page by page.
        var texts = new Dictionary<(int Page, int Mcid), string>();
        void Collect(int page, IEnumerable<MarkedContentElement> elements)
        {
            foreach (var e in elements)
            {
                if (e.MarkedContentIdentifier >= 0)
                {
                    texts[(page, e.MarkedContentIdentifier)] = string.Concat(Letters(e).Select(l => l.Value));
                }

                Collect(page, e.Children);
            }
        }

        for (var n = 1; n <= doc.NumberOfPages; n++)
        {
            Collect(n, doc.GetPage(n).GetMarkedContents());
        }

        string? Text(IToken? t) => Resolve(t) switch
        {
            StringToken s => s.Data,
            HexToken h => h.Data,
            _ => null,
        };

        Outline Element(DictionaryToken e)
        {
            var outline = new Outline((Resolve(Get(e, "S")) as NameToken)?.Data ?? "?")
            {
                Alt = Text(Get(e, "Alt")),
                ActualText = Text(Get(e, "ActualText")),
                Lang = Text(Get(e, "Lang")),
            };
            var attributes = Resolve(Get(e, "A")) switch
            {
                ArrayToken a => a.Data.Select(Resolve).OfType<DictionaryToken>(),
                DictionaryToken d => [d],
                _ => [],
            };
            foreach (var a in attributes)
            {
                foreach (var (key, value) in a.Data.Where(kv => kv.Key != "O"))
                {
                    outline.Attributes.Add(key + "=" + (Resolve(value) as NameToken)?.Data);
                }
            }

            var pg = Get(e, "Pg") is IndirectReferenceToken p && pages.TryGetValue(p.Data, out var pn) ? pn : 0;
            var kids = Resolve(Get(e, "K")) is ArrayToken array ? array.Data : Get(e, "K") is { } one ? [one] : [];
            foreach (var kid in kids)
            {
                switch (Resolve(kid))
                {
                    case NumericToken mcid:
                        outline.Kids.Add(new OutlineText(pg, texts.GetValueOrDefault((pg, mcid.Int), "<MCID " + mcid.Int + " not found>")));
                        break;
                    case DictionaryToken d when Resolve(Get(d, "Type")) is NameToken { Data: "MCR" }:
                        var page = Get(d, "Pg") is IndirectReferenceToken r && pages.TryGetValue(r.Data, out var rp) ? rp : pg;
                        var id = (Resolve(Get(d, "MCID")) as NumericToken)?.Int ?? -1;
                        outline.Kids.Add(new OutlineText(page, texts.GetValueOrDefault((page, id), "<MCID " + id + " not found>")));
                        break;
                    case DictionaryToken d:
                        outline.Kids.Add(Element(d));
                        break;
                }
            }

            return outline;
        }

        var tree = Resolve(Get(catalog, "StructTreeRoot")) as DictionaryToken ?? throw new InvalidOperationException("the PDF has no StructTreeRoot");
        var roots = Resolve(Get(tree, "K")) is ArrayToken ra ? ra.Data.Select(Resolve).OfType<DictionaryToken>().ToList() : [(DictionaryToken)Resolve(Get(tree, "K"))!];
        if (roots.Count != 1)
        {
            throw new InvalidOperationException($"the StructTreeRoot has {roots.Count} elements, not one Document");
        }

        return Element(roots[0]);
    }

    /// <summary>The letters of a marked-content sequence, those of sequences nested in it included.</summary>
    private static IEnumerable<Letter> Letters(MarkedContentElement e) => e.Letters.Concat(e.Children.SelectMany(Letters));
}
