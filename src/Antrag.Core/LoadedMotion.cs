using Antrag.Read;

namespace Antrag;

/// <summary>A motion read and checked together with its profiles: the lead profile and those of co-sponsoring factions.</summary>
public sealed record LoadedMotion(Motion Motion, FactionProfile Profile, IReadOnlyList<FactionProfile> CoSponsors)
{
    /// <summary>All profiles, the lead first.</summary>
    public IEnumerable<FactionProfile> Profiles => CoSponsors.Prepend(Profile);

    /// <summary>The line numbering in effect: the motion's own, else the profile's unless the motion switches it off; null = none.</summary>
    public LineNumbering? LineNumbers => Motion.LineNumbersOff ? null : Motion.LineNumbers ?? Profile.LineNumbers;
}
