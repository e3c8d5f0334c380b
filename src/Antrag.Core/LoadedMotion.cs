using Antrag.Read;
using Antrag.Read.Keys;

namespace Antrag;

/// <summary>A motion read and checked together with its profiles: the lead profile and those of co-sponsoring factions.</summary>
public sealed record LoadedMotion(Motion Motion, FactionProfile Profile, IReadOnlyList<FactionProfile> CoSponsors)
{
    /// <summary>All profiles, the lead first.</summary>
    public IEnumerable<FactionProfile> Profiles => CoSponsors.Prepend(Profile);

    /// <summary>The declaration of motions of this profile: the built-in kinds and those the profile declares.</summary>
    public DocumentDeclaration Declaration => MotionKeys.Declaration.WithKinds(Profile.Kinds);

    /// <summary>The motion's kind of document: built in, or declared by the profile.</summary>
    public KindDeclaration Kind => Declaration.Kind(Motion.Kind) ?? MotionKeys.Declaration.Kinds[0];

    /// <summary>The line numbering in effect: the motion's own, else the profile's unless the motion switches it off; null = none.</summary>
    public LineNumbering? LineNumbers => Motion.LineNumbersOff ? null : Motion.LineNumbers ?? Profile.LineNumbers;
}
