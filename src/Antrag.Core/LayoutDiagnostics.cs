using System.Globalization;
using Antrag.Diagnostics;
using Antrag.Layout;
using Antrag.Read;

namespace Antrag;

/// <summary>
/// Turns what the layout could not place (<see cref="LaidOutDocument.Problems"/>) into errors at the key the text came from:
/// the text of the piece that did not fit is looked for among the values of the motion and of its profiles.
/// </summary>
internal static class LayoutDiagnostics
{
    /// <summary>Reports each problem of <paramref name="layout"/>; returns false if there was any.</summary>
    public static bool Report(LaidOutDocument layout, LoadedMotion loaded, DiagnosticBag diagnostics)
    {
        foreach (var problem in layout.Problems.Distinct())
        {
            var at = Locate(problem.Text, loaded);
            var needed = Millimetres(problem.Needed);
            var room = Millimetres(problem.Room);
            switch (problem.Kind)
            {
                case LayoutProblemKind.Signer:
                    diagnostics.Error(
                        DiagnosticCodes.SignatureTooTall,
                        at,
                        $"the signature block does not fit on one page: this signer's name and function need {needed} mm, a page has {room} mm",
                        "shorten the signer's name or 'funktion'; a signer takes a few short lines");
                    break;
                case LayoutProblemKind.TableRow:
                    diagnostics.Error(
                        DiagnosticCodes.TableRowTooTall,
                        at,
                        $"a row of a table does not fit on one page: it needs {needed} mm, a page has {room} mm",
                        "shorten the text of the cell; a long text belongs in a paragraph below the table");
                    break;
                case LayoutProblemKind.ReturnAddress:
                    diagnostics.Error(
                        DiagnosticCodes.ReturnAddressTooWide,
                        at,
                        $"the return address above the recipient does not fit on two lines of {room} mm even at 6 pt: on one line it is {needed} mm long",
                        "shorten the faction's name or this address line; the return address takes at most two short lines");
                    break;
                case LayoutProblemKind.Recipient:
                    diagnostics.Error(
                        DiagnosticCodes.RecipientTooLong,
                        at,
                        $"the recipient's address needs {needed} mm, the address field has {room} mm (nine lines)",
                        "shorten 'brief.empfaenger' to at most nine lines of 80 mm");
                    break;
                default:
                    diagnostics.Error(
                        DiagnosticCodes.LetterheadTooTall,
                        at,
                        $"the {problem.Part} of page 1 is too tall ({needed} mm): it leaves no room for the text",
                        "shorten the text of the " + problem.Part + "; it holds a few short lines");
                    break;
            }
        }

        return layout.Problems.Count == 0;
    }

    private static string Millimetres(float points) => (points / 72f * 25.4f).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>
    /// The key whose value holds <paramref name="text"/> (letters and digits compared, so typography and Markdown do not
    /// matter): the shortest value that contains it, else the longest value it contains; the motion's file if none.
    /// </summary>
    private static SourceSpan Locate(string text, LoadedMotion loaded)
    {
        var wanted = DocumentLayouter.LettersAndDigits(text);
        SourceSpan? containing = null;
        var containingLength = int.MaxValue;
        SourceSpan? contained = null;
        var containedLength = 2;
        foreach (var (at, value) in Values(loaded))
        {
            var print = DocumentLayouter.LettersAndDigits(value);
            if (wanted.Length > 0 && print.Contains(wanted, StringComparison.Ordinal) && print.Length < containingLength)
            {
                (containing, containingLength) = (at, print.Length);
            }
            else if (print.Length > containedLength && wanted.Contains(print, StringComparison.Ordinal))
            {
                (contained, containedLength) = (at, print.Length);
            }
        }

        return containing ?? contained ?? SourceSpan.InFile(loaded.Motion.SourcePath);
    }

    /// <summary>Every value of the motion and its profiles that the letterhead may show, with where its key stands.</summary>
    private static IEnumerable<(SourceSpan At, string Value)> Values(LoadedMotion loaded)
    {
        var motion = loaded.Motion;
        IEnumerable<(string Key, string? Value)> own =
        [
            ("betreff", motion.Subject),
            ("beschlussentwurf", motion.DraftResolution),
            ("begruendung", motion.Reasoning),
            ("vorbemerkung", motion.Preamble),
            ("dringlichkeit", motion.UrgencyReason),
            ("vorlagennummer", motion.ReferenceNumber),
            ("ort", motion.Place),
            .. motion.Signers.SelectMany((s, i) => new[] { ($"unterzeichner[{i}].name", (string?)s.Name), ($"unterzeichner[{i}].funktion", s.Role) }),
            .. motion.Consultations.SelectMany((c, i) => new[] { ($"beratungsfolge[{i}].gremium", (string?)c.Committee), ($"beratungsfolge[{i}].beschlussform", c.Role) }),
            .. motion.Questions.Select((q, i) => ($"fragen[{i}]", (string?)q)),
            .. motion.Attachments.Select((a, i) => ($"anlagen[{i}]", (string?)a)),
            .. motion.References.Select((r, i) => ($"bezuege[{i}]", (string?)r)),
            .. motion.Amendments.Select((a, i) => ($"aenderungen[{i}].text", (string?)a.Text)),
            .. (motion.Letter?.Recipient ?? []).Select((r, i) => ($"brief.empfaenger[{i}]", (string?)r)),
        ];
        foreach (var found in Placed(own, motion.Positions))
        {
            yield return found;
        }

        foreach (var profile in loaded.CoSponsors.Prepend(loaded.Profile))
        {
            IEnumerable<(string Key, string? Value)> its =
            [
                ("name", profile.Name),
                ("rat", profile.Council),
                ("partei", profile.Party),
                ("telefon", profile.Phone),
                ("telefax", profile.Fax),
                ("email", profile.Email),
                ("web", profile.Web),
                .. profile.Address.Select((a, i) => ($"anschrift[{i}]", (string?)a)),
                .. profile.Board.SelectMany((b, i) => new[] { ($"vorstand[{i}].name", (string?)b.Name), ($"vorstand[{i}].funktion", b.Role) }),
            ];
            foreach (var found in Placed(its, profile.Positions))
            {
                yield return found;
            }
        }
    }

    /// <summary>The values that were written, each with where its key stands.</summary>
    private static IEnumerable<(SourceSpan At, string Value)> Placed(IEnumerable<(string Key, string? Value)> values, IReadOnlyDictionary<string, SourceSpan> positions) =>
        values.Where(v => v.Value is not null && positions.ContainsKey(v.Key)).Select(v => (positions[v.Key], v.Value!));
}
