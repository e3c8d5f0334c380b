using Antrag.Output;
using System.Net;
using System.Text.Json.Nodes;
using Antrag.Cli;

namespace Antrag.Serve.Tests;

/// <summary>The interface the pages use: folder, new motion, preview with form edits, saving with conflicts, the PDF.</summary>
public sealed class EditingTests : IAsyncLifetime
{
    private const string Reference = "krefeld/antrag-4493-23-A.yaml";
    private ServeFolder folder = null!;

    public async Task InitializeAsync() => folder = await ServeFolder.Start();

    public async Task DisposeAsync() => await folder.DisposeAsync();

    private string Disk(string path) => File.ReadAllText(Path.Combine(folder.Root, path));

    [Fact]
    public async Task The_folder_lists_every_motion_with_its_state()
    {
        var (status, json) = await folder.Call(HttpMethod.Get, "/api/ordner");
        Assert.Equal(200, status);
        var motions = json!["antraege"]!.AsArray();
        var paths = motions.Select(m => (string)m!["datei"]!).ToList();
        Assert.Contains(Reference, paths);
        Assert.Contains("musterstadt/pruefantrag-solardaecher.md", paths);
        Assert.DoesNotContain(paths, p => p.EndsWith("fraktion.yaml", StringComparison.Ordinal));
        var reference = motions.Single(m => (string)m!["datei"]! == Reference)!;
        Assert.Equal("4493/23 A", (string?)reference["nummer"]);
        Assert.Equal("28.02.2023", (string?)reference["datum"]);
        Assert.Equal("ok", (string?)reference["zustand"]);
        Assert.Equal(7, json["arten"]!.AsArray().Count);

        File.WriteAllText(Path.Combine(folder.Root, "krefeld", "kaputt.yaml"), "art: antrag\ndatum: 31.02.2023\nbetreff: x\nbeschlussentwurf: y\n");
        (_, json) = await folder.Call(HttpMethod.Get, "/api/ordner");
        var broken = json!["antraege"]!.AsArray().Single(m => (string)m!["datei"]! == "krefeld/kaputt.yaml")!;
        Assert.Equal("fehler", (string?)broken["zustand"]);
        Assert.Contains("Zeile 2", (string?)broken["meldung"], StringComparison.Ordinal);

        using var thumbnail = await folder.Http.SendAsync(folder.Api(HttpMethod.Get, "/api/vorschaubild?datei=" + Reference));
        Assert.Equal("image/png", thumbnail.Content.Headers.ContentType!.MediaType);
        Assert.True((await thumbnail.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task A_new_motion_of_each_kind_is_written_once_and_check_accepts_it()
    {
        foreach (var kind in new[] { "antrag", "anfrage", "resolution", "pruefantrag", "dringlichkeitsantrag" })
        {
            var (status, json) = await folder.Call(HttpMethod.Post, "/api/neu", new { art = kind, ordner = "musterstadt", name = "neu-" + kind });
            Assert.Equal(201, status);
            Assert.Equal($"musterstadt/neu-{kind}.yaml", (string?)json!["datei"]);
            var check = Checker.Check([Path.Combine(folder.Root, "musterstadt", $"neu-{kind}.yaml")]);
            Assert.True(check.Diagnostics.All(d => d.Severity != Diagnostics.Severity.Error), string.Join("\n", check.Diagnostics));
        }

        var again = await folder.Call(HttpMethod.Post, "/api/neu", new { art = "antrag", ordner = "musterstadt", name = "neu-antrag.yaml" });
        Assert.Equal(409, again.Status);
        Assert.Equal(400, (await folder.Call(HttpMethod.Post, "/api/neu", new { art = "antrag", ordner = "musterstadt", name = "../weg" })).Status);
        Assert.Equal(400, (await folder.Call(HttpMethod.Post, "/api/neu", new { art = "gibtsnicht", ordner = "", name = "x" })).Status);
    }

    [Fact]
    public async Task The_preview_applies_form_edits_and_puts_diagnostics_at_their_field()
    {
        var text = Disk(Reference);
        var (status, json) = await folder.Call(HttpMethod.Post, "/api/vorschau", new
        {
            datei = Reference,
            text,
            aenderungen = new object[]
            {
                new { art = "set", pfad = "beratungsfolge[0].sitzungstermin", text = "31.02.2023" },
                new { art = "add", pfad = "beratungsfolge", eintrag = new Dictionary<string, string> { ["gremium"] = "Hauptausschuss", ["sitzungstermin"] = "01.03.2023", ["beschlussform"] = "vorberatend" } },
            },
        });
        Assert.Equal(200, status);
        var edited = (string)json!["text"]!;
        Assert.StartsWith("# yaml-language-server", edited, StringComparison.Ordinal);
        Assert.Contains("    sitzungstermin: 31.02.2023\n", edited, StringComparison.Ordinal);
        Assert.Contains("  - gremium: Hauptausschuss\n", edited, StringComparison.Ordinal);
        Assert.Null(json["seiten"]);
        var error = json["meldungen"]!.AsArray().First(m => (string?)m!["schwere"] == "fehler")!;
        Assert.Equal("beratungsfolge[0].sitzungstermin", (string?)error["feld"]);
        Assert.Equal(10, (int)error["zeile"]!);
        Assert.Equal("Rat", (string?)json["werte"]!["beratungsfolge"]![0]!["gremium"]);

        (_, json) = await folder.Call(HttpMethod.Post, "/api/vorschau", new { datei = Reference, text });
        Assert.Single(json!["seiten"]!.AsArray());
        Assert.StartsWith("data:image/png;base64,", (string?)json["seiten"]![0], StringComparison.Ordinal);
        Assert.Equal("Philibert Reuters", (string?)json["vorstand"]![0]!["name"]);

        var missing = text.Replace("betreff: |", "beschreibung: |", StringComparison.Ordinal);
        (_, json) = await folder.Call(HttpMethod.Post, "/api/vorschau", new { datei = Reference, text = missing, seiten = false });
        Assert.Contains(json!["meldungen"]!.AsArray(), m => (string?)m!["feld"] == "betreff" && (string?)m["code"] == "ANT1004");
    }

    [Fact]
    public async Task A_save_is_atomic_and_refused_when_the_file_changed_on_disk()
    {
        var (_, loaded) = await folder.Call(HttpMethod.Get, "/api/datei?datei=" + Reference);
        var version = (string)loaded!["stand"]!;
        var mine = ((string)loaded["text"]!).Replace("Philibert Reuters", "Britta Oellers MdL", StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(folder.Root, "krefeld", "antrag-4493-23-A.yaml"), Disk(Reference) + "# von git pull\n");
        var (status, json) = await folder.Call(HttpMethod.Put, "/api/datei", new { datei = Reference, text = mine, stand = version });
        Assert.Equal(409, status);
        Assert.EndsWith("# von git pull\n", (string?)json!["platte"], StringComparison.Ordinal);
        Assert.EndsWith("# von git pull\n", Disk(Reference), StringComparison.Ordinal);

        (status, json) = await folder.Call(HttpMethod.Put, "/api/datei", new { datei = Reference, text = mine, stand = (string)json["stand"]! });
        Assert.Equal(200, status);
        Assert.Equal(mine, Disk(Reference));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(folder.Root, "krefeld"), ".*.tmp"));
        var (_, state) = await folder.Call(HttpMethod.Get, "/api/datei/stand?datei=" + Reference);
        Assert.Equal((string?)json!["stand"], (string?)state!["stand"]);
    }

    [Theory]
    [InlineData("krefeld/antrag-4493-23-A.yaml")]
    [InlineData("musterstadt/pruefantrag-solardaecher.md")]
    [InlineData("musterstadt/antrag-schulwege.yaml")]
    public async Task The_pdf_has_the_bytes_antrag_render_writes(string path)
    {
        using var response = await folder.Http.SendAsync(folder.Api(HttpMethod.Post, "/api/pdf", new { datei = path, text = Disk(path) }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var served = await response.Content.ReadAsByteArrayAsync();

        var output = Path.Combine(Path.GetDirectoryName(folder.Root)!, "render.pdf");
        var exit = RenderCommand.Run([Path.Combine(folder.Root, path)], output, OutputFormat.Pdf, 110, false, TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllBytes(output), served);

        using var broken = await folder.Http.SendAsync(folder.Api(HttpMethod.Post, "/api/pdf", new { datei = path, text = "datum: kein Datum\n" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
    }
}
