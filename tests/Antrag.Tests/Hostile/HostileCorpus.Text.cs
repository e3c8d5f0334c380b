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
    private static IEnumerable<HostileCase> Text() =>
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

    /// <summary>Writes <c>antrag.yaml</c>: <paramref name="head"/> (<see cref="Head"/> when not given), then <paramref name="rest"/>.</summary>
    private static void Motion(string dir, string rest, string? head = null) =>
        File.WriteAllText(Path.Combine(dir, "antrag.yaml"), (head ?? Head) + rest, new UTF8Encoding(false));
}
