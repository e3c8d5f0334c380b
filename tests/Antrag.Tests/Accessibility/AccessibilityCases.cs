using System.Collections.Concurrent;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Layout;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;
using Antrag.Tests.Render;

namespace Antrag.Tests.Accessibility;

/// <summary>
/// The documents whose tagged PDFs the readers are compared on: every sample, and variants that show what the samples do
/// not: line numbers, a draft's watermark, hyphenated justified text, a DIN 5008 letter, a synopsis, a combined PDF with
/// bookmarks. Each is rendered once per test run into its PDF and the outline layout says it should have.
/// </summary>
public static class AccessibilityCases
{
    private static readonly ConcurrentDictionary<string, Lazy<(Outline Expected, byte[] Pdf)>> Made = new(StringComparer.Ordinal);

    /// <summary>Every case: the samples by their path below samples/, the variants as "variante/NAME".</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var sample in SampleGoldenTests.Samples())
        {
            data.Add(sample);
        }

        foreach (var variant in Variants.Keys)
        {
            data.Add("variante/" + variant);
        }

        return data;
    }

    /// <summary>The expected outline and the PDF of case <paramref name="name"/>, made once per test run.</summary>
    public static (Outline Expected, byte[] Pdf) Get(string name) =>
        Made.GetOrAdd(name, n => new Lazy<(Outline, byte[])>(() => Make(n))).Value;

    /// <summary>The PDF of case <paramref name="name"/>, made afresh (to compare with the first one).</summary>
    public static byte[] Again(string name) => Make(name).Item2;

    private static readonly Dictionary<string, Func<(Outline, byte[])>> Variants = new(StringComparer.Ordinal)
    {
        ["zeilennummern"] = () => Edited("krefeld", "antrag-4493-23-A.yaml", motion: "zeilennummern: true"),
        ["entwurf"] = () => Edited("krefeld", "antrag-4493-23-A.yaml", motion: "entwurf: true"),
        ["silbentrennung"] = () => Edited("krefeld", "antrag-4493-23-A.yaml", profile: "blocksatz: true"),
        ["din5008"] = () => Edited("musterstadt", "brief-antrag-buergerhaus.yaml", profile: "briefbogen: din5008-b"),
        ["synopse"] = Synopsis,
        ["sammel-pdf"] = Combined,
    };

    private static (Outline, byte[]) Make(string name)
    {
        if (name.StartsWith("variante/", StringComparison.Ordinal))
        {
            return Variants[name["variante/".Length..]]();
        }

        using var rendered = Render(RepoPaths.Sample(name.Split('/')));
        return Of(rendered.Layout);
    }

    private static (Outline, byte[]) Of(LaidOutDocument layout) => (LayoutOutline.Of([layout]), PdfExporter.Export(layout));

    private static RenderedMotion Render(string path)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = diagnostics.Take(Pipeline.Render(path));
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        return rendered;
    }

    /// <summary>A sample with a line added to its motion (<paramref name="motion"/>) and/or its profile (<paramref name="profile"/>).</summary>
    private static (Outline, byte[]) Edited(string folder, string file, string? motion = null, string? profile = null)
    {
        using var dir = TempFolder.WithCopyOf(RepoPaths.Sample(folder));
        if (motion is not null)
        {
            File.AppendAllText(dir.File(file), "\n" + motion + "\n");
        }

        if (profile is not null)
        {
            File.AppendAllText(dir.File("fraktion.yaml"), "\n" + profile + "\n");
        }

        using var rendered = Render(dir.File(file));
        return Of(rendered.Layout);
    }

    /// <summary>The synopsis of the reference motion against a version with a word changed and a paragraph taken out.</summary>
    private static (Outline, byte[]) Synopsis()
    {
        var diagnostics = new DiagnosticBag();
        var old = diagnostics.Take(Pipeline.Load(RepoPaths.Sample("krefeld", "antrag-4493-23-A.yaml")));
        Assert.True(old is not null, string.Join("\n", diagnostics.Items));
        var changed = old with
        {
            Motion = old.Motion with
            {
                DraftResolution = old.Motion.DraftResolution!
                    .Replace("unter Leitung des Dezernenten Eckhart Preen", "unter Leitung des Beigeordneten Eckhart Preen", StringComparison.Ordinal)
                    .Replace("Die Ergebnisse legt die Stadtverwaltung dann dem Rat zum Beschluss vor.", string.Empty, StringComparison.Ordinal),
            },
        };
        using var rendered = SynopsisRenderer.Render(old, changed, diagnostics);
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
        return Of(rendered.Layout);
    }

    /// <summary>Three motions in one PDF, a bookmark each: 1 + 3 + 1 pages.</summary>
    private static (Outline, byte[]) Combined()
    {
        var rendered = new[] { "krefeld/antrag-4493-23-A.yaml", "musterstadt/antrag-radverkehrskonzept.yaml", "musterstadt/brief-antrag-buergerhaus.yaml" }
            .Select(s => Render(RepoPaths.Sample(s.Split('/')))).ToList();
        try
        {
            return (LayoutOutline.Of(rendered.Select(r => r.Layout).ToList()), PdfExporter.ExportCombined(rendered.Select(PdfPart.Of).ToList()));
        }
        finally
        {
            rendered.ForEach(r => r.Dispose());
        }
    }
}
