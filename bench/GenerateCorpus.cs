// Writes a corpus of N varied motions (1–3 pages each) with a faction profile, for the benchmark:
//   dotnet run bench/GenerateCorpus.cs -- 1000 /tmp/corpus
// The same N gives the same files (fixed seed).
using System.Globalization;
using System.Text;

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var target = args.Length > 1 ? args[1] : "corpus";
Directory.CreateDirectory(target);
File.WriteAllText(Path.Combine(target, "fraktion.yaml"), """
    name: Fraktion Zukunft Benchstadt
    rat: Rat der Stadt Benchstadt
    stadt: Benchstadt
    anschrift:
      - Rathausplatz 1
      - 12345 Benchstadt
    telefon: 01234-5678
    vorstand:
      - funktion: Vorsitzende
        name: Dr. Anna Beispiel
      - funktion: Stellvertreter
        name: Jonas Muster
    email: fraktion@benchstadt.example
    web: www.benchstadt.example
    akzentfarbe: "#2e6b3a"

    """);

string[] sentences =
[
    "Die Verwaltung wird beauftragt, dem zuständigen Ausschuss bis zum Ende des Jahres ein Konzept vorzulegen.",
    "Der Anteil des Radverkehrs liegt nach der letzten Haushaltsbefragung bei rund zwölf Prozent.",
    "Vergleichbare Städte erreichen deutlich höhere Werte, vor allem durch ein geschlossenes Netz.",
    "Die Digitalisierungsaufgaben der Schulverwaltung sind mit dem vorhandenen Personal nicht zu bewältigen.",
    "Für den Breitbandausbau in den äußeren Stadtteilen stehen Fördermittel von Bund und Land bereit.",
    "Die Bürgerinnen und Bürger, die Schulen und die örtlichen Verbände werden an der Erarbeitung beteiligt.",
    "Die Kosten sind im Haushalt 2025 in Höhe von 1.000 € je Standort zu veranschlagen.",
    "Das Klimaschutzkonzept der Stadt sieht vor, bis 2035 klimaneutral zu werden.",
    "Der Oberbürgermeister berichtet dem Rat halbjährlich über den Stand der Umsetzung.",
    "Ein großer Teil der Unfälle ereignete sich an wenigen Knotenpunkten, die seit Jahren bekannt sind.",
];
string[] subjects =
[
    "Sichere Schulwege in allen Stadtteilen", "Photovoltaik auf städtischen Dächern", "Sanierung der Sporthallen",
    "Ausbau der Kindertagesbetreuung", "Digitalisierung der Bürgerdienste", "Mehr Bäume in der Innenstadt",
    "Barrierefreie Bushaltestellen", "Öffentliche Toiletten am Rheinufer",
];
string[] kinds = ["antrag", "antrag", "pruefantrag", "anfrage", "resolution"];

var random = new Random(20241201);
for (var i = 0; i < count; i++)
{
    var kind = kinds[random.Next(kinds.Length)];
    var date = new DateOnly(2024, 1, 1).AddDays(random.Next(700));
    var paragraphs = random.Next(1, 4) switch { 1 => random.Next(1, 4), 2 => random.Next(5, 10), _ => random.Next(12, 18) };
    var text = new StringBuilder();
    text.Append(CultureInfo.InvariantCulture, $"art: {kind}\nvorlagennummer: {i + 1:0000}/{date.Year % 100:00}\n");
    text.Append(CultureInfo.InvariantCulture, $"datum: {date:dd.MM.yyyy}\n");
    text.Append("beratungsfolge:\n");
    text.Append(CultureInfo.InvariantCulture, $"  - gremium: Ausschuss für Planung\n    sitzungstermin: {date.AddDays(14):dd.MM.yyyy}\n    beschlussform: vorberatend\n");
    text.Append(CultureInfo.InvariantCulture, $"  - gremium: Rat\n    sitzungstermin: {date.AddDays(28):dd.MM.yyyy}\n    beschlussform: beschließend\n");
    text.Append(CultureInfo.InvariantCulture, $"betreff: {subjects[random.Next(subjects.Length)]} ({i + 1})\n");
    if (kind == "anfrage")
    {
        text.Append("vorbemerkung: |\n  ").Append(Paragraph()).Append('\n');
        text.Append("fragen:\n");
        for (var q = 0; q < random.Next(2, 6); q++)
        {
            text.Append("  - Wie bewertet die Verwaltung den Stand der Umsetzung in diesem Stadtteil?\n");
        }

        text.Append("antwort: schriftlich\n");
    }
    else
    {
        text.Append("beschlussentwurf: |\n  ").Append(Paragraph()).Append("\n\n  1. ").Append(sentences[0]).Append("\n  2. ").Append(sentences[5]).Append('\n');
    }

    text.Append("begruendung: |\n");
    for (var p = 0; p < paragraphs; p++)
    {
        text.Append("  ").Append(Paragraph()).Append("\n\n");
    }

    text.Append("unterzeichner:\n  - name: Dr. Anna Beispiel\n    funktion: Fraktionsvorsitzende\n");
    var folder = Path.Combine(target, date.Year.ToString(CultureInfo.InvariantCulture), kind);
    Directory.CreateDirectory(folder);
    File.WriteAllText(Path.Combine(folder, $"{kind}-{i + 1:0000}.yaml"), text.ToString());
}

Console.WriteLine($"wrote {count} motions to {target}");

string Paragraph()
{
    var n = random.Next(3, 7);
    return string.Join(" ", Enumerable.Range(0, n).Select(_ => sentences[random.Next(sentences.Length)]));
}
