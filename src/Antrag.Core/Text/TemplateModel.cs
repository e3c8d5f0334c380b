using System.Globalization;
using Antrag.Read;
using Scriban.Runtime;

namespace Antrag.Text;

/// <summary>
/// Builds the variables a template sees, with German names: <c>antrag</c> (the motion), <c>fraktion</c> (the lead
/// profile), <c>fraktionen</c> (all profiles of a joint motion, lead first, each with its <c>unterzeichner</c>) and
/// <c>gemeinsam</c> (true for a joint motion). Only data is shaped here; all wording is in the templates.
/// </summary>
public static class TemplateModel
{
    /// <summary>German date format of the output, e.g. 28.02.2023.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>Creates the global object of a template run.</summary>
    public static ScriptObject Create(LoadedMotion loaded)
    {
        var (motion, profile, _) = loaded;
        var letter = motion.Letter ?? profile.Letter;
        var signers = motion.Signers.Select(Signer).ToList();
        var antrag = new ScriptObject
        {
            { "art", motion.Kind },
            { "entwurf", motion.IsDraft },
            { "vorlagennummer", motion.ReferenceNumber },
            { "datum", Date(motion.Date) },
            { "ort", motion.Place ?? profile.City },
            { "oeffentlich", motion.IsPublic },
            { "betreff", motion.Subject },
            { "beschlussentwurf", motion.DraftResolution },
            { "begruendung", motion.Reasoning },
            {
                "vorlage", motion.AmendedPaper is { } paper
                    ? new ScriptObject { { "nummer", paper.Number }, { "betreff", paper.Subject } }
                    : null
            },
            { "aenderungen", List(motion.Amendments.Select(a => new ScriptObject { { "stelle", a.Place }, { "text", a.Text } })) },
            { "vorbemerkung", motion.Preamble },
            { "fragen", List(motion.Questions) },
            {
                "antwort", motion.Answer switch
                {
                    AnswerKind.Written => "schriftlich",
                    AnswerKind.Oral => "muendlich",
                    _ => null,
                }
            },
            { "frist", Date(motion.Deadline) },
            { "dringlichkeit", motion.UrgencyReason },
            {
                "brief", letter is null ? null : new ScriptObject
                {
                    { "empfaenger", List(letter.Recipient) },
                    { "anrede", letter.Salutation },
                    { "einleitung", letter.Intro },
                    { "gruss", letter.Closing },
                }
            },
            { "anlagen", List(motion.Attachments) },
            { "bezuege", List(motion.References) },
            {
                "beratungsfolge", List(motion.Consultations.Select(c => new ScriptObject
                {
                    { "gremium", c.Committee },
                    { "sitzungstermin", FormatDate(c.MeetingDate) },
                    { "beschlussform", c.Role },
                }))
            },
            { "unterzeichner", List(signers.Select(s => s.Object)) },
            { "unterschriftsbilder", motion.Signers.Any(s => s.SignatureImagePath is not null) },
        };

        var profiles = loaded.Profiles.ToList();
        var faction = profiles.Select((p, i) => Profile(p, i == 0, signers)).ToList();
        return new ScriptObject
        {
            { "antrag", antrag },
            { "fraktion", faction[0] },
            { "fraktionen", List(faction) },
            { "gemeinsam", profiles.Count > 1 },
        };
    }

    private static string? Date(DateOnly? date) => date is { } d ? FormatDate(d) : null;

    private static (Signer Signer, ScriptObject Object) Signer(Signer s) => (s, new ScriptObject
    {
        { "name", s.Name },
        { "funktion", s.Role },
        { "fraktion", s.Faction },
        { "unterschrift", s.SignatureImagePath },
    });

    private static ScriptObject Profile(FactionProfile p, bool lead, List<(Signer Signer, ScriptObject Object)> signers) => new()
    {
        { "typ", p.Kind == ProfileKind.SingleMember ? "einzelratsmitglied" : "fraktion" },
        { "name", p.Name },
        { "partei", p.Party },
        { "rat", p.Council },
        { "stadt", p.City },
        { "anschrift", List(p.Address) },
        { "telefon", p.Phone },
        { "telefax", p.Fax },
        { "vorstand", List(p.Board.Select(b => new ScriptObject { { "funktion", b.Role }, { "name", b.Name } })) },
        { "email", p.Email },
        { "web", p.Web },
        {
            "unterzeichner", List(signers
                .Where(s => s.Signer.Faction is null ? lead : string.Equals(s.Signer.Faction, p.Name, StringComparison.OrdinalIgnoreCase))
                .Select(s => s.Object))
        },
    };

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
