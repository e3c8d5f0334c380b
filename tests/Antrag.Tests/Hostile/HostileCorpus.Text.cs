using System.Globalization;
using System.Text;
using Antrag.Read;
using Antrag.Tests.BadInput;

namespace Antrag.Tests.Hostile;

public static partial class HostileCorpus
{
    /// <summary>The motion's first nine lines (art to beschlussentwurf); a case adds line 10 onwards.</summary>
    private static string Head => GeneratedCaseTests.Motion[..GeneratedCaseTests.Motion.IndexOf("begruendung:", StringComparison.Ordinal)];

    /// <summary>One signer, as the last key of a motion (three lines).</summary>
    private const string OneSigner = GeneratedCaseTests.OneSigner;

    /// <summary>The words of generated text (a property: the static fields of the other parts may be initialised first).</summary>
    private static string[] Vocabulary =>
        ["Turnhalle", "Sanierung", "Dach", "undicht", "Schule", "Verwaltung", "Rat", "beauftragt", "Planung", "Kosten", "Haushalt", "Jahr"];

    /// <summary>YAML, Markdown and text that grow, nest or repeat without bound: aliases, nesting, long lines, emphasis, long words.</summary>
    private static IEnumerable<HostileCase> Text() => [.. Aliases(), .. YamlShapes(), .. MarkdownForms(), .. LongTexts(), .. Characters(), .. TooTall()];

    /// <summary>Less than 2 MB (the largest file read), leaving room for the rest of the motion.</summary>
    private const int NearlyTheLargestFile = 1_900_000;

    private static IEnumerable<HostileCase> YamlShapes() =>
    [
        new("yaml-flow-nesting-900000-deep", dir => Motion(dir, "begruendung: " + new string('[', 900_000) + new string(']', 900_000) + "\n"), "antrag.yaml(10,77): error ANT1014\nexit: 1"),
        new("yaml-flow-mappings-300000-deep", dir => Motion(dir, "begruendung: " + string.Concat(Enumerable.Repeat("{a: ", 300_000)) + "b" + new string('}', 300_000) + "\n"), "antrag.yaml(10,266): error ANT1014\nexit: 1"),
        new("yaml-block-nesting-1300-deep", dir => Motion(dir, "begruendung:\n" + string.Concat(Enumerable.Range(1, 1_300).Select(i => new string(' ', 2 * i) + "a:\n"))), "antrag.yaml(74,129): error ANT1014\nexit: 1"),
        new("yaml-100000-keys-in-one-mapping", dir => Motion(dir, OneSigner + "zusatz:\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"  k{i}: v\n"))), "antrag.yaml(13,1): error ANT1003\nexit: 1"),
        new("yaml-10000-repeated-keys", dir => Motion(dir, OneSigner + "brief:\n" + string.Concat(Enumerable.Repeat("  anrede: Hallo\n", 10_000))), Lines(Enumerable.Range(15, 9_999).Select(l => $"antrag.yaml({l},3): error ANT1002")) + "exit: 1"),
        new("yaml-key-of-a-million-characters", dir => Motion(dir, OneSigner + new string('k', 1_000_000) + ": v\n"), "antrag.yaml(13,1): error ANT1001\nexit: 1"),
        new("yaml-quoted-key-of-a-million-characters", dir => Motion(dir, OneSigner + "\"" + new string('k', 1_000_000) + "\": v\n"), "antrag.yaml(13,1): error ANT1001\nexit: 1"),
        new("yaml-explicit-key-of-a-million-characters", dir => Motion(dir, OneSigner + "? " + new string('k', 1_000_000) + "\n: v\n"), "antrag.yaml(13,3): error ANT1003\nexit: 1"),
        new("yaml-single-line-of-9-mb", dir => Motion(dir, "begruendung: " + Words(1_200_000) + "\n" + OneSigner), "antrag.yaml: error ANT1103\nexit: 1"),
        new("yaml-single-line-of-1.9-mb", dir => Motion(dir, "begruendung: " + WordsOfLength(NearlyTheLargestFile) + "\n" + OneSigner), TooLong(10)),
        new("yaml-anchors-on-every-node", dir => Motion(dir, "unterzeichner:\n" + string.Concat(Enumerable.Range(0, 990).Select(i => $"  - &s{i} {{name: Erika Muster}}\n")) + "anlagen:\n" + string.Concat(Enumerable.Range(0, 990).Select(i => $"  - &a{i} Anlage {i}\n"))
            + "bezuege: [" + string.Join(", ", Enumerable.Range(0, 990).Select(i => $"*a{i}")) + "]\n"), "exit: 0"),
        new("yaml-100000-documents", dir => Motion(dir, OneSigner + string.Concat(Enumerable.Repeat("---\na: b\n", 100_000))), "antrag.yaml(13,1): error ANT1011\nexit: 1"),
        new("yaml-comment-of-1.9-mb", dir => Motion(dir, OneSigner + "# " + WordsOfLength(NearlyTheLargestFile) + "\n"), "exit: 0"),
        new("yaml-100000-anlagen", dir => Motion(dir, OneSigner + "anlagen:\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"  - Anlage {i}\n"))), "antrag.yaml(13,1): error ANT2031\nexit: 1"),
        new("yaml-100000-fragen", dir => Motion(dir, "fragen:\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"  - Frage {i}?\n")) + OneSigner, AnfrageHead), "antrag.yaml(10,1): error ANT2031\nexit: 1"),
        new("yaml-3000-signers", dir => Motion(dir, "unterzeichner:\n" + string.Concat(Enumerable.Repeat("  - name: Erika Muster\n    funktion: Fraktionsvorsitzende\n", 3_000))), "antrag.yaml(10,1): error ANT2031\nexit: 1"),
        new("yaml-990-signers", dir => Motion(dir, "unterzeichner:\n" + string.Concat(Enumerable.Repeat("  - name: Erika Muster\n    funktion: Fraktionsvorsitzende\n", 990))), "exit: 0"),
    ];

    private static IEnumerable<HostileCase> MarkdownForms() =>
    [
        new("markdown-front-matter-of-1.9-mb", dir => Markdown(dir, "---\ndatum: 28.02.2023\nbetreff: B\nbeschlussentwurf: E\nbegruendung: " + WordsOfLength(NearlyTheLargestFile) + "\n---\n"), TooLong(5, "antrag.md"), "antrag.md"),
        new("markdown-10000-sections", dir => Markdown(dir, "---\ndatum: 28.02.2023\nbetreff: B\n---\n\n## Beschlussentwurf\n\nE\n\n" + string.Concat(Enumerable.Repeat("## Begründung\n\nDas Dach ist undicht.\n\n", 10_000))), Lines(Enumerable.Range(1, 9_999).Select(i => $"antrag.md({10 + (4 * i)},1): error ANT1023")) + "exit: 1", "antrag.md"),
        new("markdown-10000-unknown-sections", dir => Markdown(dir, "---\ndatum: 28.02.2023\nbetreff: B\n---\n\n## Beschlussentwurf\n\nE\n\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"## Abschnitt {i}\n\nText.\n\n"))), Lines(Enumerable.Range(0, 10_000).Select(i => $"antrag.md({10 + (4 * i)},1): error ANT1022")) + "exit: 1", "antrag.md"),
        new("markdown-section-after-a-million-blank-lines", dir => Markdown(dir, "---\ndatum: 28.02.2023\nbetreff: B\n---\n\n## Beschlussentwurf\n" + new string('\n', 1_000_000) + "E\n"), "exit: 0", "antrag.md"),
        new("markdown-heading-of-a-million-spaces", dir => Markdown(dir, "---\ndatum: 28.02.2023\nbetreff: B\nbeschlussentwurf: E\n---\n\n## B" + new string(' ', 1_000_000) + "x\n\nText.\n"), "antrag.md(7,1): error ANT1022\nexit: 1", "antrag.md"),
        new("markdown-front-matter-not-closed-1.9-mb", dir => Markdown(dir, "---\n" + string.Concat(Enumerable.Repeat("a: b\n", NearlyTheLargestFile / 5))), "antrag.md(1,1): error ANT1020\nexit: 1", "antrag.md"),
    ];

    /// <summary>Texts just within what a motion may hold (<see cref="TextBudget"/>): every stage must stay linear up to there.</summary>
    private const int WithinTheTexts = TextBudget.MaxCharacters - 10_000;

    /// <summary>Lines just within what a motion may hold.</summary>
    private const int WithinTheLines = TextBudget.MaxLines - 100;

    private static IEnumerable<HostileCase> LongTexts() =>
    [
        // Beyond what a motion may hold: refused after reading, at the key that holds the most.
        new("emphasis-640-kb-paragraph", dir => Motion(dir, Block("begruendung", Repeat("**a ", 640_000)) + OneSigner), TooLong(10)),
        new("line-breaks-1.9-million", dir => Motion(dir, "begruendung: \"" + Repeat("a\\n", NearlyTheLargestFile) + "\"\n" + OneSigner), TooLong(10)),
        new("list-of-100000-items", dir => Motion(dir, Block("begruendung", string.Concat(Enumerable.Range(0, 100_000).Select(i => $"- Punkt {i}\n"))) + OneSigner), TooLong(10)),
        new("betreff-of-a-million-characters", dir => Motion(dir, OneSigner, Head.Replace("betreff: Sanierung der Turnhalle an der Schulstraße", "betreff: " + WordsOfLength(1_000_000), StringComparison.Ordinal)), TooLong(7)),

        // Just within: each stage (emphasis, blocks, typography, hyphenation, line breaking, pages) on its worst text.
        new("emphasis-unpaired-at-the-limit", dir => Motion(dir, Block("begruendung", Repeat("**a ", WithinTheTexts)) + OneSigner), "exit: 0"),
        new("emphasis-pairs-at-the-limit", dir => Motion(dir, Block("begruendung", Repeat("*a* **b** ++c++ ~~d~~ ", WithinTheTexts)) + OneSigner), "exit: 0"),
        // A line of stars alone is a horizontal rule by CommonMark: left out, with a warning.
        new("emphasis-run-of-stars-at-the-limit", dir => Motion(dir, Block("begruendung", new string('*', WithinTheTexts)) + OneSigner), "antrag.yaml(11,3): warning ANT2046\nexit: 0"),

        // Markdown blocks (Markdig) and antrag's inlines on their worst texts: nesting on one line (Markdig throws beyond
        // its depth limit and took 3.9 s to get there on bullets), unclosed links (quadratic in Markdig's link parser),
        // footnote references, HTML-like text.
        new("markdown-quotes-nested-on-one-line-at-the-limit", dir => Motion(dir, Block("begruendung", new string('>', WithinTheTexts) + " a") + OneSigner), "antrag.yaml(11,3): warning ANT2044\nexit: 0"),
        new("markdown-bullets-nested-on-one-line-at-the-limit", dir => Motion(dir, Block("begruendung", Repeat("- ", WithinTheTexts) + "a") + OneSigner), "antrag.yaml(11,3): warning ANT2044\nexit: 0"),
        new("markdown-ordered-items-nested-on-one-line-at-the-limit", dir => Motion(dir, Block("begruendung", Repeat("1. ", WithinTheTexts) + "a") + OneSigner), "antrag.yaml(11,3): warning ANT2044\nexit: 0"),
        new("markdown-unclosed-links-at-the-limit", dir => Motion(dir, Block("begruendung", Repeat("[a](", WithinTheTexts)) + OneSigner), "exit: 0"),
        new("markdown-footnote-references-at-the-limit", dir => Motion(dir, Block("begruendung", Repeat("a[^1] ", WithinTheTexts) + "\n\n[^1]: Fußnote") + OneSigner), "exit: 0"),
        new("markdown-html-like-text-at-the-limit", dir => Motion(dir, Block("begruendung", Repeat("<a <b ", WithinTheTexts)) + OneSigner), "exit: 0"),
        new("emphasis-styles-around-nothing-at-the-limit", dir => Motion(dir, Block("begruendung", Repeat("a++~~~~++", WithinTheTexts)) + OneSigner), "exit: 0"),
        new("typography-at-the-limit", dir => Motion(dir, Block("begruendung", Repeat("\"Ja\" - 10-12 z. B. § 4 am 28. Februar 1.000 € 4493/23 A Vorlage 3 'x' ", WithinTheTexts)) + OneSigner), "exit: 0"),
        new("paragraph-without-spaces-at-the-limit", dir => Motion(dir, Block("begruendung", Repeat("Turnhallendachsanierung", WithinTheTexts)) + OneSigner), "exit: 0"),
        new("word-of-letters-at-the-limit", dir => Motion(dir, Block("begruendung", new string('x', WithinTheTexts)) + OneSigner), "exit: 0"),
        new("word-joined-by-hyphens-at-the-limit", dir => Motion(dir, Block("begruendung", Repeat("ab-", WithinTheTexts)) + OneSigner), "exit: 0"),
        new("word-joined-by-slashes-at-the-limit", dir => Motion(dir, Block("begruendung", Repeat("Rat/", WithinTheTexts)) + OneSigner), "exit: 0"),
        new("word-with-soft-hyphens-at-the-limit", dir => Motion(dir, Block("begruendung", Repeat("Turn\u00ADhalle", WithinTheTexts)) + OneSigner), "exit: 0"),
        new("list-at-the-line-limit", dir => Motion(dir, Block("begruendung", string.Concat(Enumerable.Range(0, WithinTheLines).Select(i => $"- Punkt {i}\n"))) + OneSigner), "exit: 0"),
        new("numbered-list-at-the-line-limit", dir => Motion(dir, Block("begruendung", string.Concat(Enumerable.Range(0, WithinTheLines).Select(i => $"{i % 1000}. Punkt\n"))) + OneSigner), "exit: 0"),
        new("list-item-of-lines-at-the-line-limit", dir => Motion(dir, Block("begruendung", "- Punkt\n" + Repeat("weiter\n", 7 * WithinTheLines)) + OneSigner), "exit: 0"),
        new("table-of-rows-at-the-line-limit", dir => Motion(dir, Block("begruendung", "| A | B |\n|---|---|\n" + Repeat("| a | b |\n", 10 * WithinTheLines)) + OneSigner), "exit: 0"),
        new("table-of-15000-columns", dir => Motion(dir, Block("begruendung", "|" + Repeat(" A |", 60_000) + "\n|" + Repeat("---|", 60_000) + "\n|" + Repeat(" a |", 60_000) + "\n") + OneSigner), "exit: 0"),
        new("table-rule-after-spaces-at-the-limit", dir => Motion(dir, Block("begruendung", "| A |\n" + new string(' ', WithinTheTexts) + "x\n") + OneSigner), "exit: 0"),
        new("table-rule-of-dashes-at-the-limit", dir => Motion(dir, Block("begruendung", "| A |\n|" + new string('-', WithinTheTexts) + " x\n") + OneSigner), "exit: 0"),
        new("heading-at-the-limit", dir => Motion(dir, Block("begruendung", "## " + WordsOfLength(WithinTheTexts) + "\n\nText.") + OneSigner), "exit: 0"),
        new("heading-of-spaces-at-the-limit", dir => Motion(dir, Block("begruendung", "#" + new string(' ', WithinTheTexts) + "x") + OneSigner), "exit: 0"),
        new("line-breaks-at-the-line-limit", dir => Motion(dir, "begruendung: \"" + Repeat("a\\n", 2 * WithinTheLines) + "\"\n" + OneSigner), "exit: 0"),
        new("betreff-at-the-limit", dir => Motion(dir, OneSigner, Head.Replace("betreff: Sanierung der Turnhalle an der Schulstraße", "betreff: " + WordsOfLength(WithinTheTexts), StringComparison.Ordinal)), "exit: 0"),
        new("betreff-of-lines-at-the-line-limit", dir => Motion(dir, OneSigner, Head.Replace("betreff: Sanierung der Turnhalle an der Schulstraße", "betreff: |\n" + Repeat("  Zeile\n", 8 * WithinTheLines).TrimEnd('\n'), StringComparison.Ordinal)), "exit: 0"),
    ];

    /// <summary>A signer not in the profile (a warning) whose name (on line <paramref name="line"/>) is too tall for a page.</summary>
    private static string SignerTooTall(int line) =>
        string.Create(CultureInfo.InvariantCulture, $"antrag.yaml({line},5): warning ANT2007\nantrag.yaml({line},5): error ANT5001\nexit: 1");

    /// <summary>Code lines, each followed by a line break.</summary>
    private static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(l => l + "\n"));

    /// <summary>The texts of the motion are refused as too long, at the key on line <paramref name="line"/>.</summary>
    private static string TooLong(int line, string file = "antrag.yaml") =>
        string.Create(CultureInfo.InvariantCulture, $"{file}({line},1): error ANT2030\nexit: 1");

    /// <summary>Characters that have no place on a page: control characters (left out, with a warning) and half characters.</summary>
    private static IEnumerable<HostileCase> Characters() =>
    [
        new("control-characters-in-betreff", dir => Motion(dir, OneSigner, Head.Replace("betreff: Sanierung der Turnhalle an der Schulstraße", "betreff: \"Sanierung\\0 der\\a Turn\\ehalle\\x85 an der\\x9b Schulstraße\"", StringComparison.Ordinal)),
            "antrag.yaml(7,20): warning ANT2032\nexit: 0"),
        new("control-characters-at-the-limit", dir => Motion(dir, "begruendung: \"" + Repeat("a\\a\\e", WithinTheTexts) + "\"\n" + OneSigner), "antrag.yaml(10,16): warning ANT2032\nexit: 0"),
        new("control-characters-in-every-signer", dir => Motion(dir, "unterzeichner:\n" + string.Concat(Enumerable.Range(0, 990).Select(i => $"  - {{name: \"Erika\\a Muster\", funktion: \"Vorsitz\\0\"}}\n"))),
            Lines(Enumerable.Range(11, 990).SelectMany(l => new[] { $"antrag.yaml({l},18): warning ANT2032", $"antrag.yaml({l},48): warning ANT2032" })) + "exit: 0"),
        new("lone-surrogate", dir => Motion(dir, "begruendung: \"a\\ud800b\"\n" + OneSigner), "antrag.yaml(10,16): error ANT1031\nexit: 1"),
        new("lone-low-surrogate-after-a-pair", dir => Motion(dir, "begruendung: \"a \\ud83d\\ude00 \\ude00\"\n" + OneSigner), "antrag.yaml(10,30): error ANT1031\nexit: 1"),
    ];

    /// <summary>Pieces that cannot be split and are taller than a page: reported at their key by check and render alike.</summary>
    private static IEnumerable<HostileCase> TooTall() =>
    [
        new("signer-name-of-5000-characters", dir => Motion(dir, "unterzeichner:\n  - name: " + WordsOfLength(5_000) + "\n    funktion: Vorsitzende\n"), SignerTooTall(11)),
        new("signer-name-of-one-word-of-5000-letters", dir => Motion(dir, "unterzeichner:\n  - name: " + new string('E', 5_000) + "\n"), SignerTooTall(11)),
        new("signer-funktion-of-3000-words", dir => Motion(dir, "unterzeichner:\n  - name: Erika Muster\n    funktion: " + Words(3_000) + "\n"), "antrag.yaml(12,5): error ANT5001\nexit: 1"),
        new("signer-funktion-of-300-words-fits", dir => Motion(dir, "unterzeichner:\n  - name: Erika Muster\n    funktion: " + Words(300) + "\n"), "exit: 0"),
        new("table-cell-of-20000-words", dir => Motion(dir, Block("begruendung", "| A | B |\n|---|---|\n| " + Words(20_000) + " | b |\n") + OneSigner), "antrag.yaml(10,1): error ANT5002\nexit: 1"),
        new("beratungsfolge-gremium-of-20000-words", dir => Motion(dir, OneSigner, Head.Replace("gremium: Rat", "gremium: " + Words(20_000), StringComparison.Ordinal)), "antrag.yaml(4,5): error ANT5002\nexit: 1"),
        new("vorlagennummer-of-5000-characters", dir => Motion(dir, OneSigner, "vorlagennummer: " + Words(800) + "\n" + Head), "antrag.yaml(1,1): error ANT5003\nexit: 1"),
        new("profile-name-of-3000-words", dir =>
        {
            File.WriteAllText(Path.Combine(dir, "fraktion.yaml"), GeneratedCaseTests.Profile.Replace("name: Fraktion Testliste", "name: " + Words(3_000), StringComparison.Ordinal));
            Motion(dir, OneSigner);
        }, "fraktion.yaml(1,1): error ANT5003\nexit: 1"),
        new("profile-address-of-900-lines", dir =>
        {
            File.WriteAllText(Path.Combine(dir, "fraktion.yaml"), GeneratedCaseTests.Profile.Replace("  - 12345 Teststadt\n", string.Concat(Enumerable.Range(0, 900).Select(i => $"  - Zeile {i:000}\n")), StringComparison.Ordinal));
            Motion(dir, OneSigner);
        }, "fraktion.yaml(5,5): error ANT5003\nexit: 1"),
        new("profile-address-line-of-5000-words-in-the-footer", dir =>
        {
            File.WriteAllText(Path.Combine(dir, "fraktion.yaml"), GeneratedCaseTests.Profile.Replace("  - 12345 Teststadt\n", "  - " + Words(5_000) + "\nkontaktblock: fusszeile\n", StringComparison.Ordinal));
            Motion(dir, OneSigner);
        }, "fraktion.yaml(6,5): error ANT5003\nexit: 1"),
    ];

    private static IEnumerable<HostileCase> Aliases() =>
    [
        // Aliases: each reference to a 10,000-word text would be copied by the template and laid out again.
        new("alias-text-in-anlagen", dir => Motion(dir, AliasedText + OneSigner + "anlagen: [" + References("*a", 10_000) + "]\n"),
            AliasStop(14, "anlagen: [", "*a, ", 0)),
        new("alias-text-in-fragen", dir => Motion(dir, AliasedText + "fragen: [" + References("*a", 10_000) + "]\n" + OneSigner, AnfrageHead),
            AliasStop(11, "fragen: [", "*a, ", 0)),
        new("alias-text-as-funktion", dir => Motion(dir, AliasedText + "unterzeichner:\n" + string.Concat(Enumerable.Repeat("  - {name: E, funktion: *a}\n", 10_000))),
            AliasStop(null, "  - {name: E, funktion: ", "*a}", SignerOverhead)),
        new("alias-lists-nested-in-anlagen", dir => Motion(dir, OneSigner + "anlagen: " + GeneratedCaseTests.NestedReferences("ha", 12) + "\n"),
            string.Create(CultureInfo.InvariantCulture, $"antrag.yaml(13,{("anlagen: " + GeneratedCaseTests.NestedReferences("ha", 12)).IndexOf("*l5", StringComparison.Ordinal) + 1}): error ANT1030\nexit: 1")),
        new("alias-few-references-are-fine", dir => Motion(dir, "begruendung: &b Das Dach ist undicht.\nanlagen: [*b, *b, *b]\n" + OneSigner), "exit: 0"),
    ];

    /// <summary>The head of an Anfrage: <see cref="Head"/> with a Vorbemerkung instead of the Beschlussentwurf (also nine lines).</summary>
    private static string AnfrageHead => Head
        .Replace("art: antrag", "art: anfrage", StringComparison.Ordinal)
        .Replace("beschlussentwurf: |\n  Die Verwaltung wird beauftragt, die Sanierung der Turnhalle an der Schulstraße bis Ende 2024 zu planen.\n", "vorbemerkung: |\n  Eine Vorbemerkung.\n", StringComparison.Ordinal);

    /// <summary>Line 10: a Begründung of 10,000 words carrying the anchor <c>&amp;a</c>.</summary>
    private static string AliasedText => "begruendung: &a \"" + Words(10_000) + "\"\n";

    /// <summary>What the text of <see cref="AliasedText"/> counts, written out, each time it is referred to (see CheckedParser).</summary>
    private static long AliasedTextSize => 1 + Words(10_000).Length;

    /// <summary>The characters each signer <c>{name: E, funktion: *a}</c> adds besides the text: the mapping, two keys and the name.</summary>
    private const long SignerOverhead = 1 + (1 + 4) + (1 + 1) + (1 + 8);

    /// <summary><paramref name="count"/> references, separated by commas.</summary>
    private static string References(string reference, int count) => string.Join(", ", Enumerable.Repeat(reference, count));

    /// <summary>
    /// Where the reader stops a file of references to <see cref="AliasedText"/>: at the first reference that
    /// takes the file, written out, past <see cref="YamlLoader.MaxExpanded"/>. The references follow <paramref name="prefix"/>
    /// (on line <paramref name="line"/>, one after the other with <paramref name="step"/> between them; or, with a null line, one
    /// per line from line 11 on, each line starting with <paramref name="prefix"/>); each adds <paramref name="overhead"/> more.
    /// The rest of the file is small, so the count is exact as long as it is not close to a boundary (checked here).
    /// </summary>
    private static string AliasStop(int? line, string prefix, string step, long overhead)
    {
        var size = AliasedTextSize;
        // The anchored text counts once, then each reference: the k-th reference crosses the bound.
        var room = YamlLoader.MaxExpanded - size;
        var k = (room / (size + overhead)) + 1;
        var slack = room - ((k - 1) * (size + overhead));
        if (slack < 2_000 || size + overhead - slack < 2_000)
        {
            throw new InvalidOperationException("the reference that crosses the bound depends on the rest of the file; change the text's length");
        }

        var at = line is { } l
            ? (l, prefix.Length + ((k - 1) * step.Length) + 1)
            : (10 + (int)k + 1, prefix.Length + 1);
        return string.Create(CultureInfo.InvariantCulture, $"antrag.yaml({at.Item1},{at.Item2}): error ANT1030\nexit: 1");
    }

    /// <summary><paramref name="pattern"/> repeated to about <paramref name="length"/> characters.</summary>
    private static string Repeat(string pattern, int length) => string.Concat(Enumerable.Repeat(pattern, Math.Max(1, length / pattern.Length)));

    /// <summary>A block text: <c>key: |</c>, then the lines of <paramref name="text"/> indented by two spaces.</summary>
    private static string Block(string key, string text) =>
        key + ": |\n" + string.Concat(text.TrimEnd('\n').Split('\n').Select(l => l.Length == 0 ? "\n" : "  " + l + "\n"));

    /// <summary>Words of running text, about <paramref name="length"/> characters.</summary>
    private static string WordsOfLength(int length) => Words(length / 8);

    /// <summary><paramref name="count"/> words of running German text.</summary>
    private static string Words(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Vocabulary[i % Vocabulary.Length]);
        }

        return text.ToString();
    }

    /// <summary>Writes the Markdown motion <c>antrag.md</c> (the case names it as its input).</summary>
    private static void Markdown(string dir, string text) => File.WriteAllText(Path.Combine(dir, "antrag.md"), text, new UTF8Encoding(false));

    /// <summary>Writes <c>antrag.yaml</c>: <paramref name="head"/> (<see cref="Head"/> when not given), then <paramref name="rest"/>.</summary>
    private static void Motion(string dir, string rest, string? head = null) =>
        File.WriteAllText(Path.Combine(dir, "antrag.yaml"), (head ?? Head) + rest, new UTF8Encoding(false));
}
