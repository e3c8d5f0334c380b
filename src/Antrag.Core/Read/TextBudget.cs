using System.Globalization;
using Antrag.Diagnostics;

namespace Antrag.Read;

/// <summary>
/// The limit on how much text a motion may hold: the layout's work grows with the characters, lines and styles of the
/// text, and a motion of more than about 50 pages is not a motion (docs/limits.md). Checked after reading, so that
/// <c>check</c> and <c>render</c> both report it, at the key that holds the most.
/// </summary>
internal static class TextBudget
{
    /// <summary>The most characters all texts of a motion may have together (about 50 pages).</summary>
    public const int MaxCharacters = 200_000;

    /// <summary>The most lines all texts of a motion may have together (each line break, list entry or signer line counts).</summary>
    public const int MaxLines = 5_000;

    /// <summary>Reports a motion whose texts are too long, at its key with the most characters (or lines).</summary>
    public static void Check(Motion motion, ReadContext context)
    {
        var keys = new List<(string Key, long Characters, long Lines)>();
        void Add(string key, IEnumerable<string?> texts)
        {
            long characters = 0, lines = 0;
            foreach (var text in texts)
            {
                if (text is not null)
                {
                    characters += text.Length;
                    lines += 1 + text.AsSpan().Count('\n');
                }
            }

            keys.Add((key, characters, lines));
        }

        Add("betreff", [motion.Subject]);
        Add("beschlussentwurf", [motion.DraftResolution]);
        Add("begruendung", [motion.Reasoning]);
        Add("vorbemerkung", [motion.Preamble]);
        Add("dringlichkeit", [motion.UrgencyReason]);
        Add("fragen", motion.Questions);
        Add("anlagen", motion.Attachments);
        Add("bezuege", motion.References);
        Add("aenderungen", motion.Amendments.SelectMany(a => new[] { a.Place, a.Text }));
        Add("unterzeichner", motion.Signers.SelectMany(s => new[] { s.Name, s.Role, s.Faction }));
        Add("beratungsfolge", motion.Consultations.SelectMany(c => new[] { c.Committee, c.Role }));
        Add("brief", motion.Letter is { } l ? [.. l.Recipient, l.Salutation, l.Intro, l.Closing] : []);
        Add("vorlage", motion.AmendedPaper is { } p ? [p.Number, p.Subject] : []);
        Add("vorlagennummer", [motion.ReferenceNumber]);
        Add("ort", [motion.Place]);

        var characters = keys.Sum(k => k.Characters);
        var lines = keys.Sum(k => k.Lines);
        if (characters > MaxCharacters)
        {
            var most = keys.MaxBy(k => k.Characters);
            context.Error(
                DiagnosticCodes.TextTooLong,
                At(motion, context, most.Key),
                $"the texts of the motion have {Number(characters)} characters, more than the {Number(MaxCharacters)} a motion may have (about 50 pages); '{most.Key}' has {Number(most.Characters)}",
                $"shorten '{most.Key}'; a long document belongs in an attachment ('anlagen')");
        }
        else if (lines > MaxLines)
        {
            var most = keys.MaxBy(k => k.Lines);
            context.Error(
                DiagnosticCodes.TextTooLong,
                At(motion, context, most.Key),
                $"the texts of the motion have {Number(lines)} lines, more than the {Number(MaxLines)} a motion may have; '{most.Key}' has {Number(most.Lines)}",
                $"shorten '{most.Key}', or join lines that belong to one paragraph (a line break in a text is a line break on the page)");
        }
    }

    private static SourceSpan At(Motion motion, ReadContext context, string key) =>
        motion.Positions.TryGetValue(key, out var at) ? at : context.FileStart;

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
