using System.Collections.Concurrent;
using System.Text;

namespace Antrag.Serve;

/// <summary>The pages, scripts and styles of the browser interface, built into the program (<c>web/</c>).</summary>
internal static class WebAssets
{
    private static readonly ConcurrentDictionary<string, byte[]?> Cache = new(StringComparer.Ordinal);

    /// <summary>The bytes of <c>web/<paramref name="name"/></c>, or null.</summary>
    public static byte[]? Get(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(WebAssets).Assembly.GetManifestResourceStream("web/" + n);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>A page with the session token filled in (the scripts send it with every request).</summary>
    public static byte[]? Page(string name, string token, string folderName) =>
        Get(name) is { } bytes
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("{{token}}", token, StringComparison.Ordinal)
                .Replace("{{ordner}}", System.Net.WebUtility.HtmlEncode(folderName), StringComparison.Ordinal))
            : null;

    /// <summary>The content type of an asset by its ending.</summary>
    public static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
