using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Antrag.Tests.Build;

/// <summary>
/// The parts of the OParl 1.1 schema (OParl/spec, schema/Paper.json, Consultation.json, File.json, Organization.json,
/// Person.json with its embedded Membership) that antrag writes: required
/// fields and the type of every field. OParl 1.1 also makes <c>created</c> and <c>modified</c> mandatory for all objects
/// (spec chapter "OParl 1.1"). Vendor extensions (<c>antrag:…</c>) are allowed by the spec and not checked here.
/// </summary>
public static partial class OParlSchema
{
    private enum Kind
    {
        Url,
        Text,
        Date,
        DateTime,
        Integer,
        Boolean,
        UrlList,
        TextList,
        Object,
        ObjectList,
        Const,
    }

    private sealed record Field(Kind Kind, bool Required = false, string? Object = null);

    private static readonly Dictionary<string, Dictionary<string, Field>> Types = new()
    {
        ["Paper"] = new()
        {
            ["id"] = new(Kind.Url, true), ["type"] = new(Kind.Const, true), ["body"] = new(Kind.Url), ["name"] = new(Kind.Text),
            ["reference"] = new(Kind.Text), ["date"] = new(Kind.Date), ["paperType"] = new(Kind.Text),
            ["relatedPaper"] = new(Kind.UrlList), ["superordinatedPaper"] = new(Kind.UrlList), ["subordinatedPaper"] = new(Kind.UrlList),
            ["mainFile"] = new(Kind.Object, Object: "File"), ["auxiliaryFile"] = new(Kind.ObjectList, Object: "File"),
            ["originatorPerson"] = new(Kind.UrlList), ["underDirectionOf"] = new(Kind.UrlList), ["originatorOrganization"] = new(Kind.UrlList),
            ["consultation"] = new(Kind.ObjectList, Object: "Consultation"), ["license"] = new(Kind.Text), ["keyword"] = new(Kind.TextList),
            ["created"] = new(Kind.DateTime, true), ["modified"] = new(Kind.DateTime, true), ["web"] = new(Kind.Url), ["deleted"] = new(Kind.Boolean),
        },
        ["Consultation"] = new()
        {
            ["id"] = new(Kind.Url, true), ["type"] = new(Kind.Const, true), ["paper"] = new(Kind.Url), ["agendaItem"] = new(Kind.Url),
            ["meeting"] = new(Kind.Url), ["organization"] = new(Kind.UrlList), ["authoritative"] = new(Kind.Boolean), ["role"] = new(Kind.Text),
            ["license"] = new(Kind.Text), ["keyword"] = new(Kind.TextList),
            ["created"] = new(Kind.DateTime, true), ["modified"] = new(Kind.DateTime, true), ["web"] = new(Kind.Url), ["deleted"] = new(Kind.Boolean),
        },
        ["File"] = new()
        {
            ["id"] = new(Kind.Url, true), ["type"] = new(Kind.Const, true), ["name"] = new(Kind.Text), ["fileName"] = new(Kind.Text),
            ["mimeType"] = new(Kind.Text), ["date"] = new(Kind.Date), ["size"] = new(Kind.Integer), ["sha1Checksum"] = new(Kind.Text),
            ["sha512Checksum"] = new(Kind.Text), ["text"] = new(Kind.Text), ["accessUrl"] = new(Kind.Url, true), ["downloadUrl"] = new(Kind.Url),
            ["externalServiceUrl"] = new(Kind.Url), ["masterFile"] = new(Kind.Url), ["derivativeFile"] = new(Kind.UrlList),
            ["fileLicense"] = new(Kind.Url), ["meeting"] = new(Kind.UrlList), ["agendaItem"] = new(Kind.UrlList), ["paper"] = new(Kind.UrlList),
            ["license"] = new(Kind.Text), ["keyword"] = new(Kind.TextList),
            ["created"] = new(Kind.DateTime, true), ["modified"] = new(Kind.DateTime, true), ["deleted"] = new(Kind.Boolean),
        },
        ["Organization"] = new()
        {
            ["id"] = new(Kind.Url, true), ["type"] = new(Kind.Const, true), ["body"] = new(Kind.Url), ["name"] = new(Kind.Text),
            ["membership"] = new(Kind.UrlList), ["meeting"] = new(Kind.Url), ["shortName"] = new(Kind.Text), ["post"] = new(Kind.TextList),
            ["subOrganizationOf"] = new(Kind.Url), ["organizationType"] = new(Kind.Text), ["classification"] = new(Kind.Text),
            ["startDate"] = new(Kind.DateTime), ["endDate"] = new(Kind.DateTime), ["website"] = new(Kind.Url), ["location"] = new(Kind.Object, Object: "Location"),
            ["externalBody"] = new(Kind.Url), ["license"] = new(Kind.Text), ["keyword"] = new(Kind.TextList),
            ["created"] = new(Kind.DateTime, true), ["modified"] = new(Kind.DateTime, true), ["web"] = new(Kind.Url), ["deleted"] = new(Kind.Boolean),
        },
        ["Person"] = new()
        {
            ["id"] = new(Kind.Url, true), ["type"] = new(Kind.Const, true), ["body"] = new(Kind.Url), ["name"] = new(Kind.Text),
            ["familyName"] = new(Kind.Text), ["givenName"] = new(Kind.Text), ["formOfAddress"] = new(Kind.Text), ["affix"] = new(Kind.Text),
            ["title"] = new(Kind.TextList), ["gender"] = new(Kind.Text), ["phone"] = new(Kind.TextList), ["email"] = new(Kind.TextList),
            ["location"] = new(Kind.Url), ["status"] = new(Kind.TextList), ["membership"] = new(Kind.ObjectList, Object: "Membership"),
            ["life"] = new(Kind.Text), ["lifeSource"] = new(Kind.Text), ["license"] = new(Kind.Text), ["keyword"] = new(Kind.TextList),
            ["created"] = new(Kind.DateTime, true), ["modified"] = new(Kind.DateTime, true), ["web"] = new(Kind.Url), ["deleted"] = new(Kind.Boolean),
        },
        ["Membership"] = new()
        {
            ["id"] = new(Kind.Url, true), ["type"] = new(Kind.Const, true), ["person"] = new(Kind.Url), ["organization"] = new(Kind.Url),
            ["role"] = new(Kind.Text), ["votingRight"] = new(Kind.Boolean), ["startDate"] = new(Kind.DateTime), ["endDate"] = new(Kind.DateTime),
            ["onBehalfOf"] = new(Kind.Url), ["license"] = new(Kind.Text), ["keyword"] = new(Kind.TextList),
            ["created"] = new(Kind.DateTime, true), ["modified"] = new(Kind.DateTime, true), ["web"] = new(Kind.Url), ["deleted"] = new(Kind.Boolean),
        },
    };

    /// <summary>Every way <paramref name="element"/> breaks the schema of <paramref name="type"/> ("Paper", "Consultation", "File"); empty if none.</summary>
    public static List<string> Check(JsonElement element, string type, string path = "$")
    {
        var errors = new List<string>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: expected an object");
            return errors;
        }

        var fields = Types[type];
        foreach (var (name, field) in fields.Where(f => f.Value.Required))
        {
            if (!element.TryGetProperty(name, out _))
            {
                errors.Add($"{path}: required field '{name}' missing");
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            var at = path + "." + property.Name;
            if (property.Name.StartsWith("antrag:", StringComparison.Ordinal))
            {
                continue;
            }

            if (!fields.TryGetValue(property.Name, out var field))
            {
                errors.Add($"{at}: not a field of {type}");
                continue;
            }

            var value = property.Value;
            var ok = field.Kind switch
            {
                Kind.Const => value.ValueKind == JsonValueKind.String && value.GetString() == "https://schema.oparl.org/1.1/" + type,
                Kind.Url => IsUrl(value),
                Kind.Text => value.ValueKind == JsonValueKind.String,
                Kind.Date => value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                Kind.DateTime => value.ValueKind == JsonValueKind.String && DateTimePattern().IsMatch(value.GetString()!)
                                 && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                Kind.Integer => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
                Kind.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                Kind.UrlList => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(IsUrl),
                Kind.TextList => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String),
                Kind.Object => value.ValueKind == JsonValueKind.Object,
                Kind.ObjectList => value.ValueKind == JsonValueKind.Array,
                _ => false,
            };
            if (!ok)
            {
                errors.Add($"{at}: not a valid {field.Kind}: {value.GetRawText()}");
                continue;
            }

            if (field.Kind == Kind.Object)
            {
                errors.AddRange(Check(value, field.Object!, at));
            }
            else if (field.Kind == Kind.ObjectList)
            {
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    errors.AddRange(Check(item, field.Object!, $"{at}[{i++}]"));
                }
            }
        }

        return errors;
    }

    private static bool IsUrl(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !value.GetString()!.Contains(' ', StringComparison.Ordinal);

    /// <summary>RFC 3339 date-time with a time zone.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();
}
