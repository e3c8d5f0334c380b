using Antrag.Read;

namespace Antrag;

/// <summary>A motion read and checked together with its profiles: the lead profile and those of co-sponsoring factions.</summary>
public sealed record LoadedMotion(Motion Motion, FactionProfile Profile, IReadOnlyList<FactionProfile> CoSponsors)
{
    /// <summary>All profiles, the lead first.</summary>
    public IEnumerable<FactionProfile> Profiles => CoSponsors.Prepend(Profile);
}
