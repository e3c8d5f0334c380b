using System.Globalization;
using System.Text;

namespace Antrag.Export.OParl;

/// <summary>
/// Where a motion's OParl objects are published: <paramref name="baseUrl"/> is the address of the output folder, and
/// <paramref name="stem"/> the motion's outputs below it without extension (<c>2024/antrag-radwege</c>). Organizations and
/// persons get ids below <c>BASE/oparl/</c> made from their names.
/// </summary>
public sealed class OParlAddress(string baseUrl, string stem)
{
    /// <summary>The base URL, ending with <c>/</c>.</summary>
    public string BaseUrl { get; } = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";

    /// <summary>The address of the Paper's JSON (<c>STEM.oparl.json</c>), also its id.</summary>
    public string PaperUrl => BaseUrl + EscapePath(stem) + ".oparl.json";

    /// <summary>The address of the PDF (<c>STEM.pdf</c>).</summary>
    public string PdfUrl => BaseUrl + EscapePath(stem) + ".pdf";

    /// <summary>The PDF's file name.</summary>
    public string PdfFileName => stem[(stem.LastIndexOf('/') + 1)..] + ".pdf";

    /// <summary>The id of the organization (faction, Gremium) named <paramref name="name"/>.</summary>
    public string Organization(string name) => BaseUrl + "oparl/organization/" + Slug(name);

    /// <summary>The id of the person named <paramref name="name"/>.</summary>
    public string Person(string name) => BaseUrl + "oparl/person/" + Slug(name);

    /// <summary>Whether <paramref name="text"/> is an absolute http or https URL, as a base URL must be.</summary>
    public static bool IsValidBaseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);

    /// <summary>Each segment of a <c>/</c>-separated path percent-encoded for a URL.</summary>
    public static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>"Ausschuss für Mobilität und Verkehr" → <c>ausschuss-fuer-mobilitaet-und-verkehr</c> (other accents dropped: é → e).</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        foreach (var c in name.ToLowerInvariant())
        {
            var part = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => c.ToString().Normalize(NormalizationForm.FormD),
            };
            foreach (var d in part)
            {
                if (char.IsAsciiLetterOrDigit(d))
                {
                    sb.Append(d);
                }
                else if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] != '-')
                {
                    sb.Append('-');
                }
            }
        }

        var slug = sb.ToString().TrimEnd('-');
        return slug.Length > 0 ? slug : Uri.EscapeDataString(name.Trim());
    }
}
