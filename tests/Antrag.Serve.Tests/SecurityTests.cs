using System.Net;
using System.Text;

namespace Antrag.Serve.Tests;

/// <summary>antrag serve is safe by default: loopback only, a session token on every request, Host and Origin checked, only motion files under the folder, bounded requests and renders.</summary>
public sealed class SecurityTests : IAsyncLifetime
{
    private ServeFolder folder = null!;

    public async Task InitializeAsync() => folder = await ServeFolder.Start();

    public async Task DisposeAsync() => await folder.DisposeAsync();

    private string Port => folder.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void It_listens_on_the_loopback_addresses_only()
    {
        Assert.NotEmpty(folder.Server.Addresses);
        Assert.All(folder.Server.Addresses, a => Assert.Matches(@"^http://(127\.0\.0\.1|\[::1\]):\d+$", a));
    }

    [Fact]
    public async Task Without_the_token_nothing_is_served()
    {
        foreach (var path in new[] { "/", "/bearbeiten?datei=krefeld/antrag-4493-23-A.yaml", "/static/editor.js", "/api/ordner", "/api/datei?datei=krefeld/antrag-4493-23-A.yaml" })
        {
            using var response = await folder.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("Beschlussentwurf", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/ordner");
        wrong.Headers.Add("X-Antrag-Token", folder.Server.Token[..^1] + (folder.Server.Token[^1] == 'a' ? 'b' : 'a'));
        Assert.Equal(HttpStatusCode.Unauthorized, (await folder.Http.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task The_opening_address_sets_a_strict_cookie_and_drops_the_token_from_the_address()
    {
        using var response = await folder.Http.GetAsync("/?token=" + folder.Server.Token);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var ok = await folder.Http.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("Neuer Antrag", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The cookie opens pages, but the interface wants the header, which another site's page cannot send.
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/ordner");
        api.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await folder.Http.SendAsync(api)).StatusCode);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1:1")]
    [InlineData("localhost.evil.example:{port}")]
    public async Task Another_host_name_is_refused_even_with_the_token(string host)
    {
        using var request = folder.Api(HttpMethod.Get, "/api/ordner");
        request.Headers.Host = host.Replace("{port}", Port, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await folder.Http.SendAsync(request)).StatusCode);

        using var page = new HttpRequestMessage(HttpMethod.Get, "/?token=" + folder.Server.Token);
        page.Headers.Host = host.Replace("{port}", Port, StringComparison.Ordinal);
        using var response = await folder.Http.SendAsync(page);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    public async Task The_loopback_names_are_accepted(string host)
    {
        using var request = folder.Api(HttpMethod.Get, "/api/erklaerung");
        request.Headers.Host = host + ":" + Port;
        Assert.Equal(HttpStatusCode.OK, (await folder.Http.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "http://127.0.0.1:1")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task Requests_from_other_sites_are_refused(string header, string value)
    {
        using var request = folder.Api(HttpMethod.Put, "/api/datei", new { datei = "krefeld/antrag-4493-23-A.yaml", text = "x", stand = "" });
        request.Headers.Add(header, value.Replace("{port}", Port, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await folder.Http.SendAsync(request)).StatusCode);
        Assert.Contains("Beschlussentwurf", await File.ReadAllTextAsync(Path.Combine(folder.Root, "krefeld", "antrag-4493-23-A.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_own_origin_is_accepted()
    {
        using var request = folder.Api(HttpMethod.Post, "/api/vorschau", new { datei = "krefeld/antrag-4493-23-A.yaml", text = "datum: 01.01.2024\n", seiten = false });
        request.Headers.Add("Origin", "http://127.0.0.1:" + Port);
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.OK, (await folder.Http.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("../outside.yaml")]
    [InlineData("krefeld/../../outside.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData(".git/config")]
    [InlineData("krefeld/.versteckt.yaml")]
    [InlineData("krefeld/fraktion.yaml")]
    [InlineData("krefeld/logo.svg")]
    [InlineData("node_modules/a.yaml")]
    [InlineData("")]
    public async Task Only_motion_files_under_the_folder_are_read_or_written(string path)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(folder.Root)!, "outside.yaml"), "datum: 01.01.2024\n");
        var read = await folder.Call(HttpMethod.Get, "/api/datei?datei=" + Uri.EscapeDataString(path));
        Assert.InRange(read.Status, 400, 404);
        var write = await folder.Call(HttpMethod.Put, "/api/datei", new { datei = path, text = "geschrieben", stand = "" });
        Assert.InRange(write.Status, 400, 404);
        Assert.Equal("datum: 01.01.2024\n", File.ReadAllText(Path.Combine(Path.GetDirectoryName(folder.Root)!, "outside.yaml")));
    }

    [Fact]
    public async Task A_link_out_of_the_folder_is_refused_and_one_inside_is_followed()
    {
        var outside = Path.Combine(Path.GetDirectoryName(folder.Root)!, "geheim");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "antrag.yaml"), "betreff: geheim\n");
        File.CreateSymbolicLink(Path.Combine(folder.Root, "krefeld", "link.yaml"), Path.Combine(outside, "antrag.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, "verweis"), outside);
        File.CreateSymbolicLink(Path.Combine(folder.Root, "krefeld", "innen.yaml"), Path.Combine(folder.Root, "krefeld", "antrag-4493-23-A.yaml"));

        foreach (var path in new[] { "krefeld/link.yaml", "verweis/antrag.yaml" })
        {
            var (status, json) = await folder.Call(HttpMethod.Get, "/api/datei?datei=" + path);
            Assert.Equal(403, status);
            Assert.Contains("außerhalb", (string?)json!["fehler"], StringComparison.Ordinal);
            Assert.Equal(403, (await folder.Call(HttpMethod.Put, "/api/datei", new { datei = path, text = "x", stand = "" })).Status);
            Assert.InRange((await folder.Call(HttpMethod.Post, "/api/neu", new { art = "antrag", ordner = "verweis", name = "neu" })).Status, 400, 403);
        }

        Assert.Equal("betreff: geheim\n", File.ReadAllText(Path.Combine(outside, "antrag.yaml")));
        Assert.False(File.Exists(Path.Combine(outside, "neu.yaml")));
        var inside = await folder.Call(HttpMethod.Get, "/api/datei?datei=krefeld/innen.yaml");
        Assert.Equal(200, inside.Status);
    }

    [Fact]
    public async Task Request_bodies_are_bounded()
    {
        await using var small = await ServeFolder.Start(o => o with { MaxBodyBytes = 64 * 1024, MaxTextBytes = 16 * 1024 });
        var large = new string('x', 100 * 1024);
        var (status, _) = await small.Call(HttpMethod.Post, "/api/vorschau", new { datei = "krefeld/antrag-4493-23-A.yaml", text = large });
        Assert.Equal(413, status);
        (status, var json) = await small.Call(HttpMethod.Put, "/api/datei", new { datei = "krefeld/antrag-4493-23-A.yaml", text = new string('x', 20 * 1024), stand = "" });
        Assert.Equal(413, status);
        Assert.Contains("zu groß", (string?)json!["fehler"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_render_that_takes_too_long_is_answered_with_an_error()
    {
        await using var slow = await ServeFolder.Start(o => o with { RenderTimeout = TimeSpan.FromMilliseconds(1) });
        var text = File.ReadAllText(Path.Combine(slow.Root, "krefeld", "antrag-4493-23-A.yaml"))
            .Replace("begruendung: |\n", "begruendung: |\n" + string.Concat(Enumerable.Repeat("  Ein langer Absatz mit vielen Wörtern, der gesetzt werden will.\n\n", 400)), StringComparison.Ordinal);
        var (status, json) = await slow.Call(HttpMethod.Post, "/api/vorschau", new { datei = "krefeld/antrag-4493-23-A.yaml", text });
        Assert.True(503 == status, json?.ToJsonString());
        Assert.Contains("zu lange", (string?)json!["fehler"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_answer_forbids_framing_sniffing_and_foreign_scripts()
    {
        using var response = await folder.Http.SendAsync(folder.Api(HttpMethod.Get, "/api/erklaerung"));
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Malformed_requests_get_a_clear_answer()
    {
        using var request = folder.Api(HttpMethod.Post, "/api/vorschau");
        request.Content = new StringContent("{ kein json", Encoding.UTF8, "application/json");
        using var response = await folder.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(404, (await folder.Call(HttpMethod.Get, "/api/gibtesnicht")).Status);
    }
}
