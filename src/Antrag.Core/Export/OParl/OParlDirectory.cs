namespace Antrag.Export.OParl;

/// <summary>
/// The Organization, Person and Membership objects of a whole build: every faction, Gremium and person that the published
/// motions name, one JSON file each (<c>oparl/organization/CITY/SLUG.json</c>, <c>oparl/person/SLUG.json</c>,
/// <c>oparl/membership/PERSON/CITY/SLUG.json</c>), so that every URL a Paper links to can be fetched. Same motions → same bytes.
/// </summary>
public static class OParlDirectory
{
    /// <summary>A published motion's date (<c>YYYY-MM-DD</c>) and the entities it names.</summary>
    public readonly record struct Source(string Date, IReadOnlyList<OParlEntity> Entities);

    /// <summary>The files to write, by path relative to the output folder, in ordinal order of their paths.</summary>
    public static SortedDictionary<string, byte[]> Create(IEnumerable<Source> sources, string baseUrl)
    {
        var at = new OParlAddress(baseUrl, string.Empty);
        var organizations = new SortedDictionary<string, (OParlEntity First, string From, string To)>(StringComparer.Ordinal);
        var persons = new SortedDictionary<string, (OParlEntity First, string From, string To, SortedDictionary<string, (string Organization, string? Role, string From, string To)> Memberships)>(StringComparer.Ordinal);
        foreach (var (date, entities) in sources)
        {
            foreach (var entity in entities)
            {
                if (entity.Type == "Organization")
                {
                    var file = OParlAddress.OrganizationFile(entity.Name, entity.City ?? string.Empty);
                    organizations[file] = organizations.TryGetValue(file, out var known)
                        ? (Better(known.First, entity), Min(known.From, date), Max(known.To, date))
                        : (entity, date, date);
                }
                else
                {
                    var file = OParlAddress.PersonFile(entity.Name);
                    if (!persons.TryGetValue(file, out var person))
                    {
                        person = (entity, date, date, new(StringComparer.Ordinal));
                    }

                    person = (Better(person.First, entity), Min(person.From, date), Max(person.To, date), person.Memberships);
                    if (entity.Faction is { } faction)
                    {
                        var key = OParlAddress.OrganizationFile(faction, entity.City ?? string.Empty);
                        person.Memberships[key] = person.Memberships.TryGetValue(key, out var m)
                            ? (m.Organization, MinRole(m.Role, entity.Role), Min(m.From, date), Max(m.To, date))
                            : (key, entity.Role, date, date);
                    }

                    persons[file] = person;
                }
            }
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (file, (entity, from, to)) in organizations)
        {
            files[file] = OParlExporter.Serialize(new OParlOrganization
            {
                Id = at.BaseUrl + file,
                Name = entity.Name,
                OrganizationType = entity.OrganizationType,
                Classification = entity.Classification,
                Created = Stamp(from),
                Modified = Stamp(to),
            });
        }

        foreach (var (file, (entity, from, to, memberships)) in persons)
        {
            var id = at.BaseUrl + file;
            var embedded = memberships.Values.Select(m => new OParlMembership
            {
                // Named after the person and the faction, so an id stays when the person signs for another faction too.
                Id = at.Membership(entity.Name, m.Organization),
                Organization = at.BaseUrl + m.Organization,
                Role = m.Role,
                Created = Stamp(m.From),
                Modified = Stamp(m.To),
            }).ToList();
            files[file] = OParlExporter.Serialize(new OParlPerson
            {
                Id = id,
                Name = entity.Name,
                Membership = embedded.Count == 0 ? null : embedded,
                Created = Stamp(from),
                Modified = Stamp(to),
            });
            foreach (var membership in embedded)
            {
                files[membership.Id[at.BaseUrl.Length..]] = OParlExporter.Serialize(membership with { Person = id });
            }
        }

        return files;
    }

    /// <summary>
    /// Of two entities with the same file, the one whose data wins, independent of the order the motions come in: a faction
    /// over a Gremium of the same name, then the ordinally smaller name.
    /// </summary>
    private static OParlEntity Better(OParlEntity a, OParlEntity b)
    {
        var rank = string.CompareOrdinal(b.OrganizationType == "Fraktion" ? "0" : "1", a.OrganizationType == "Fraktion" ? "0" : "1");
        if (rank == 0)
        {
            rank = string.CompareOrdinal(b.Name, a.Name);
        }

        if (rank == 0)
        {
            rank = string.CompareOrdinal(b.Classification, a.Classification);
        }

        return rank < 0 ? b : a;
    }

    /// <summary>Of two roles in the same faction, one independent of the order of the motions: a given one, else the ordinally smaller.</summary>
    private static string? MinRole(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string Min(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string Max(string a, string b) => string.CompareOrdinal(a, b) >= 0 ? a : b;

    private static string Stamp(string date) => OParlTime.Midnight(date);
}
