using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Antrag.Serve.Tests;

/// <summary>A copy of the samples in a temporary folder, served by a running <see cref="ServeServer"/> on a free port.</summary>
public sealed class ServeFolder : IAsyncDisposable
{
    private ServeFolder(string root, ServeServer server)
    {
        Root = root;
        Server = server;
        Http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(server.BaseAddress) };
    }

    /// <summary>The repository root (where Antrag.sln is).</summary>
    public static string Repository { get; } = FindRepository();

    /// <summary>The served folder: a copy of samples/ without the corpus.</summary>
    public string Root { get; }

    public ServeServer Server { get; }

    /// <summary>A client without cookies and without the token; <see cref="Api"/> adds the token.</summary>
    public HttpClient Http { get; }

    /// <summary>Copies the samples and serves them with <paramref name="options"/> (Root and Port are set here).</summary>
    public static async Task<ServeFolder> Start(Func<ServeOptions, ServeOptions>? options = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "antrag-serve-" + Guid.NewGuid().ToString("N")[..12], "samples");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository, "samples"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Path.Combine(Repository, "samples"), file);
            // The corpus of council structures (samples/korpus/) is left out: the browser tests count and filter the samples.
            if (relative.StartsWith("ci", StringComparison.Ordinal) || relative.StartsWith("korpus", StringComparison.Ordinal) || relative.EndsWith(".pdf", StringComparison.Ordinal) || relative.EndsWith(".png", StringComparison.Ordinal) || relative.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, relative))!);
            File.Copy(file, Path.Combine(root, relative));
        }

        var chosen = (options ?? (o => o))(new ServeOptions { Root = root, Port = 0 });
        var server = await ServeServer.StartAsync(chosen with { Root = root, Port = 0 });
        return new ServeFolder(root, server);
    }

    /// <summary>A request to the interface with the session token in its header (and a JSON body when given).</summary>
    public HttpRequestMessage Api(HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("X-Antrag-Token", Server.Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    /// <summary>Sends an API request and reads the JSON answer.</summary>
    public async Task<(int Status, JsonNode? Json)> Call(HttpMethod method, string url, object? body = null)
    {
        using var response = await Http.SendAsync(Api(method, url, body));
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    private static string FindRepository()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Antrag.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Antrag.sln not found above the test assembly");
    }

    internal static string Json(object value) => JsonSerializer.Serialize(value);
}
