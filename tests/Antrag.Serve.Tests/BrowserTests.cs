using Antrag.Output;
using Antrag.Cli;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Antrag.Serve.Tests;

/// <summary>
/// antrag serve in a real browser (Chromium through Playwright): open the folder, create a motion from the form, type and see
/// the preview change, make an error and see it at its line, fix it, save (comments kept), provoke a save conflict, download
/// the PDF and compare it with antrag render; drafts survive a reload; axe-core finds no serious or critical violation and
/// everything is reachable by keyboard. The screenshots in docs/images are made here.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class BrowserTests(ChromiumBrowser chromium) : IAsyncLifetime
{
    private static readonly string Images = Path.Combine(ServeFolder.Repository, "docs", "images");
    private ServeFolder folder = null!;
    private IBrowserContext context = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        folder = await ServeFolder.Start(o => o with { Clock = new FixedClock() });
        context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            AcceptDownloads = true,
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = 1360, Height = 1000 },
        });
        context.SetDefaultTimeout(15_000);
        page = await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        await folder.DisposeAsync();
    }

    private string Disk(string path) => File.ReadAllText(Path.Combine(folder.Root, path));

    /// <summary>Waits until the preview has been answered after <paramref name="generation"/> and returns the new generation.</summary>
    private async Task<int> PreviewAfter(int generation)
    {
        await page.WaitForFunctionAsync($"() => Number(document.getElementById('seiten').dataset.generation || 0) > {generation}");
        return int.Parse(await page.GetAttributeAsync("#seiten", "data-generation") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> Generation() =>
        int.Parse(await page.GetAttributeAsync("#seiten", "data-generation") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    private async Task Shot(string name)
    {
        Directory.CreateDirectory(Images);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Images, name), FullPage = false });
    }

    [Fact]
    public async Task A_motion_is_created_edited_checked_saved_and_downloaded_in_the_browser()
    {
        // The folder at a glance.
        await page.GotoAsync(folder.Server.OpeningAddress);
        Assert.DoesNotContain("token", page.Url, StringComparison.Ordinal);
        await page.WaitForSelectorAsync(".eintrag img[src^='blob:']");
        Assert.Equal(11, await page.Locator(".eintrag").CountAsync());
        await page.FillAsync("#suche", "Turnhalle");
        Assert.Equal(0, await page.Locator(".eintrag").CountAsync());
        await page.FillAsync("#suche", "");
        await page.SelectOptionAsync("#filter-art", "anfrage");
        Assert.Equal(1, await page.Locator(".eintrag").CountAsync());
        await page.SelectOptionAsync("#filter-art", "");
        await page.SelectOptionAsync("#filter-jahr", "2023");
        Assert.Equal(1, await page.Locator(".eintrag").CountAsync());
        await page.SelectOptionAsync("#filter-jahr", "");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.eintrag img')].every(i => i.complete && i.naturalWidth > 0)");
        await Shot("serve-ordner.png");

        // "Neuer Antrag" by kind: the editor opens on the new file.
        await page.ClickAsync("#neu");
        await page.SelectOptionAsync("#neu-art", "antrag");
        await page.SelectOptionAsync("#neu-ordner", "krefeld");
        await page.FillAsync("#neu-name", "antrag-radwege");
        await page.ClickAsync("#neu-anlegen");
        await page.WaitForURLAsync("**/bearbeiten?datei=krefeld%2Fantrag-radwege.yaml");
        const string file = "krefeld/antrag-radwege.yaml";
        var generation = await PreviewAfter(0);
        await page.WaitForSelectorAsync("img.seite");
        Assert.Equal("14.11.2024", (await page.InputValueAsync("#f-datum")) is "2024-11-14" ? "14.11.2024" : "?");

        // Type into the form: only the edited values change in the file; the preview follows.
        await page.FillAsync("#f-betreff", "Sichere Radwege an der Schulstraße");
        generation = await PreviewAfter(generation);
        var before = await page.GetAttributeAsync("img.seite", "src");
        await page.FillAsync("#f-beschlussentwurf", "");
        await page.Locator("#f-beschlussentwurf").PressSequentiallyAsync("Die Verwaltung wird beauftragt, Radwege zu planen.");
        await page.WaitForFunctionAsync("() => document.getElementById('quelltext').value.includes('Radwege zu planen.')");
        generation = await PreviewAfter(generation);
        await page.WaitForFunctionAsync($"() => document.querySelector('img.seite').getAttribute('src') !== {System.Text.Json.JsonSerializer.Serialize(before)}");
        Assert.Equal("aktuell", await page.TextContentAsync("#vorschau-stand"));
        await page.WaitForFunctionAsync("() => document.querySelector('img.seite').complete");
        await Shot("serve-formular.png");

        // An error in the source: marked at its line, in the list with its hint, and at its field in the form; the preview is kept, marked as outdated.
        await page.ClickAsync("#reiter-quelltext");
        var source = await page.InputValueAsync("#quelltext");
        var broken = source.Replace("datum: 14.11.2024", "datum: 31.11.2024", StringComparison.Ordinal);
        var line = source[..source.IndexOf("datum: 14.11.2024", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        await page.FillAsync("#quelltext", broken);
        generation = await PreviewAfter(generation);
        await page.WaitForSelectorAsync($"#zeilen .zeile.fehler[data-zeile='{line}']");
        Assert.Contains($"Zeile {line}", await page.TextContentAsync("#meldungen") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("not a valid date", await page.TextContentAsync("#meldungen") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("veraltet", await page.TextContentAsync("#vorschau-stand") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("img.seite").CountAsync());
        await page.ClickAsync("#meldungen button");
        await Shot("serve-fehler.png");
        await page.ClickAsync("#reiter-formular");
        Assert.Contains("not a valid date", await page.TextContentAsync("[data-meldung-fuer='datum']") ?? string.Empty, StringComparison.Ordinal);

        // Fixed: the preview is current again.
        await page.ClickAsync("#reiter-quelltext");
        await page.FillAsync("#quelltext", source);
        generation = await PreviewAfter(generation);
        Assert.Equal("aktuell", await page.TextContentAsync("#vorschau-stand"));
        Assert.Equal(0, await page.Locator("#zeilen .zeile.fehler").CountAsync());

        // Saved: the file on disk is the editor's text, with the comments antrag new wrote, and check accepts it.
        await page.ClickAsync("#speichern");
        await page.WaitForFunctionAsync("() => document.getElementById('gespeichert').textContent === 'Gespeichert'");
        var saved = Disk(file);
        Assert.Equal(source, saved);
        Assert.Contains("# Antrag – angelegt mit „antrag new antrag“.", saved, StringComparison.Ordinal);
        Assert.Contains("betreff: Sichere Radwege an der Schulstraße", saved, StringComparison.Ordinal);
        Assert.Contains("beschlussentwurf: |\n  Die Verwaltung wird beauftragt, Radwege zu planen.\n", saved, StringComparison.Ordinal);
        var check = Checker.Check([Path.Combine(folder.Root, file)]);
        Assert.DoesNotContain(check.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);

        // A save conflict: the file changed on disk since it was loaded; nothing is overwritten, both versions are shown.
        await page.ClickAsync("#reiter-formular");
        await page.FillAsync("#f-begruendung", "Weil Kinder sicher zur Schule kommen sollen.");
        await page.WaitForFunctionAsync("() => document.getElementById('quelltext').value.includes('sicher zur Schule')");
        File.WriteAllText(Path.Combine(folder.Root, file), saved + "# geändert von git pull\n");
        await page.ClickAsync("#speichern");
        await page.WaitForSelectorAsync("#konflikt[open]");
        Assert.EndsWith("# geändert von git pull\n", await page.InputValueAsync("#konflikt-platte"), StringComparison.Ordinal);
        Assert.Contains("sicher zur Schule", await page.InputValueAsync("#konflikt-meine"), StringComparison.Ordinal);
        Assert.DoesNotContain("sicher zur Schule", Disk(file), StringComparison.Ordinal);
        await page.ClickAsync("#konflikt-meine-speichern");
        await page.WaitForFunctionAsync("() => document.getElementById('gespeichert').textContent === 'Gespeichert'");
        Assert.Contains("sicher zur Schule", Disk(file), StringComparison.Ordinal);

        // The PDF: exactly the bytes antrag render writes for the saved file.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#pdf"));
        Assert.Equal("antrag-radwege.pdf", download.SuggestedFilename);
        var downloaded = Path.Combine(Path.GetDirectoryName(folder.Root)!, "download.pdf");
        await download.SaveAsAsync(downloaded);
        var rendered = Path.Combine(Path.GetDirectoryName(folder.Root)!, "render.pdf");
        Assert.Equal(0, RenderCommand.Run([Path.Combine(folder.Root, file)], rendered, OutputFormat.Pdf, 110, false, TextWriter.Null, TextWriter.Null));
        Assert.Equal(File.ReadAllBytes(rendered), File.ReadAllBytes(downloaded));
    }

    [Fact]
    public async Task Table_rows_and_signers_are_edited_in_the_form_and_keep_the_rest_of_the_file()
    {
        const string file = "krefeld/antrag-4493-23-A.yaml";
        var original = Disk(file);
        await page.GotoAsync(folder.Server.OpeningAddress.Replace("/?", "/bearbeiten?datei=" + Uri.EscapeDataString(file) + "&", StringComparison.Ordinal));
        var generation = await PreviewAfter(0);
        await page.ClickAsync("text=+ Beratungsfolge: Eintrag hinzufügen");
        await page.WaitForSelectorAsync("#f-beratungsfolge-1--gremium");
        await page.FillAsync("#f-beratungsfolge-1--gremium", "Hauptausschuss");
        await page.FillAsync("#f-beratungsfolge-1--beschlussform", "vorberatend");
        await page.FillAsync("#f-beratungsfolge-1--sitzungstermin", "2023-02-20");
        await page.ClickAsync("[aria-label='Eintrag 2 nach oben']");
        await page.WaitForFunctionAsync("() => document.getElementById('f-beratungsfolge-0--gremium').value === 'Hauptausschuss'");
        await page.FillAsync("#f-unterzeichner-0--name", "Britta Oellers MdL");
        await page.WaitForFunctionAsync("() => document.getElementById('quelltext').value.includes('Britta Oellers MdL')");
        await PreviewAfter(generation);
        await page.ClickAsync("#speichern");
        await page.WaitForFunctionAsync("() => document.getElementById('gespeichert').textContent === 'Gespeichert'");
        var saved = Disk(file);
        Assert.True(saved.Contains("beratungsfolge:\n  - gremium: Hauptausschuss\n    sitzungstermin: 20.02.2023\n    beschlussform: vorberatend\n  - gremium: Rat\n", StringComparison.Ordinal), saved);
        Assert.Contains("  - name: Britta Oellers MdL\n", saved, StringComparison.Ordinal);
        var unchanged = original.Split('\n').Where(l => !l.StartsWith("  - ", StringComparison.Ordinal) && !l.StartsWith("    ", StringComparison.Ordinal)).ToList();
        Assert.All(unchanged, l => Assert.Contains(l, saved, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unsaved_edits_survive_a_reload_and_leaving_warns()
    {
        const string file = "musterstadt/pruefantrag-solardaecher.md";
        await page.GotoAsync(folder.Server.OpeningAddress.Replace("/?", "/bearbeiten?datei=" + Uri.EscapeDataString(file) + "&", StringComparison.Ordinal));
        var generation = await PreviewAfter(0);
        await page.FillAsync("#f-begruendung", "Ein neuer Grund, noch nicht gespeichert.");
        await page.WaitForFunctionAsync("() => document.getElementById('quelltext').value.includes('noch nicht gespeichert')");
        await PreviewAfter(generation);
        Assert.Contains("## Begründung\n\nEin neuer Grund, noch nicht gespeichert.\n", await page.InputValueAsync("#quelltext"), StringComparison.Ordinal);

        await page.ReloadAsync();
        await PreviewAfter(0);
        Assert.Contains("noch nicht gespeichert", await page.InputValueAsync("#quelltext"), StringComparison.Ordinal);
        Assert.Contains("wiederhergestellt", await page.TextContentAsync("#hinweis") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("Nicht gespeicherte Änderungen", await page.TextContentAsync("#gespeichert"));
        Assert.DoesNotContain("noch nicht gespeichert", Disk(file), StringComparison.Ordinal);

        await page.ClickAsync("#titel");
        var asked = new TaskCompletionSource<string>();
        page.Dialog += (_, dialog) => { asked.TrySetResult(dialog.Type); _ = dialog.AcceptAsync(); };
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task The_pages_have_no_serious_accessibility_violations_and_work_by_keyboard()
    {
        await page.GotoAsync(folder.Server.OpeningAddress);
        await page.WaitForSelectorAsync(".eintrag");
        await NoSeriousViolations("folder");
        var reached = await TabThrough(80);
        Assert.Contains("neu", reached);
        Assert.Contains("suche", reached);
        Assert.Contains(reached, r => r.StartsWith("a:", StringComparison.Ordinal));

        await page.ClickAsync("#neu");
        await NoSeriousViolations("new motion dialog");
        await page.Keyboard.PressAsync("Escape");

        await page.GotoAsync(folder.Server.BaseAddress + "/bearbeiten?datei=" + Uri.EscapeDataString("krefeld/antrag-4493-23-A.yaml"));
        await PreviewAfter(0);
        await NoSeriousViolations("editor");
        reached = await TabThrough(120);
        foreach (var id in new[] { "speichern", "pdf", "reiter-formular", "f-art", "f-datum", "f-betreff", "f-beschlussentwurf", "f-begruendung", "f-beratungsfolge-0--gremium" })
        {
            Assert.Contains(id, reached);
        }

        await page.FocusAsync("#reiter-formular");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("true", await page.GetAttributeAsync("#reiter-quelltext", "aria-selected"));
        Assert.Equal("reiter-quelltext", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var text = await page.InputValueAsync("#quelltext");
        var generation = await Generation();
        await page.FillAsync("#quelltext", text.Replace("datum: 28.02.2023", "datum: 30.02.2023", StringComparison.Ordinal));
        await PreviewAfter(generation);
        await NoSeriousViolations("editor with an error in the source");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.ClickAsync("#reiter-formular");
        await NoSeriousViolations("form with an error at its field");
    }

    private async Task NoSeriousViolations(string where)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, where + ": " + string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    /// <summary>Presses Tab <paramref name="presses"/> times from the top of the page and returns what got the focus (ids, or "a:" and the link text).</summary>
    private async Task<List<string>> TabThrough(int presses)
    {
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        var reached = new List<string>();
        for (var i = 0; i < presses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e.id || (e.tagName === 'A' ? 'a:' + e.textContent.trim() : e.tagName.toLowerCase()); }"));
        }

        return reached;
    }
}
