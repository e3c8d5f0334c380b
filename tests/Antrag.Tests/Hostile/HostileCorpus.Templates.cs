namespace Antrag.Tests.Hostile;

public static partial class HostileCorpus
{
    /// <summary>
    /// Templates that would run without end or eat the memory (string bombs, output floods, runaway recursion, includes of
    /// themselves), and motions whose data is more than a built-in template prints.
    /// </summary>
    private static IEnumerable<HostileCase> Templates() =>
    [
        Sbn("template-string-times-a-billion", "{{ \"x\" * 1000000000 }}\n", "templates/antrag.sbn(1,10): error ANT3010"),
        Sbn("template-pad-left-a-billion", "{{ \"x\" | string.pad_left 1000000000 }}\n", "templates/antrag.sbn(1,26): error ANT3010"),
        Sbn("template-text-doubled-forty-times", "{{ x = \"a\"\nfor i in 1..40\n  x = x + x\nend }}\n", "templates/antrag.sbn(3,7): error ANT3010"),
        Sbn("template-array-join-of-huge-texts", "{{ (1..1000) | array.join (\"x\" * 100000) }}\n", "templates/antrag.sbn(1,16): error ANT3010"),
        Sbn("template-writes-ten-million-characters", "{{ for i in 1..10000 }}{{ \"x\" * 1000 }}{{ end }}\n", "templates/antrag.sbn(1,22): error ANT3010"),
        Sbn("template-captures-ten-million-characters", "{{ capture x }}{{ for i in 1..10000 }}" + new string('x', 1000) + "{{ end }}{{ end }}\n", "templates/antrag.sbn(1,39): error ANT3010"),
        Sbn("template-keeps-ten-thousand-large-texts", "{{ a = []\nfor i in 1..10000\n  a = a | array.add (\"y\" * 1000000)\nend }}\n", "templates/antrag.sbn(3,21): error ANT3010"),
        Sbn("template-recursion-of-a-million-calls", "{{ func f(n)\n  for i in 1..9000; end\n  if n > 0; f(n - 1); f(n - 1); end\nend\nf(20) }}\n", "templates/antrag.sbn(2,21): error ANT3010"),
        Sbn("template-regex-backtracking", "{{ x = \"ab\" * 1000000\nfor i in 1..100\n  y = x | regex.replace \"(a|b)*c\" \"z\"\nend }}\n", "templates/antrag.sbn(3,11): error ANT3010"),
        Sbn("template-nested-loops", "{{ for i in 1..10000; for j in 1..10000; x = i; end; end }}\n", "templates/antrag.sbn(1,23): error ANT3010"),
        Sbn("template-includes-itself", "Antrag\n{{ include \"antrag\" }}\n", "templates/antrag.sbn(2,4): error ANT3011"),
        new("templates-include-each-other", dir =>
            {
                Template(dir, "antrag", "{{ include \"_a\" }}\n");
                Template(dir, "_a", "A\n{{ include \"_b\" }}\n");
                Template(dir, "_b", "B\n\n{{ include \"_a\" }}\n");
            },
            "templates/_b.sbn(3,4): error ANT3011\nexit: 1"),
        Sbn("template-nested-parentheses", "{{ " + new string('(', 20_000) + "1" + new string(')', 20_000) + " }}\n", "templates/antrag.sbn(1,252): error ANT3004"),
        new("motion-with-10001-anlagen", dir => MotionAnd(dir, "anlagen:\n" + string.Concat(Enumerable.Range(1, 10_001).Select(i => $"  - Anlage {i}\n"))), "antrag.yaml(15,1): error ANT2031\nexit: 1"),
        new("motion-with-10001-fragen", dir => File.WriteAllText(
                Path.Combine(dir, "antrag.yaml"),
                "art: anfrage\ndatum: 28.02.2023\nbetreff: Viele Fragen\nfragen:\n" + string.Concat(Enumerable.Range(1, 10_001).Select(i => $"  - Frage {i}?\n"))),
            "antrag.yaml(4,1): error ANT2031\nexit: 1"),
    ];

    /// <summary>A case whose <c>templates/antrag.sbn</c> is <paramref name="template"/>, expected to print <paramref name="codeLine"/>.</summary>
    private static HostileCase Sbn(string name, string template, string codeLine) =>
        new(name, dir => Template(dir, "antrag", template), codeLine + "\nexit: 1");
}
