using System.Globalization;
using System.Text;

namespace Antrag.Tests.Conservation;

/// <summary>
/// A seeded generator of hard motions for the conservation test: long faction and council names, ten co-sponsors, long
/// addresses, recipients of eight lines, long words, web and e-mail addresses of 60 characters, long tables and lists that
/// run across pages, every built-in kind, with and without letter form, on the three page forms, with and without line
/// numbers. The same count gives the same files.
/// </summary>
public static class StressMotions
{
    /// <summary>How many motions a test run checks: <c>ANTRAG_STRESS_COUNT</c>, else 100.</summary>
    public static int Count =>
        int.TryParse(Environment.GetEnvironmentVariable("ANTRAG_STRESS_COUNT"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 100;

    private static readonly string[] Kinds = ["antrag", "aenderungsantrag", "ergaenzungsantrag", "anfrage", "dringlichkeitsantrag", "pruefantrag", "resolution"];
    private static readonly string[] Forms = ["standard", "din5008-a", "din5008-b"];

    private static readonly string[] Sentences =
    [
        "Die Verwaltung wird beauftragt, dem zuständigen Ausschuss bis zum Ende des Jahres ein Konzept vorzulegen.",
        "Der Anteil des Radverkehrs liegt nach der letzten Haushaltsbefragung bei rund zwölf Prozent.",
        "Die Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung gilt seit Jahren.",
        "Die Digitalisierungsaufgaben der Schulverwaltung sind mit dem vorhandenen Personal nicht zu bewältigen.",
        "Einzelheiten stehen unter https://www.stadtverwaltung-musterstadt.example/rat/vorlage-0342 bereit.",
        "Rückfragen bitte an buergerbeteiligung.stadtentwicklung@musterstadt-rathaus.example richten.",
        "Die Kosten sind im Haushalt 2025 in Höhe von 1.000 € je Standort zu veranschlagen.",
        "Der Oberbürgermeister berichtet dem Rat halbjährlich über den Stand der Umsetzung.",
        "Die Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt prüft den Vorgang.",
        "Ein großer Teil der Unfälle ereignete sich an wenigen Knotenpunkten, die seit Jahren bekannt sind.",
    ];

    /// <summary>Writes <paramref name="count"/> motions (each in a folder with its own profile) and ten co-sponsor profiles under <paramref name="root"/>; returns the motions' paths.</summary>
    public static List<string> Write(string root, int count, int seed = 20261203)
    {
        var random = new Random(seed);
        for (var p = 1; p <= 10; p++)
        {
            var folder = Path.Combine(root, $"partner{p:00}");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "fraktion.yaml"), Profile(random, $"Fraktion Bündnis für Nachhaltigkeit, Gerechtigkeit und Bürgerbeteiligung Nummer {p}", "standard", null));
        }

        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var kind = Kinds[i % Kinds.Length];
            var form = Forms[(i / Kinds.Length) % Forms.Length];
            var letter = (i / (Kinds.Length * Forms.Length)) % 2 == 1;
            var numbers = random.Next(3) switch { 0 => "false", 1 => "true", _ => "5" };
            var folder = Path.Combine(root, $"m{i:0000}");
            Directory.CreateDirectory(folder);
            var name = random.Next(2) == 0
                ? "Fraktion Bündnis 90/Die Grünen – Wählergemeinschaft für eine lebenswerte Zukunft"
                : "Fraktion Zukunft";
            File.WriteAllText(Path.Combine(folder, "fraktion.yaml"), Profile(random, name, form, numbers));
            var path = Path.Combine(folder, kind + ".yaml");
            File.WriteAllText(path, Motion(random, i, kind, letter));
            paths.Add(path);
        }

        return paths;
    }

    private static string Profile(Random random, string name, string form, string? numbers)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"name: {name}\n");
        text.Append(random.Next(2) == 0
            ? "rat: Rat der Stadt Mönchengladbach-Rheydt an der Niers und Umgebung\n"
            : "rat: Rat der Stadt Musterstadt\n");
        text.Append("stadt: Musterstadt\nanschrift:\n");
        text.Append(random.Next(2) == 0
            ? "  - Rathaus am Marktplatz, Verwaltungsgebäude B, Zimmer 214–216, Eingang über den Innenhof\n"
            : "  - Marktplatz 1\n");
        text.Append("  - 12345 Musterstadt\ntelefon: 01234-567890\n");
        text.Append("vorstand:\n");
        for (var s = 1; s <= 4; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - funktion: Stellvertretende Vorsitzende\n    name: Dr. Anna-Katharina Beispiel-Mustermann {s}\n");
        }

        text.Append("email: geschaeftsstelle.fraktionsbuero@zukunft-musterstadt-rat.example\n");
        text.Append("web: https://www.zukunft-musterstadt.example/fraktion/antraege/2024\n");
        text.Append("akzentfarbe: \"#2e6b3a\"\n");
        text.Append(CultureInfo.InvariantCulture, $"briefbogen: {form}\n");
        if (form == "standard" && random.Next(2) == 0)
        {
            text.Append("kontaktblock: fusszeile\n");
        }

        if (numbers is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"zeilennummern: {numbers}\n");
        }

        return text.ToString();
    }

    private static string Motion(Random random, int i, string kind, bool letter)
    {
        var date = new DateOnly(2024, 1, 1).AddDays(random.Next(700));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"art: {kind}\nvorlagennummer: {i + 1:0000}/{date.Year % 100:00}\ndatum: {date:dd.MM.yyyy}\n");
        if (random.Next(3) == 0)
        {
            text.Append("mitantragsteller:\n");
            foreach (var p in Enumerable.Range(1, random.Next(2) == 0 ? 10 : random.Next(1, 4)))
            {
                text.Append(CultureInfo.InvariantCulture, $"  - ../partner{p:00}\n");
            }
        }

        text.Append("beratungsfolge:\n");
        text.Append(CultureInfo.InvariantCulture, $"  - gremium: Ausschuss für Umwelt, Klimaschutz, Mobilität, Stadtentwicklung und Digitalisierung\n    sitzungstermin: {date.AddDays(14):dd.MM.yyyy}\n    beschlussform: vorberatend\n");
        text.Append(CultureInfo.InvariantCulture, $"  - gremium: Rat\n    sitzungstermin: {date.AddDays(28):dd.MM.yyyy}\n    beschlussform: beschließend\n");
        if (letter)
        {
            text.Append("brief:\n  empfaenger:\n");
            foreach (var line in (string[])["Stadt Musterstadt", "Der Oberbürgermeister", "Herrn Dr. Maximilian Mustermann", "Fachbereich 61 – Stadtplanung", "z. Hd. Frau Erika Beispiel", "Rathaus, Zimmer 301", "Marktplatz 1", "12345 Musterstadt"])
            {
                text.Append(CultureInfo.InvariantCulture, $"    - {line}\n");
            }

            text.Append("  anrede: Sehr geehrter Herr Oberbürgermeister,\n");
            text.Append("  einleitung: wir bitten Sie, den folgenden Antrag auf die Tagesordnung zu setzen.\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"betreff: \"Sichere Schulwege und barrierefreie Haltestellen in allen Stadtteilen ({i + 1})\"\n");
        switch (kind)
        {
            case "aenderungsantrag" or "ergaenzungsantrag":
                text.Append("vorlage:\n  nummer: 0377/24\n  betreff: Haushaltssatzung 2025\n");
                text.Append("aenderungen:\n");
                for (var a = 0; a < random.Next(1, 12); a++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  - stelle: Ziffer {a + 1}\n    text: \"{Paragraph(random)}\"\n");
                }

                break;
            case "anfrage":
                text.Append("vorbemerkung: |\n  ").Append(Paragraph(random)).Append('\n');
                text.Append("fragen:\n");
                for (var q = 0; q < random.Next(2, 25); q++)
                {
                    text.Append("  - ").Append(Sentences[random.Next(Sentences.Length)]).Append('\n');
                }

                break;
            default:
                if (kind == "dringlichkeitsantrag")
                {
                    text.Append("dringlichkeit: |\n  ").Append(Paragraph(random)).Append('\n');
                }

                text.Append("beschlussentwurf: |\n  ").Append(Paragraph(random)).Append("\n\n");
                for (var n = 0; n < random.Next(1, 40); n++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {n + 1}. ").Append(Sentences[random.Next(Sentences.Length)]).Append('\n');
                }

                break;
        }

        text.Append("begruendung: |\n");
        for (var p = 0; p < random.Next(1, 8); p++)
        {
            text.Append("  ").Append(Paragraph(random)).Append("\n\n");
        }

        if (random.Next(2) == 0)
        {
            text.Append("  | Maßnahme | Stadtteil | Kosten |\n  |---|---|---:|\n");
            for (var r = 0; r < random.Next(3, 60); r++)
            {
                text.Append(CultureInfo.InvariantCulture, $"  | {Sentences[random.Next(Sentences.Length)]} | Nord-Ost {r} | {(r + 1) * 1250} € |\n");
            }

            text.Append('\n');
        }

        if (random.Next(2) == 0)
        {
            for (var l = 0; l < random.Next(5, 50); l++)
            {
                text.Append("  - ").Append(Sentences[random.Next(Sentences.Length)]).Append('\n');
            }

            text.Append('\n');
        }

        text.Append("unterzeichner:\n");
        for (var s = 0; s < random.Next(1, 5); s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - name: Dr. Anna-Katharina Beispiel-Mustermann {s + 1}\n    funktion: Stellvertretende Fraktionsvorsitzende und Sprecherin für Stadtentwicklung\n");
        }

        return text.ToString();
    }

    private static string Paragraph(Random random) =>
        string.Join(" ", Enumerable.Range(0, random.Next(2, 8)).Select(_ => Sentences[random.Next(Sentences.Length)]));
}
