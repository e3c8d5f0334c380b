using System.Globalization;
using Antrag.Diagnostics;

namespace Antrag.Read;

/// <summary>
/// Cross-field checks of a motion read with its profiles: dates that contradict each other, signers and factions that do not
/// fit the profiles, a co-sponsor that is the lead faction. Runs after reading, before the template, for <c>check</c> and <c>render</c>.
/// </summary>
public static class MotionChecker
{
    private static readonly string[] NamePrefixes = ["dr.", "prof.", "dipl.-ing.", "dr.-ing."];

    private static readonly string[] NameSuffixes = ["mdl", "mdb", "mdep"];

    /// <summary>Reports every contradiction in <paramref name="loaded"/> as an error or (where it may be intended) a warning.</summary>
    public static void Check(LoadedMotion loaded, DiagnosticBag diagnostics)
    {
        var motion = loaded.Motion;
        CheckDates(motion, diagnostics);
        CheckCoSponsors(loaded, diagnostics);
        CheckSigners(loaded, diagnostics);
        if (motion.Reasoning is not null && motion.Values.Bool("begruendung_muendlich") == true)
        {
            diagnostics.Error(DiagnosticCodes.ReasoningTwice,
                At(motion, "begruendung_muendlich"),
                "the motion has a written 'begruendung' and says 'begruendung_muendlich: true'",
                "remove 'begruendung_muendlich: true' to print the written Begründung, or remove 'begruendung:' when it is given orally");
        }

        if (motion.Kind == "resolution" && !motion.IsPublic)
        {
            diagnostics.Warning(DiagnosticCodes.NonPublicResolution, 
                At(motion, "oeffentlich"),
                "a resolution is marked as nichtöffentlich",
                "a resolution is a public statement of the council; remove 'oeffentlich: false' unless it is really meant");
        }
    }

    private static void CheckDates(Motion motion, DiagnosticBag diagnostics)
    {
        if (motion.Date is not { } date)
        {
            return;
        }

        for (var i = 0; i < motion.Consultations.Count; i++)
        {
            var consultation = motion.Consultations[i];
            if (consultation.MeetingDate < date)
            {
                diagnostics.Error(DiagnosticCodes.DateOrder, 
                    At(motion, $"beratungsfolge[{Index(i)}].sitzungstermin"),
                    $"the Sitzungstermin {German(consultation.MeetingDate)} of '{consultation.Committee}' is before the motion's date {German(date)}",
                    "a motion is dated before it is discussed; check 'datum' and the 'sitzungstermin'");
            }

            if (i > 0 && consultation.MeetingDate < motion.Consultations[i - 1].MeetingDate)
            {
                diagnostics.Warning(DiagnosticCodes.ConsultationOrder, 
                    At(motion, $"beratungsfolge[{Index(i)}].sitzungstermin"),
                    $"the Beratungsfolge is not in date order: '{consultation.Committee}' meets on {German(consultation.MeetingDate)}, before '{motion.Consultations[i - 1].Committee}' ({German(motion.Consultations[i - 1].MeetingDate)})",
                    "list the committees in the order in which they discuss the motion");
            }
        }

        if (motion.Deadline is { } deadline && deadline < date)
        {
            diagnostics.Error(DiagnosticCodes.DateOrder, 
                At(motion, "frist"),
                $"the deadline {German(deadline)} is before the date of the Anfrage {German(date)}",
                "check 'frist' and 'datum'");
        }
    }

    private static void CheckCoSponsors(LoadedMotion loaded, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(loaded.Profile.SourcePath) };
        for (var i = 0; i < loaded.CoSponsors.Count && i < loaded.Motion.CoSponsorProfilePaths.Count; i++)
        {
            if (!seen.Add(Path.GetFullPath(loaded.CoSponsors[i].SourcePath)))
            {
                diagnostics.Error(DiagnosticCodes.CoSponsor, 
                    At(loaded.Motion, $"mitantragsteller[{Index(i)}]"),
                    $"'{loaded.Motion.CoSponsorProfilePaths[i]}' is the profile of {loaded.CoSponsors[i].Name}, which is already an author of this motion",
                    "list each co-sponsoring faction once, and not the motion's own faction");
            }
        }
    }

    private static void CheckSigners(LoadedMotion loaded, DiagnosticBag diagnostics)
    {
        var motion = loaded.Motion;
        var profiles = loaded.Profiles.ToList();
        for (var i = 0; i < motion.Signers.Count; i++)
        {
            var signer = motion.Signers[i];
            var own = profiles;
            if (signer.Faction is { } faction)
            {
                own = profiles.Where(p => string.Equals(p.Name, faction, StringComparison.OrdinalIgnoreCase)).ToList();
                if (own.Count == 0)
                {
                    diagnostics.Error(DiagnosticCodes.SignerFaction, 
                        At(motion, $"unterzeichner[{Index(i)}].fraktion"),
                        $"'{faction}' is not an author of this motion",
                        "write the name of one of the factions exactly as in its profile: " + string.Join(", ", profiles.Select(p => $"'{p.Name}'")));
                    continue;
                }
            }

            if (!own.Any(p => Knows(p, signer.Name)))
            {
                var suggestion = KeySuggester.Suggest(signer.Name, own.SelectMany(KnownNames));
                diagnostics.Warning(DiagnosticCodes.UnknownSigner, 
                    At(motion, $"unterzeichner[{Index(i)}]"),
                    $"the signer '{signer.Name}' is not in the profile of {string.Join(" or ", own.Select(p => p.Name))}"
                    + (suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)"),
                    "check the spelling of the name, or add the person under 'vorstand' or 'mitglieder' in fraktion.yaml");
            }
        }
    }

    /// <summary>Whether the profile names the person: its board, its members, or (a single council member) the profile itself.</summary>
    private static bool Knows(FactionProfile profile, string name)
    {
        var wanted = Normalize(name);
        return KnownNames(profile).Any(known => Normalize(known) == wanted);
    }

    private static IEnumerable<string> KnownNames(FactionProfile profile) =>
        profile.Board.Select(b => b.Name)
            .Concat(profile.Members)
            .Concat(profile.Kind == ProfileKind.SingleMember ? [profile.Name] : []);

    /// <summary>A name without academic titles and mandates, in lower case, with single spaces.</summary>
    private static string Normalize(string name)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLower(CultureInfo.InvariantCulture))
            .ToList();
        while (words.Count > 1 && NamePrefixes.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && NameSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    private static SourceSpan At(Motion motion, string key) =>
        motion.Positions.TryGetValue(key, out var at) ? at
        : motion.Positions.TryGetValue(key.Split('.')[0], out var parent) ? parent
        : SourceSpan.InFile(motion.SourcePath);

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string German(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
