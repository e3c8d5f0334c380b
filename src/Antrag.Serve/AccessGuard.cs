using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Antrag.Serve;

/// <summary>
/// Lets a request through only when it is meant for this server and comes from its own pages: the Host header names the
/// loopback address and port (no DNS rebinding), an Origin or Sec-Fetch-Site header does not name another site, and the
/// session token is there — as a cookie for pages (set when the address with <c>?token=</c> is opened, as Jupyter does) and
/// as the <c>X-Antrag-Token</c> header for every call of the interface, which another site's page cannot send.
/// </summary>
internal sealed class AccessGuard(string token, int port)
{
    public const string Header = "X-Antrag-Token";

    private readonly byte[] expected = Encoding.UTF8.GetBytes(token);

    /// <summary>The cookie that carries the token for pages; named by port, as cookies do not tell ports apart.</summary>
    public string CookieName { get; } = "antrag-" + port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The origins the pages are served from.</summary>
    public IReadOnlyList<string> Hosts { get; } =
        [.. new[] { "127.0.0.1", "localhost", "[::1]" }.Select(h => h + ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>Why the request is refused (status and German text), or null to let it through.</summary>
    public (int Status, string Message)? Refusal(HttpContext context, bool api)
    {
        if (Misdirected(context) is { } message)
        {
            return (403, message);
        }

        var given = api ? context.Request.Headers[Header].ToString() : context.Request.Cookies[CookieName] ?? string.Empty;
        return Matches(given) ? null : (401, "Der Sitzungsschlüssel fehlt oder stimmt nicht. Öffnen Sie die Adresse mit „?token=…“, die antrag serve beim Start ausgegeben hat.");
    }

    /// <summary>Why a request is not meant for this server or comes from another site (German), or null.</summary>
    public string? Misdirected(HttpContext context)
    {
        var request = context.Request;
        var host = request.Headers.Host.ToString();
        if (!Hosts.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            return "Diese Adresse ist nicht erlaubt: antrag serve antwortet nur unter 127.0.0.1, localhost oder [::1] mit seinem Port.";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !Hosts.Any(h => string.Equals(origin, "http://" + h, StringComparison.OrdinalIgnoreCase)))
        {
            return "Anfragen von anderen Seiten werden abgewiesen.";
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not "same-origin" and not "none")
        {
            return "Anfragen von anderen Seiten werden abgewiesen.";
        }

        return null;
    }

    /// <summary>Whether <paramref name="given"/> is the token (compared in constant time).</summary>
    public bool Matches(string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), expected);

    /// <summary>The headers every answer carries: no framing, no sniffing, no referrer, scripts and styles only from here.</summary>
    public static void Secure(HttpResponse response)
    {
        var headers = response.Headers;
        headers["Content-Security-Policy"] = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers["X-Frame-Options"] = "DENY";
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cache-Control"] = "no-store";
    }

    /// <summary>A new random token: 32 bytes, URL-safe.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
