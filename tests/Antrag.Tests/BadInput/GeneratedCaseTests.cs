using System.Text;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Antrag.Tests.BadInput;

/// <summary>
/// Bad input that cannot be committed as a file (too large, binary, other encodings, line ends git would change): written into a
/// temporary folder, then run through <c>antrag check</c> and <c>antrag render</c> like the cases in <c>Cases/</c>, with the
/// expected diagnostics inline. The BOM and CRLF cases are valid input and must render.
/// </summary>
[Trait(EndToEnd.Category, EndToEnd.Value)]
public sealed class GeneratedCaseTests
{
    public const string Profile = """
        name: Fraktion Testliste
        rat: Rat der Stadt Teststadt
        stadt: Teststadt
        anschrift:
          - Rathausplatz 1
          - 12345 Teststadt
        vorstand:
          - funktion: Vorsitzende
            name: Erika Muster

        """;

    public const string Motion = """
        art: antrag
        datum: 28.02.2023
        beratungsfolge:
          - gremium: Rat
            sitzungstermin: 28.02.2023
            beschlussform: beschließend
        betreff: Sanierung der Turnhalle an der Schulstraße
        beschlussentwurf: |
          Die Verwaltung wird beauftragt, die Sanierung der Turnhalle an der Schulstraße bis Ende 2024 zu planen.
        begruendung: |
          Das Dach der Turnhalle ist undicht.
        unterzeichner:
          - name: Erika Muster
            funktion: Fraktionsvorsitzende

        """;

    /// <summary>The signer of <see cref="Motion"/>, its last key.</summary>
    public const string OneSigner = "unterzeichner:\n  - name: Erika Muster\n    funktion: Fraktionsvorsitzende\n";

    public static TheoryData<string> Names() => new(Generated.Keys.Order(StringComparer.Ordinal));

    /// <summary>Each case: the bytes of antrag.yaml and the expected output (diagnostics, then <c>exit: N</c>).</summary>
    internal static Dictionary<string, Func<(byte[] Motion, string Expected)>> Generated { get; } = new(StringComparer.Ordinal)
    {
        ["text-field-of-10-mb"] = () =>
        {
            var sentence = "Das Dach der Turnhalle ist undicht und muss dringend saniert werden. ";
            var text = new StringBuilder(Motion.Replace("  Das Dach der Turnhalle ist undicht.\n", string.Empty, StringComparison.Ordinal));
            text.Append("anlagen: |\n  ");
            while (text.Length < 10 * 1024 * 1024)
            {
                text.Append(sentence);
            }

            var bytes = Utf8(text.Append('\n').ToString());
            return (bytes, "antrag.yaml: error ANT1103\nexit: 1");
        },
        ["alias-bomb"] = () =>
        {
            // "Billion laughs": ten levels of nine references each would be 10^9 texts if expanded.
            var line = "begruendung: " + NestedReferences("ha", 10);
            var yaml = Motion.Replace("begruendung: |\n  Das Dach der Turnhalle ist undicht.\n", line + "\n", StringComparison.Ordinal);

            // Stopped while reading, at the first reference that takes the file, written out, past 2 MB: with l0 to l5 written
            // out (1.87 million characters: l5 alone has 1.66 million), the first '*l5' of l6.
            return (Utf8(yaml), $"antrag.yaml(10,{line.IndexOf("*l5", StringComparison.Ordinal) + 1}): error ANT1030\nexit: 1");
        },
        ["alias-bomb-of-signers"] = () =>
        {
            var line = "unterzeichner: " + NestedReferences("{name: ha}", 10);
            var yaml = Motion.Replace(OneSigner, line + "\n", StringComparison.Ordinal);

            // Stopped while reading, at the first reference that takes the file, written out, past 2 MB: l0 to l4 written out
            // count 0.61 million characters, each '*l4' in l5 0.54 million more, so the third '*l4' crosses.
            var third = line.IndexOf("*l4", line.IndexOf("*l4", line.IndexOf("*l4", StringComparison.Ordinal) + 1, StringComparison.Ordinal) + 1, StringComparison.Ordinal);
            return (Utf8(yaml), $"antrag.yaml(12,{third + 1}): error ANT1030\nexit: 1");
        },
        ["alias-lists-of-signers-within-the-bound"] = () =>
        {
            // Four levels (9^4 references, 0.07 million characters written out) stay within the bound and are read: every
            // level is one entry that is a list, reported once each (at its anchor), not once per reference.
            var line = "unterzeichner: " + NestedReferences("{name: ha}", 4);
            var yaml = Motion.Replace(OneSigner, line + "\n", StringComparison.Ordinal);
            var expected = string.Concat(Enumerable.Range(0, 4).Select(i =>
                $"antrag.yaml(12,{line.IndexOf($"&l{i} ", StringComparison.Ordinal) + 1}): error ANT1005\n"));
            return (Utf8(yaml), expected + "exit: 1");
        },
        ["nesting-10000-deep-inline"] = () =>
            (Utf8(Motion.Replace("betreff: Sanierung der Turnhalle an der Schulstraße", "betreff: " + new string('[', 10_000) + new string(']', 10_000), StringComparison.Ordinal)),
             "antrag.yaml(7,73): error ANT1014\nexit: 1"),
        ["nesting-10000-deep-indented"] = () =>
            (Utf8(Motion.Replace("betreff: Sanierung der Turnhalle an der Schulstraße\n", "betreff:\n  " + string.Concat(Enumerable.Repeat("- ", 10_000)) + "Turnhalle\n", StringComparison.Ordinal)),
             "antrag.yaml(8,129): error ANT1014\nexit: 1"),
        ["binary-file"] = () =>
        {
            var bytes = new byte[4096];
            new Random(7).NextBytes(bytes);
            "%PDF-1.7\n"u8.CopyTo(bytes);
            bytes[100] = 0;
            return (bytes, "antrag.yaml: error ANT1105\nexit: 1");
        },
        ["not-utf8-latin1"] = () =>
            (Encoding.Latin1.GetBytes(Motion), "antrag.yaml: error ANT1105\nexit: 1"),
        ["not-utf8-utf16"] = () =>
            (Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Motion)).ToArray(),
             "antrag.yaml: error ANT1105\nexit: 1"),
        ["valid-utf8-bom"] = () => ([0xEF, 0xBB, 0xBF, .. Utf8(Motion)], "exit: 0"),
        ["valid-crlf-line-ends"] = () => (Utf8(Motion.Replace("\n", "\r\n", StringComparison.Ordinal)), "exit: 0"),
        ["valid-bom-and-crlf"] = () => ([0xEF, 0xBB, 0xBF, .. Utf8(Motion.Replace("\n", "\r\n", StringComparison.Ordinal))], "exit: 0"),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Check_and_render_report_the_expected_diagnostics(string name)
    {
        using var dir = new TempFolder();
        var (motion, expected) = Generated[name]();
        File.WriteAllText(dir.File("fraktion.yaml"), Profile);
        File.WriteAllBytes(dir.File("antrag.yaml"), motion);

        var check = CaseRunner.Run(dir.Path, "check", "antrag.yaml", out var checkResult);
        Assert.Equal(expected, DiagnosticText.CodeLines(check));
        CaseRunner.AssertSummary(checkResult);

        var render = CaseRunner.Run(dir.Path, "render", "antrag.yaml", out _);
        Assert.Equal(expected, DiagnosticText.CodeLines(render));
        if (expected == "exit: 0")
        {
            using var pdf = PdfDocument.Open(dir.File("antrag.pdf"));
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("Sanierung der Turnhalle an der Schulstraße", text, StringComparison.Ordinal);
            Assert.Contains("Erika Muster", text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A Begründung of 700,000 characters (in paragraphs) is within the file size limit; it must come out whole, or be refused
    /// with a diagnostic, but never be cut off silently.
    /// </summary>
    [Fact]
    public void A_long_text_field_is_rendered_completely_or_refused()
    {
        using var dir = new TempFolder();
        var paragraph = string.Concat(Enumerable.Repeat("Das Dach der Turnhalle ist undicht und muss saniert werden. ", 50));
        var text = string.Join("\n\n  ", Enumerable.Repeat(paragraph, 230)) + "\n\n  Ende der Begründung.";
        File.WriteAllText(dir.File("fraktion.yaml"), Profile);
        File.WriteAllText(dir.File("antrag.yaml"), Motion.Replace("Das Dach der Turnhalle ist undicht.", text, StringComparison.Ordinal));

        var render = CaseRunner.Run(dir.Path, "render", "antrag.yaml", out var result, "--format", "txt");

        if (result.ExitCode == 0)
        {
            var written = File.ReadAllText(dir.File("antrag.txt"));
            Assert.Contains("Ende der Begründung.", written, StringComparison.Ordinal);
            Assert.Contains("Erika Muster", written, StringComparison.Ordinal);
        }
        else
        {
            Assert.Matches(": error ANT[0-9]{4}: ", render);
        }
    }

    /// <summary>
    /// A list of <paramref name="levels"/> lists: <c>&amp;l0</c> of nine <paramref name="item"/>s, then each <c>&amp;lN</c> of
    /// nine references to the one before.
    /// </summary>
    internal static string NestedReferences(string item, int levels)
    {
        var lists = new List<string> { "&l0 [" + string.Join(", ", Enumerable.Repeat(item, 9)) + "]" };
        for (var i = 1; i < levels; i++)
        {
            lists.Add($"&l{i} [" + string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9)) + "]");
        }

        return "[" + string.Join(", ", lists) + "]";
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
