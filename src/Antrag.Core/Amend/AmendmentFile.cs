using System.Globalization;
using System.Text;
using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Scaffold;

namespace Antrag.Amend;

/// <summary>
/// Writes the Änderungsantrag <c>antrag amend</c> generates: a motion file of kind <c>aenderungsantrag</c> naming the base as the
/// Vorlage, its Beratungsfolge, the stated changes under <c>aenderungen</c>, today's date, a Begründung to write and the signers.
/// </summary>
public static class AmendmentFile
{
    /// <summary>The default file name for the Änderungsantrag to <paramref name="changedPath"/>: <c>NAME-aenderungsantrag.yaml</c> beside it.</summary>
    public static string DefaultPath(string changedPath) =>
        Path.Combine(Path.GetDirectoryName(changedPath) ?? string.Empty, Path.GetFileNameWithoutExtension(changedPath) + "-aenderungsantrag.yaml");

    /// <summary>
    /// The text of the Änderungsantrag to be written to <paramref name="targetPath"/>. <paramref name="baseName"/> names the base as the
    /// user did; signers come from <paramref name="changed"/>, else from its profile's board. Warns when the base has no Vorlagennummer.
    /// </summary>
    public static string Write(
        LoadedMotion @base,
        LoadedMotion changed,
        string changedPath,
        IReadOnlyList<StatedChange> changes,
        string baseName,
        string targetPath,
        DateOnly today,
        DiagnosticBag diagnostics)
    {
        var b = @base.Motion;
        var folder = Path.GetDirectoryName(Path.GetFullPath(targetPath)) ?? Environment.CurrentDirectory;
        var changedFolder = Path.GetDirectoryName(changedPath) ?? Environment.CurrentDirectory;
        var y = new StringBuilder();
        y.Append("# Änderungsantrag zu ").Append(baseName).Append(" – erstellt mit „antrag amend“.\n");
        y.Append("# Die Zeilen sind die von ").Append(baseName).Append(", gedruckt mit Zeilennummern (zeilennummern: true).\n");
        y.Append("# Ersetzen Sie die Begründung („Hier steht …“). Prüfen: antrag check DATEI – drucken: antrag render DATEI\n\n");
        y.Append("art: aenderungsantrag\n");

        var profile = Path.GetFullPath(changed.Profile.SourcePath);
        if (changed.Motion.ProfilePath is not null || !string.Equals(NearestProfile(folder), profile, StringComparison.Ordinal))
        {
            y.Append("profil: ").Append(YamlScalar.Format(Relative(folder, profile))).Append('\n');
        }

        y.Append("# vorlagennummer:\n");
        y.Append("datum: ").Append(Date(today)).Append('\n');
        y.Append("oeffentlich: ").Append(b.IsPublic ? "true" : "false").Append('\n');
        // Only the meetings still ahead: an Änderungsantrag is tabled for them; the past ones stay visible as a comment.
        foreach (var c in b.Consultations.Where(c => c.MeetingDate < today))
        {
            y.Append("# bereits beraten: ").Append(c.Committee).Append(", ").Append(Date(c.MeetingDate)).Append(", ").Append(c.Role).Append('\n');
        }

        var ahead = b.Consultations.Where(c => c.MeetingDate >= today).ToList();
        if (ahead.Count > 0)
        {
            y.Append("beratungsfolge:\n");
            foreach (var c in ahead)
            {
                y.Append("  - gremium: ").Append(YamlScalar.Format(c.Committee)).Append('\n');
                y.Append("    sitzungstermin: ").Append(Date(c.MeetingDate)).Append('\n');
                y.Append("    beschlussform: ").Append(YamlScalar.Format(c.Role)).Append('\n');
            }
        }

        var subject = b.Subject.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (b.ReferenceNumber is null)
        {
            diagnostics.Warning(DiagnosticCodes.AmendNote, 
                SourceSpan.InFile(b.SourcePath),
                "this version has no 'vorlagennummer', so the Änderungsantrag cannot name the Vorlage by its number",
                "write the number under 'vorlage:' → 'nummer:' in the Änderungsantrag once the council office has assigned it");
        }

        y.Append("vorlage:\n");
        y.Append("  nummer: ").Append(YamlScalar.Format(b.ReferenceNumber ?? "Hier steht die Nummer der Vorlage")).Append('\n');
        y.Append("  betreff: ").Append(YamlScalar.Format(Unquote(string.Join(" ", subject)))).Append('\n');
        var title = Unquote(subject.FirstOrDefault()?.TrimEnd(';', ' ') ?? string.Empty);
        y.Append("betreff: ").Append(YamlScalar.Format(b.ReferenceNumber is null ? $"Zu „{title}“" : $"Zu Vorlage {b.ReferenceNumber} „{title}“")).Append('\n');

        if (changed.Motion.CoSponsorProfilePaths.Count > 0)
        {
            y.Append("mitantragsteller:\n");
            foreach (var written in changed.Motion.CoSponsorProfilePaths)
            {
                y.Append("  - ").Append(YamlScalar.Format(Relative(folder, Path.GetFullPath(Path.Combine(changedFolder, written.Replace('\\', '/')))))).Append('\n');
            }
        }

        y.Append("aenderungen:\n");
        foreach (var change in changes)
        {
            var text = Escape(change.Text);
            if (text.Contains('\n', StringComparison.Ordinal))
            {
                y.Append("  - text: |\n");
                foreach (var line in text.Split('\n'))
                {
                    y.Append("      ").Append(line).Append('\n');
                }
            }
            else
            {
                y.Append("  - text: ").Append(YamlScalar.Format(text)).Append('\n');
            }
        }

        y.Append("begruendung: |\n  Hier steht die Begründung: warum die Vorlage geändert werden soll.\n");
        y.Append("unterzeichner:\n");
        var signers = changed.Motion.Signers.Count > 0
            ? changed.Motion.Signers.Select(s => (s.Name, s.Role, s.Faction))
            : changed.Profile.Board.Take(1).Select(m => (m.Name, (string?)m.Role, (string?)null));
        var any = false;
        foreach (var (name, role, faction) in signers)
        {
            any = true;
            y.Append("  - name: ").Append(YamlScalar.Format(name)).Append('\n');
            if (role is not null)
            {
                y.Append("    funktion: ").Append(YamlScalar.Format(role)).Append('\n');
            }

            if (faction is not null)
            {
                y.Append("    fraktion: ").Append(YamlScalar.Format(faction)).Append('\n');
            }
        }

        if (!any)
        {
            y.Append("  - name: Hier steht der Name\n    funktion: Hier steht die Funktion\n");
        }

        return y.ToString();
    }

    /// <summary>Keeps the quoted words literal when the Änderungsantrag is rendered: <c>*</c> and <c>\</c> would mark emphasis or escape.</summary>
    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal);

    private static string Unquote(string text) => text.Replace('„', '‚').Replace('“', '‘');

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Relative(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');

    private static string? NearestProfile(string folder)
    {
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var candidate = Path.Combine(dir, ProfileLocator.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
