using System.Globalization;
using Antrag.Read;
using Scriban.Runtime;

namespace Antrag.Text;

/// <summary>Builds the variables a template sees: <c>antrag</c> (the motion) and <c>fraktion</c> (the profile), with German names.</summary>
public static class TemplateModel
{
    /// <summary>German date format of the output, e.g. 28.02.2023.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>Creates the global object of a template run.</summary>
    public static ScriptObject Create(LoadedMotion loaded)
    {
        var (motion, profile, _) = loaded;
        var antrag = new ScriptObject
        {
            ["art"] = motion.Kind,
            ["vorlagennummer"] = motion.ReferenceNumber,
            ["datum"] = motion.Date is { } date ? FormatDate(date) : null,
            ["ort"] = motion.Place ?? profile.City,
            ["oeffentlich"] = motion.IsPublic,
            ["betreff"] = motion.Subject,
            ["beschlussentwurf"] = motion.DraftResolution,
            ["begruendung"] = motion.Reasoning,
            ["beratungsfolge"] = List(motion.Consultations.Select(c => new ScriptObject
            {
                ["gremium"] = c.Committee,
                ["sitzungstermin"] = FormatDate(c.MeetingDate),
                ["beschlussform"] = c.Role,
            })),
            ["unterzeichner"] = List(motion.Signers.Select(s => new ScriptObject
            {
                ["name"] = s.Name,
                ["funktion"] = s.Role,
            })),
        };

        var fraktion = new ScriptObject
        {
            ["name"] = profile.Name,
            ["rat"] = profile.Council,
            ["stadt"] = profile.City,
            ["anschrift"] = List(profile.Address),
            ["telefon"] = profile.Phone,
            ["telefax"] = profile.Fax,
            ["vorstand"] = List(profile.Board.Select(b => new ScriptObject
            {
                ["funktion"] = b.Role,
                ["name"] = b.Name,
            })),
            ["email"] = profile.Email,
            ["web"] = profile.Web,
        };

        return new ScriptObject { ["antrag"] = antrag, ["fraktion"] = fraktion };
    }

    private static ScriptArray List<T>(IEnumerable<T> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }
}
