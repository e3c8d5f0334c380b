using System.Globalization;
using System.Text;

namespace Antrag.Export.OParl;

/// <summary>
/// Where a motion's OParl objects are published: <paramref name="baseUrl"/> is the address of the output folder, and
/// <paramref name="stem"/> the motion's outputs below it without extension (<c>2024/antrag-radwege</c>). Every object has
/// its own file at its id: the Paper (<c>STEM.oparl.json</c>), its File (<c>STEM.oparl-file.json</c>) and Consultations
/// (<c>STEM.oparl-consultation-N.json</c>); organizations, persons and memberships below <c>BASE/oparl/</c>, made from
/// their names, an organization's with its city (two cities' councils named "Rat" are two organizations).
/// </summary>
public sealed class OParlAddress(string baseUrl, string stem)
{
    /// <summary>The base URL, ending with <c>/</c>.</summary>
    public string BaseUrl { get; } = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";

    /// <summary>The address of the Paper's JSON (<c>STEM.oparl.json</c>), also its id.</summary>
    public string PaperUrl => BaseUrl + EscapePath(stem) + ".oparl.json";

    /// <summary>The File object of the PDF, relative to the output folder (<c>STEM.oparl-file.json</c>).</summary>
    public string FileKey => stem + ".oparl-file.json";

    /// <summary>The id of the File object of the PDF.</summary>
    public string FileUrl => BaseUrl + EscapePath(FileKey);

    /// <summary>The Consultation object of row <paramref name="number"/> (from 1) of the Beratungsfolge, relative to the output folder.</summary>
    public string ConsultationKey(int number) => stem + ".oparl-consultation-" + number.ToString(CultureInfo.InvariantCulture) + ".json";

    /// <summary>The id of the Consultation object of row <paramref name="number"/> (from 1).</summary>
    public string ConsultationUrl(int number) => BaseUrl + EscapePath(ConsultationKey(number));

    /// <summary>The address of the PDF (<c>STEM.pdf</c>).</summary>
    public string PdfUrl => BaseUrl + EscapePath(stem) + ".pdf";

    /// <summary>The PDF's file name.</summary>
    public string PdfFileName => stem[(stem.LastIndexOf('/') + 1)..] + ".pdf";

    /// <summary>The id of the organization (faction, Gremium) named <paramref name="name"/> in <paramref name="city"/>: the address of its JSON.</summary>
    public string Organization(string name, string city) => BaseUrl + OrganizationFile(name, city);

    /// <summary>The id of the person named <paramref name="name"/>: the address of its JSON.</summary>
    public string Person(string name) => BaseUrl + PersonFile(name);

    /// <summary>Where the organization named <paramref name="name"/> in <paramref name="city"/> is written, relative to the output folder.</summary>
    public static string OrganizationFile(string name, string city) => "oparl/organization/" + Slug(city) + "/" + Slug(name) + ".json";

    /// <summary>The id of the membership of person <paramref name="person"/> in the organization written at <paramref name="organizationFile"/>.</summary>
    public string Membership(string person, string organizationFile) => BaseUrl + MembershipFile(person, organizationFile);

    /// <summary>Where a membership is written: <c>oparl/membership/PERSON/CITY/ORGANIZATION.json</c>.</summary>
    public static string MembershipFile(string person, string organizationFile) =>
        "oparl/membership/" + Slug(person) + "/" + organizationFile["oparl/organization/".Length..];

    /// <summary>Where the person named <paramref name="name"/> is written, relative to the output folder.</summary>
    public static string PersonFile(string name) => "oparl/person/" + Slug(name) + ".json";

    /// <summary>Whether <paramref name="text"/> is an absolute http or https URL, as a base URL must be.</summary>
    public static bool IsValidBaseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);

    /// <summary>Each segment of a <c>/</c>-separated path percent-encoded for a URL.</summary>
    public static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// "Ausschuss für Mobilität und Verkehr" → <c>ausschuss-fuer-mobilitaet-und-verkehr</c> (other accents dropped: é → e);
    /// a name without any Latin letter or digit becomes <c>n-</c> and the hex of its UTF-8 bytes, so slugs are always safe file names.
    /// </summary>
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
                'æ' => "ae",
                'œ' => "oe",
                'þ' => "th",
                _ => Unaccented(c),
            };
            foreach (var d in part)
            {
                if (char.IsAsciiLetterOrDigit(d))
                {
                    sb.Append(d);
                }
                else if (sb.Length > 0 && sb[^1] != '-')
                {
                    sb.Append('-');
                }
            }
        }

        var slug = sb.ToString().TrimEnd('-');
        return slug.Length > 0 ? slug : "n-" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(name.Trim()));
    }

    /// <summary>
    /// The Latin letter without its accent (é → e, ł → l, ễ → e), from a table rather than Unicode decomposition, which the
    /// program does not carry (it runs without ICU); any other character as it is.
    /// </summary>
    private static string Unaccented(char c)
    {
        var at = Accented.IndexOf(c, StringComparison.Ordinal);
        return at < 0 ? c.ToString() : Bases[at].ToString();
    }

    // Lower-case letters of Latin-1, Latin Extended-A/B and Latin Extended Additional whose canonical decomposition starts
    // with an ASCII letter (generated from the Unicode data), and letters with strokes; Bases[i] is Accented[i]'s letter.
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹøđðħıłŀŧƀƈɇɉƚɍɏƶ";

    private const string Bases = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwyaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyyoddhilltbcejlryz";
}
