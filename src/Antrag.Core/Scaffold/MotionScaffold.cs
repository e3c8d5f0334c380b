using System.Globalization;
using System.Text;
using Antrag.Diagnostics;
using Antrag.Read;

namespace Antrag.Scaffold;

/// <summary>
/// Writes the skeleton of a new motion (<c>antrag new</c>): every key its kind takes, today's date, the profile's first board
/// member as signer, and German placeholder texts that say what belongs where.
/// </summary>
public static class MotionScaffold
{
    /// <summary>The kinds of motion <c>antrag new</c> can start.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
        ["antrag", "aenderungsantrag", "ergaenzungsantrag", "anfrage", "dringlichkeitsantrag", "pruefantrag", "resolution"];

    /// <summary>Where the JSON schema of motions is looked for, in the motion's folder and each folder above it.</summary>
    public const string SchemaPath = "schemas/antrag.schema.json";

    private const int CommentColumn = 33;

    /// <summary>The kind <paramref name="written"/> names: exactly, or written with capitals or umlauts ("Änderungsantrag"); null if none.</summary>
    public static string? FindKind(string written) =>
        Kinds.FirstOrDefault(k => k == written) ?? Kinds.FirstOrDefault(k => KeySuggester.Fold(k) == KeySuggester.Fold(written));

    /// <summary>The kind <paramref name="written"/> was probably meant to be, or null.</summary>
    public static string? SuggestKind(string written) => KeySuggester.Suggest(written, Kinds);

    /// <summary>The default file name: <c>KIND-YYYY-MM-DD.yaml</c>.</summary>
    public static string DefaultFileName(string kind, DateOnly date) =>
        kind + "-" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".yaml";

    /// <summary>
    /// The text of a new motion of <paramref name="kind"/> to be written to <paramref name="targetPath"/>. Looks up the profile
    /// (the nearest <c>fraktion.yaml</c>) and the schema (the nearest <c>schemas/antrag.schema.json</c>) from the target's folder
    /// upwards; reports a missing or broken profile as a warning (the motion is written all the same).
    /// </summary>
    public static string Create(string kind, string targetPath, DateOnly today, DiagnosticBag diagnostics)
    {
        if (!Kinds.Contains(kind, StringComparer.Ordinal))
        {
            throw new ArgumentException($"unknown kind '{kind}'", nameof(kind));
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(targetPath)) ?? Environment.CurrentDirectory;
        var profile = ReadProfile(folder, targetPath, diagnostics);
        var schema = FindUpwards(folder, SchemaPath) is { } schemaFull
            ? Path.GetRelativePath(folder, schemaFull).Replace('\\', '/')
            : null;
        return Write(kind, today, schema, profile);
    }

    /// <summary>The text of a new motion; <paramref name="schemaPath"/> (relative to the motion) and <paramref name="profile"/> are optional.</summary>
    public static string Write(string kind, DateOnly today, string? schemaPath, FactionProfile? profile)
    {
        var date = today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var y = new StringBuilder();
        if (schemaPath is not null)
        {
            y.Append("# yaml-language-server: $schema=").Append(schemaPath).Append('\n');
        }

        y.Append("# ").Append(Title(kind)).Append(" – angelegt mit „antrag new ").Append(kind).Append("“.\n");
        y.Append("# Ersetzen Sie jeden Text, der mit „Hier steht“ beginnt. Prüfen: antrag check DATEI – drucken: antrag render DATEI\n");
        if (profile is not null)
        {
            y.Append("# Briefkopf, Ort und Kontaktdaten kommen aus ").Append(profile.SourcePath.Replace('\\', '/')).Append(".\n");
        }

        y.Append('\n');
        Line(y, 0, "art: " + kind, null);
        Line(y, 0, "# vorlagennummer:", "vergibt das Ratsbüro; eintragen, sobald sie feststeht");
        Line(y, 0, "datum: " + date, "Datum des Antrags (TT.MM.JJJJ)");
        Line(y, 0, "oeffentlich: true", "false: nichtöffentlich");
        Line(y, 0, "beratungsfolge:", "ein Eintrag je Gremium, in der Reihenfolge der Beratung");
        Line(y, 2, "- gremium: Rat", null);
        Line(y, 4, "sitzungstermin: " + date, "Hier steht das Datum der Sitzung");
        Line(y, 4, "beschlussform: " + (kind == "anfrage" ? "Kenntnisnahme" : "beschließend"), "z. B. vorberatend, beschließend, Kenntnisnahme");
        Line(y, 0, "betreff: " + Subject(kind), "eine Zeile; längere Betreffe mit „betreff: |“ und eingerückten Zeilen darunter");

        switch (kind)
        {
            case "anfrage":
                Block(y, "vorbemerkung", "Hier steht der Anlass der Anfrage: was die Fraktion beobachtet hat und was schon bekannt ist.");
                Line(y, 0, "fragen:", "jede Frage als eigener Eintrag; sie werden nummeriert");
                Line(y, 2, "- Hier steht die erste Frage?", null);
                Line(y, 2, "- Hier steht die zweite Frage?", null);
                Line(y, 0, "antwort: schriftlich", "schriftlich oder muendlich");
                Line(y, 0, "# frist: " + today.AddDays(14).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), "bei Bedarf: bis wann die Antwort erbeten wird");
                break;

            case "aenderungsantrag" or "ergaenzungsantrag":
                var amends = kind == "aenderungsantrag";
                Line(y, 0, "vorlage:", amends ? "die Vorlage, die geändert werden soll" : "die Vorlage, die ergänzt werden soll");
                Line(y, 2, "nummer: Hier steht die Nummer der Vorlage", "z. B. 0377/24");
                Line(y, 2, "betreff: Hier steht der Betreff der Vorlage", null);
                Line(y, 0, "aenderungen:", amends ? "eine Änderung je Eintrag" : "eine Ergänzung je Eintrag");
                Line(y, 2, "- stelle: " + (amends ? "Ziffer 1" : "Ziffer 4 (neu)"), amends ? "welche Stelle des Beschlussentwurfs" : "wo die Ergänzung eingefügt wird");
                Line(y, 4, "text: " + (amends ? "Hier steht, wie die Stelle künftig lauten soll." : "Hier steht der Text, der ergänzt werden soll."), null);
                Block(y, "begruendung", "Hier steht die Begründung: warum die Vorlage " + (amends ? "geändert" : "ergänzt") + " werden soll.\n\nEine Leerzeile beginnt einen neuen Absatz.");
                break;

            default:
                if (kind == "dringlichkeitsantrag")
                {
                    Block(y, "dringlichkeit", "Hier steht, warum der Antrag nicht bis zur nächsten ordentlichen Sitzung warten kann.");
                }

                Block(y, "beschlussentwurf", Resolution(kind));
                Block(y, "begruendung", "Hier steht die Begründung: warum die Fraktion den Antrag stellt.\n\nEine Leerzeile beginnt einen neuen Absatz.");
                break;
        }

        Line(y, 0, "unterzeichner:", "stehen unter „gez.“; weitere mit „- name: …“ anfügen");
        if (profile?.Board.Count > 0)
        {
            var first = profile.Board[0];
            Line(y, 2, "- name: " + YamlScalar.Format(first.Name), null);
            Line(y, 4, "funktion: " + YamlScalar.Format(first.Role), null);
        }
        else
        {
            Line(y, 2, "- name: Hier steht der Name", null);
            Line(y, 4, "funktion: Hier steht die Funktion", "z. B. Fraktionsvorsitzende");
        }

        return y.ToString();
    }

    /// <summary>The kind as people write it: "Antrag", "Änderungsantrag", …</summary>
    internal static string Title(string kind) => kind switch
    {
        "aenderungsantrag" => "Änderungsantrag",
        "ergaenzungsantrag" => "Ergänzungsantrag",
        "anfrage" => "Anfrage",
        "dringlichkeitsantrag" => "Dringlichkeitsantrag",
        "pruefantrag" => "Prüfantrag",
        "resolution" => "Resolution",
        _ => "Antrag",
    };

    private static string Subject(string kind) => kind switch
    {
        "anfrage" => "Hier steht der Betreff der Anfrage in einer Zeile",
        "resolution" => "Hier steht der Betreff der Resolution in einer Zeile",
        _ => "Hier steht der Betreff des Antrags in einer Zeile",
    };

    private static string Resolution(string kind) => kind switch
    {
        "pruefantrag" =>
            "Hier steht, was die Verwaltung prüfen soll; jeder Prüfauftrag als eigener Punkt:\n\n"
            + "1. Hier steht der erste Prüfauftrag,\n"
            + "2. hier der zweite.",
        "resolution" =>
            "Hier steht der Text der Resolution: was der Rat erklärt oder fordert.\n\n"
            + "Eine Leerzeile beginnt einen neuen Absatz.",
        _ =>
            "Hier steht der Beschlusstext: was der Rat beschließen soll, so wie es im Protokoll stehen kann.\n\n"
            + "Mehrere Punkte werden nummeriert:\n\n"
            + "1. Hier steht der erste Punkt,\n"
            + "2. hier der zweite.",
    };

    /// <summary>A key with a block text (<c>key: |</c> and the text indented below).</summary>
    private static void Block(StringBuilder y, string key, string text)
    {
        y.Append(key).Append(": |\n");
        foreach (var line in text.Split('\n'))
        {
            y.Append(line.Length == 0 ? string.Empty : "  " + line).Append('\n');
        }
    }

    /// <summary>One line, indented, with an aligned comment.</summary>
    private static void Line(StringBuilder y, int indent, string content, string? comment)
    {
        var start = y.Length;
        y.Append(' ', indent).Append(content);
        if (comment is not null)
        {
            var width = y.Length - start;
            y.Append(' ', Math.Max(2, CommentColumn - width)).Append("# ").Append(comment);
        }

        y.Append('\n');
    }

    private static FactionProfile? ReadProfile(string folder, string targetPath, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.InFile(targetPath);
        if (FindUpwards(folder, ProfileLocator.FileName) is not { } path)
        {
            diagnostics.Warning(DiagnosticCodes.ProfileNotFound, 
                at,
                $"no {ProfileLocator.FileName} found in {folder} or the folders above it; the motion cannot be rendered without one",
                $"create {ProfileLocator.FileName} next to the motion (or in a folder above it) with at least 'name:', 'rat:' and 'stadt:'");
            return null;
        }

        var display = DisplayPath.For(path);
        var read = new DiagnosticBag();
        var profile = ProfileReader.Read(path, display, read);
        if (profile is null)
        {
            diagnostics.Warning(DiagnosticCodes.ProfileNotFound, 
                at,
                $"the profile {display} has errors, so its board was not used for the signer",
                $"run 'antrag check {display}' to see them");
            return null;
        }

        return profile with { SourcePath = Path.GetRelativePath(folder, path) };
    }

    private static string? FindUpwards(string folder, string relative)
    {
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var candidate = Path.Combine(dir, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
