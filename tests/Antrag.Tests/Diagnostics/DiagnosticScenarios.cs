namespace Antrag.Tests.Diagnostics;

/// <summary>
/// Command-line situations that produce a diagnostic no case folder can: options that do not fit together, files that are
/// folders, outputs that would replace an input. Each runs in a folder holding the valid <c>fraktion.yaml</c> and
/// <c>antrag.yaml</c> of the generated cases, plus its own files.
/// </summary>
public static class DiagnosticScenarios
{
    /// <summary>One situation: its name, extra files (path → text) and the arguments of antrag.</summary>
    public sealed record Scenario(string Name, IReadOnlyList<(string Path, string Text)> Files, params string[] Arguments);

    private const string Markdown = "---\ndatum: 01.02.2024\nbetreff: B\n---\n\n";

    /// <summary>Every scenario, in the order they appear in the golden file.</summary>
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("markdown-without-front-matter", [("m.md", "datum: 01.02.2024\n")], "check", "m.md"),
        new("markdown-text-outside-a-section", [("m.md", Markdown + "Ein Text ohne Überschrift.\n")], "check", "m.md"),
        new("markdown-text-given-twice", [("m.md", "---\ndatum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\n---\n\n## Beschlussentwurf\n\nE\n")], "check", "m.md"),
        new("markdown-unknown-section", [("m.md", Markdown + "## Beschluss\n\nE\n")], "check", "m.md"),
        new("markdown-front-matter-of-a-website", [("w.md", "---\ntitle: B\ndate: 2024-02-01\ntags: [Umwelt]\n---\n\n## Beschlussentwurf\n\nE\n")], "check", "w.md"),
        new("kind-key-of-another-kind", [("a.yaml", "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nfragen: [Eins?]\n")], "check", "a.yaml"),
        new("intro-already-in-the-text", [("i.yaml", "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: Der Rat der Stadt Teststadt beschließt, die Turnhalle zu sanieren.\n")], "check", "i.yaml"),
        new("render-a-folder", [("ordner/x.txt", "x")], "render", "ordner"),
        new("render-a-missing-file", [], "render", "gibtsnicht.yaml"),
        new("check-a-folder-without-motions", [("leer/notiz.txt", "x")], "check", "leer"),
        new("profil-path-with-a-control-character", [("p.yaml", "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nprofil: \"a\\0b\"\n")], "check", "p.yaml"),
        new("template-not-found", [("t/fraktion.yaml", "name: F\nrat: Rat der Stadt T\nstadt: T\n"), ("t/templates/antrag.sbn", "{{ include \"_gibtsnicht\" }}\n"), ("t/a.yaml", "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\n")], "check", "t/a.yaml"),
        new("lone-surrogate", [("s.yaml", "datum: 01.02.2024\nbetreff: \"B \\ud800\"\nbeschlussentwurf: E\n")], "check", "s.yaml"),
        new("control-character", [("c.yaml", "datum: 01.02.2024\nbetreff: \"B\\a \\e[1m\"\nbeschlussentwurf: E\n")], "check", "c.yaml"),
        new("texts-too-long", [("l.yaml", "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nbegruendung: " + new string('x', 300_000) + "\n")], "check", "l.yaml"),
        new("texts-of-too-many-lines", [("z.yaml", "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nbegruendung: \"" + string.Concat(Enumerable.Repeat("x\\n", 10_000)) + "\"\n")], "check", "z.yaml"),
        new("list-too-long", [("a.yaml", "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nanlagen: [" + string.Join(", ", Enumerable.Repeat("A", 1_001)) + "]\n")], "check", "a.yaml"),
        new("signer-too-tall", [("u.yaml", "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nunterzeichner:\n  - name: Erika Muster\n    funktion: " + string.Concat(Enumerable.Repeat("Vorsitzende ", 3_000)) + "\n")], "check", "u.yaml"),
        new("table-row-too-tall", [("t.yaml", "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: |\n  | A | B |\n  |---|---|\n  | " + string.Concat(Enumerable.Repeat("Turnhalle ", 12_000)) + "| b |\n")], "check", "t.yaml"),
        new("letterhead-too-tall", [("v.yaml", "vorlagennummer: " + string.Concat(Enumerable.Repeat("0377/24 ", 600)) + "\ndatum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\n")], "check", "v.yaml"),
        new("return-address-too-wide", [("r/fraktion.yaml", "name: Fraktion Bündnis 90/Die Grünen – Wählergemeinschaft für eine lebenswerte Zukunft\nrat: Rat der Stadt T\nstadt: T\nbriefbogen: din5008-b\nanschrift:\n  - Rathaus am Marktplatz, Verwaltungsgebäude B, Zimmer 214–216, Eingang über den Innenhof\n  - 12345 T\n"), ("r/a.yaml", "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nbrief:\n  empfaenger: [Herrn Max Muster, 12345 T]\n")], "check", "r/a.yaml"),
        new("recipient-too-long", [("e/fraktion.yaml", "name: F\nrat: Rat der Stadt T\nstadt: T\nbriefbogen: din5008-a\n"), ("e/a.yaml", "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\nbrief:\n  empfaenger:\n" + string.Concat(Enumerable.Range(1, 10).Select(i => $"    - Zeile {i}\n")))], "check", "e/a.yaml"),
        new("missing-glyph", [("g.yaml", "datum: 01.02.2024\nbetreff: B ❗\nbeschlussentwurf: E\n")], "check", "g.yaml"),
        new("output-overwrites-the-motion", [], "render", "antrag.yaml", "-o", "antrag.yaml"),
        new("output-to-standard-output-as-png", [], "render", "antrag.yaml", "-o", "-", "--format", "png"),
        new("output-over-the-profile", [], "render", "antrag.yaml", "-o", "fraktion.yaml"),
        new("output-over-the-logo", [("l/fraktion.yaml", "name: F\nrat: Rat der Stadt T\nstadt: T\nlogo: logo.svg\n"), ("l/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n"), ("l/a.yaml", "datum: 01.02.2024\nbetreff: B\nbeschlussentwurf: E\n")], "render", "l/a.yaml", "-o", "l/logo.svg"),
        new("output-is-a-folder", [("ordner/x.txt", "x")], "render", "antrag.yaml", "-o", "ordner"),
        new("new-with-an-existing-file", [], "new", "antrag", "-o", "antrag.yaml"),
        new("new-of-an-unknown-kind", [], "new", "antrg"),
        new("build-oparl-without-base-url", [], "build", ".", "-o", "out", "--format", "oparl"),
        new("build-state-inside-the-output", [], "build", ".", "-o", "out", "--state", "out/zustand.json"),
        new("build-state-is-a-folder", [(".antrag/build/zustand.json/notiz.txt", "x")], "build", ".", "-o", "out", "--state", ".antrag/build/zustand.json"),
        new("build-combined-over-the-profile", [], "build", ".", "-o", "out", "--combine", "fraktion.yaml"),
        new("amend-without-a-change", [], "amend", "antrag.yaml", "antrag.yaml"),
        new("amend-fassung-with-synopsis", [], "amend", "antrag.yaml", "antrag.yaml", "--fassung", "--format", "synopse"),
        new("amend-from-an-unknown-revision", [], "amend", "nicht-da:antrag.yaml", "antrag.yaml"),
        new("option-value-not-a-number", [], "render", "antrag.yaml", "--dpi", "abc"),
        new("unknown-option", [], "build", ".", "--forse"),
        new("option-without-its-value", [], "render", "antrag.yaml", "-o"),
    ];
}
