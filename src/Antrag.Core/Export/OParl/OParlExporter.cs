using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Antrag.Read;
using Antrag.Scaffold;

namespace Antrag.Export.OParl;

/// <summary>
/// Writes a motion as an OParl 1.1 <c>Paper</c> (JSON) with its Beratungsfolge as <c>Consultation</c>s and its PDF as the
/// <c>mainFile</c>. OParl publishes public data only: nichtöffentliche motions and drafts are never exported
/// (<see cref="IsPublishable"/>). Same motion and PDF → same bytes.
/// </summary>
public static class OParlExporter
{
    /// <summary>The start of every OParl 1.1 type URL.</summary>
    public const string SchemaBase = "https://schema.oparl.org/1.1/";

    private static readonly JsonSerializerOptions Options = new(OParlJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = OParlJsonContext.Default,
    };

    /// <summary>Whether the motion may be published: public (<c>oeffentlich</c>), not a draft, and dated.</summary>
    public static bool IsPublishable(Motion motion) => motion.IsPublic && !motion.IsDraft && motion.Date is not null;

    /// <summary>
    /// The Paper for a publishable <paramref name="rendered"/> motion whose PDF is <paramref name="pdf"/>, published at
    /// <paramref name="at"/>, with its File and Consultations embedded (without the back-reference to the paper); ids of
    /// organizations and persons are built from the names, an organization's with its city.
    /// </summary>
    public static OParlPaper CreatePaper(RenderedMotion rendered, byte[] pdf, OParlAddress at)
    {
        var motion = rendered.Motion;
        if (!IsPublishable(motion) || motion.Date is not { } date)
        {
            throw new ArgumentException("only public, dated motions that are not drafts are exported to OParl", nameof(rendered));
        }

        var stamp = OParlTime.Midnight(date);
        var kind = MotionScaffold.Title(motion.Kind);
        var persons = new List<string>();
        var organizations = new List<string>();
        foreach (var profile in rendered.Loaded.Profiles)
        {
            // A single council member files as a person, a faction as an organization.
            if (profile.Kind == ProfileKind.SingleMember)
            {
                persons.Add(at.Person(profile.Name));
            }
            else
            {
                organizations.Add(at.Organization(profile.Name, profile.City));
            }
        }

        persons.AddRange(motion.Signers.Select(s => at.Person(s.Name)));
        var city = CouncilCity(rendered);

        return new OParlPaper
        {
            Id = at.PaperUrl,
            Name = rendered.Layout.Info.Title,
            Reference = motion.ReferenceNumber,
            Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PaperType = kind,
            MainFile = new OParlFile
            {
                Id = at.FileUrl,
                Name = motion.ReferenceNumber is { } reference ? kind + " " + reference : rendered.Layout.Info.Title,
                FileName = at.PdfFileName,
                Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Size = pdf.LongLength,
                Sha512Checksum = Convert.ToHexStringLower(SHA512.HashData(pdf)),
                AccessUrl = at.PdfUrl,
                Created = stamp,
                Modified = stamp,
            },
            OriginatorPerson = NoneIfEmpty(persons.Distinct(StringComparer.Ordinal).ToList()),
            OriginatorOrganization = NoneIfEmpty(organizations.Distinct(StringComparer.Ordinal).ToList()),
            Consultation = NoneIfEmpty(motion.Consultations.Select((c, i) => new OParlConsultation
            {
                Id = at.ConsultationUrl(i + 1),
                Organization = [at.Organization(c.Committee, city)],
                Authoritative = IsAuthoritative(c.Role),
                Role = c.Role,
                OrganizationName = c.Committee,
                MeetingDate = c.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Created = stamp,
                Modified = stamp,
            }).ToList()),
            Created = stamp,
            Modified = stamp,
        };
    }

    /// <summary>
    /// The files of a motion's OParl objects, by path relative to the output folder: the Paper at <c>STEM.oparl.json</c>, and
    /// its File and each Consultation at their own ids with the back-reference to the paper, so every id can be fetched.
    /// </summary>
    public static List<(string Key, byte[] Bytes)> Files(OParlPaper paper, OParlAddress at, string paperKey)
    {
        var files = new List<(string Key, byte[] Bytes)> { (paperKey, Serialize(paper)) };
        files.Add((at.FileKey, Json(paper.MainFile with { Paper = [paper.Id] })));
        foreach (var (consultation, i) in (paper.Consultation ?? []).Select((c, i) => (c, i)))
        {
            files.Add((at.ConsultationKey(i + 1), Json(consultation with { Paper = paper.Id })));
        }

        return files;
    }

    /// <summary>The city whose council consults the motion: that of its first profile (the faction filing it).</summary>
    private static string CouncilCity(RenderedMotion rendered) => rendered.Loaded.Profiles.FirstOrDefault()?.City ?? string.Empty;

    private static IReadOnlyList<T>? NoneIfEmpty<T>(IReadOnlyList<T> list) => list.Count == 0 ? null : list;

    /// <summary>
    /// The organizations and persons a publishable motion names, for <see cref="OParlDirectory"/>: its factions
    /// (a single council member as a person), the Gremien of its Beratungsfolge, and its signers with the faction they sign for.
    /// </summary>
    public static IReadOnlyList<OParlEntity> Entities(RenderedMotion rendered)
    {
        var profiles = rendered.Loaded.Profiles.ToList();
        var lead = profiles.FirstOrDefault();
        var entities = new List<OParlEntity>();
        foreach (var profile in profiles)
        {
            entities.Add(profile.Kind == ProfileKind.SingleMember
                ? new OParlEntity { Type = "Person", Name = profile.Name }
                : new OParlEntity { Type = "Organization", Name = profile.Name, City = profile.City, OrganizationType = "Fraktion", Classification = "Fraktion" });
        }

        var city = CouncilCity(rendered);
        foreach (var c in rendered.Motion.Consultations)
        {
            entities.Add(new OParlEntity { Type = "Organization", Name = c.Committee, City = city, OrganizationType = "Gremium", Classification = Classify(c.Committee) });
        }

        foreach (var signer in rendered.Motion.Signers)
        {
            var faction = signer.Faction is { } named
                ? profiles.FirstOrDefault(p => string.Equals(p.Name, named, StringComparison.OrdinalIgnoreCase))
                : lead;
            entities.Add(new OParlEntity
            {
                Type = "Person",
                Name = signer.Name,
                Faction = faction is { Kind: not ProfileKind.SingleMember } ? faction.Name : null,
                City = faction is { Kind: not ProfileKind.SingleMember } ? faction.City : null,

                // The role in the faction is the one its profile gives (vorstand); what a signer writes under the name
                // varies from motion to motion ("Verkehrspolitischer Sprecher") and is no membership.
                Role = faction?.Board.FirstOrDefault(b => string.Equals(b.Name, signer.Name, StringComparison.OrdinalIgnoreCase))?.Role,
            });
        }

        return entities;
    }

    /// <summary>
    /// The classification OParl asks for, where the name says it: "Parlament" for the council itself (OParl: never "Rat"),
    /// "Ausschuss", "Beirat", "Bezirksvertretung"; otherwise none.
    /// </summary>
    public static string? Classify(string committee)
    {
        var words = OParlAddress.Slug(committee).Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        if (words.Any(w => w.EndsWith("ausschuss", StringComparison.Ordinal)))
        {
            return "Ausschuss";
        }

        if (words.Any(w => w.EndsWith("beirat", StringComparison.Ordinal)))
        {
            return "Beirat";
        }

        if (words.Any(w => w.StartsWith("bezirksvertretung", StringComparison.Ordinal)))
        {
            return "Bezirksvertretung";
        }

        string[] councils = ["rat", "stadtrat", "gemeinderat", "kreistag", "stadtverordnetenversammlung", "gemeindevertretung", "ratsversammlung", "buergerschaft"];
        return councils.Contains(words[0]) ? "Parlament" : null;
    }

    /// <summary>The Paper as indented UTF-8 JSON (umlauts unescaped), ending with a newline.</summary>
    public static byte[] Serialize(OParlPaper paper) => Json(paper);

    /// <summary>An Organization as indented UTF-8 JSON, ending with a newline.</summary>
    public static byte[] Serialize(OParlOrganization organization) => Json(organization);

    /// <summary>A Person as indented UTF-8 JSON, ending with a newline.</summary>
    public static byte[] Serialize(OParlPerson person) => Json(person);

    /// <summary>A Membership as indented UTF-8 JSON, ending with a newline.</summary>
    public static byte[] Serialize(OParlMembership membership) => Json(membership);

    private static byte[] Json<T>(T value) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, Options.GetTypeInfo(typeof(T))) + "\n");

    /// <summary>Whether a Beschlussform means that the Gremium decides: "beschließend", "Entscheidung", "entscheidet", …</summary>
    public static bool IsAuthoritative(string role)
    {
        var folded = KeySuggester.Fold(role);
        return folded.Contains("beschliess", StringComparison.Ordinal) || folded.Contains("beschluss", StringComparison.Ordinal)
            || folded.Contains("entscheid", StringComparison.Ordinal);
    }
}
