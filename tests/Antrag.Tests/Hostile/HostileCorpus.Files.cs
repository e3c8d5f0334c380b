using System.Diagnostics;
using Antrag.Tests.BadInput;

namespace Antrag.Tests.Hostile;

public static partial class HostileCorpus
{
    /// <summary>
    /// Files that are not what they claim: devices, named pipes, links that lead out of the folder a file must come from,
    /// paths that leave the repository, files over their size limit.
    /// </summary>
    private static IEnumerable<HostileCase> Files() =>
    [
        new("motion-is-dev-zero", _ => { }, "/dev/zero: error ANT1111\nexit: 1", Input: "/dev/zero", UnixOnly: true),
        new("motion-links-to-dev-urandom", dir => Link(dir, "antrag.yaml", "/dev/urandom"), "antrag.yaml: error ANT1111\nexit: 1", UnixOnly: true),
        new("motion-is-a-named-pipe", dir => Fifo(Path.Combine(dir, "antrag.yaml")), "antrag.yaml: error ANT1111\nexit: 1", UnixOnly: true),
        new("profil-is-dev-urandom", dir => MotionAnd(dir, "profil: /dev/urandom\n"), "/dev/urandom: error ANT1111\nexit: 1", UnixOnly: true),
        new("profile-links-to-dev-zero", dir => Link(dir, "fraktion.yaml", "/dev/zero"), "fraktion.yaml: error ANT1111\nexit: 1", UnixOnly: true),
        new("logo-is-a-named-pipe", dir =>
            {
                Profile(dir, "logo: logo.svg\n");
                Fifo(Path.Combine(dir, "logo.svg"));
            },
            "fraktion.yaml(10,1): error ANT1111\nexit: 1",
            UnixOnly: true),
        new("logo-links-to-dev-zero", dir =>
            {
                Profile(dir, "logo: logo.png\n");
                Link(dir, "logo.png", "/dev/zero");
            },
            "fraktion.yaml(10,1): error ANT1110\nexit: 1",
            UnixOnly: true),
        new("font-links-to-dev-urandom", dir =>
            {
                Profile(dir, "schriften:\n  normal: schrift.ttf\n");
                Link(dir, "schrift.ttf", "/dev/urandom");
            },
            "fraktion.yaml(11,3): error ANT1110\nexit: 1",
            UnixOnly: true),
        new("font-is-a-named-pipe", dir =>
            {
                Profile(dir, "schriften:\n  fett: schrift.ttf\n");
                Fifo(Path.Combine(dir, "schrift.ttf"));
            },
            "fraktion.yaml(11,3): error ANT1111\nexit: 1",
            UnixOnly: true),
        new("template-links-to-a-file-outside-the-templates-folder", dir =>
            {
                File.WriteAllText(Path.Combine(dir, "geheim.txt"), "GEHEIMES_TOKEN=ghp_0123456789\n");
                Template(dir, "antrag", "{{ include \"_e\" }}\n");
                Link(dir, "templates/_e.sbn", "../geheim.txt");
            },
            "templates/antrag.sbn(1,4): error ANT1110\nexit: 1",
            UnixOnly: true),
        .. (Directory.Exists("/proc/self") ? [ProcessEnvironment()] : Array.Empty<HostileCase>()),
        new("main-template-links-outside", dir =>
            {
                File.WriteAllText(Path.Combine(dir, "geheim.txt"), "GEHEIMES_TOKEN=ghp_0123456789\n");
                Directory.CreateDirectory(Path.Combine(dir, "templates"));
                Link(dir, "templates/antrag.sbn", "../geheim.txt");
            },
            "antrag.yaml(1,1): error ANT1110\nexit: 1",
            UnixOnly: true),
        new("template-of-300-kb", dir => Template(dir, "antrag", new string('x', 300 * 1024)), "antrag.yaml(1,1): error ANT1103\nexit: 1"),
        new("include-of-300-kb", dir =>
            {
                Template(dir, "antrag", "{{ include \"_gross\" }}\n");
                Template(dir, "_gross", new string('x', 300 * 1024));
            },
            "templates/antrag.sbn(1,4): error ANT1103\nexit: 1"),
        new("logo-outside-the-repository", dir =>
            {
                InRepository(dir);
                Profile(Path.Combine(dir, "repo"), "logo: ../logo.svg\n");
                File.WriteAllText(Path.Combine(dir, "logo.svg"), SmallSvg);
            },
            "repo/fraktion.yaml(10,1): error ANT1110\nexit: 1",
            Input: "repo/antrag.yaml"),
        new("font-outside-the-profile-folder", dir =>
            {
                Directory.CreateDirectory(Path.Combine(dir, "profil"));
                File.WriteAllText(Path.Combine(dir, "profil", "fraktion.yaml"), GeneratedCaseTests.Profile + "schriften:\n  normal: ../schrift.ttf\n");
                File.WriteAllBytes(Path.Combine(dir, "schrift.ttf"), [0, 1, 0, 0]);
                MotionAnd(dir, "profil: profil\n");
            },
            "profil/fraktion.yaml(11,3): error ANT1110\nexit: 1"),
        new("signature-outside-the-repository", dir =>
            {
                InRepository(dir);
                File.WriteAllText(Path.Combine(dir, "repo", "antrag.yaml"), GeneratedCaseTests.Motion.Replace("    funktion: Fraktionsvorsitzende\n", "    funktion: Fraktionsvorsitzende\n    unterschrift: ../unterschrift.svg\n", StringComparison.Ordinal));
                File.WriteAllText(Path.Combine(dir, "unterschrift.svg"), SmallSvg);
            },
            "repo/antrag.yaml(15,5): error ANT1110\nexit: 1",
            Input: "repo/antrag.yaml"),
        new("profil-outside-the-repository", dir =>
            {
                InRepository(dir);
                File.WriteAllText(Path.Combine(dir, "repo", "antrag.yaml"), GeneratedCaseTests.Motion + "profil: ../fraktion.yaml\n");
            },
            "fraktion.yaml: error ANT1110\nexit: 1",
            Input: "repo/antrag.yaml"),
    ];

    /// <summary>A template linked to the environment of the process (Linux), which holds the tokens of a CI job.</summary>
    private static HostileCase ProcessEnvironment() => new(
        "template-links-to-the-process-environment",
        dir =>
        {
            Template(dir, "antrag", "{{ include \"_e\" }}\n");
            Link(dir, "templates/_e.sbn", "/proc/self/environ");
        },
        "templates/antrag.sbn(1,4): error ANT1110\nexit: 1",
        UnixOnly: true);

    /// <summary>A small valid SVG.</summary>
    private const string SmallSvg = """<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><path d="M0 30 L120 10" stroke="#000" stroke-width="3"/></svg>""";

    /// <summary>Adds <paramref name="lines"/> to the end of the case's motion.</summary>
    private static void MotionAnd(string dir, string lines) =>
        File.WriteAllText(Path.Combine(dir, "antrag.yaml"), GeneratedCaseTests.Motion + lines);

    /// <summary>Adds <paramref name="lines"/> to the end of the profile in <paramref name="dir"/> (from line 10 on); writes the valid motion.</summary>
    private static void Profile(string dir, string lines)
    {
        ValidMotion(dir);
        File.WriteAllText(Path.Combine(dir, "fraktion.yaml"), GeneratedCaseTests.Profile + lines);
    }

    /// <summary>Writes the valid motion as <c>antrag.yaml</c> unless the case wrote its own.</summary>
    private static void ValidMotion(string dir)
    {
        var path = Path.Combine(dir, "antrag.yaml");
        if (!File.Exists(path) && LinkTarget(path) is null)
        {
            File.WriteAllText(path, GeneratedCaseTests.Motion);
        }
    }

    private static string? LinkTarget(string path) => new FileInfo(path).LinkTarget;

    /// <summary>Writes <c>templates/NAME.sbn</c> (and the valid motion).</summary>
    private static void Template(string dir, string name, string text)
    {
        ValidMotion(dir);
        Directory.CreateDirectory(Path.Combine(dir, "templates"));
        File.WriteAllText(Path.Combine(dir, "templates", name + ".sbn"), text);
    }

    /// <summary>Makes <c>repo/</c> a git working tree (a <c>.git</c> folder) with the profile and the motion.</summary>
    private static void InRepository(string dir)
    {
        Directory.CreateDirectory(Path.Combine(dir, "repo", ".git"));
        File.WriteAllText(Path.Combine(dir, "repo", "fraktion.yaml"), GeneratedCaseTests.Profile);
        File.WriteAllText(Path.Combine(dir, "repo", "antrag.yaml"), GeneratedCaseTests.Motion);
    }

    /// <summary>Makes <paramref name="name"/> (relative to <paramref name="dir"/>) a symbolic link to <paramref name="target"/>, replacing a file.</summary>
    private static void Link(string dir, string name, string target)
    {
        ValidMotion(dir);
        var path = Path.Combine(dir, name);
        File.Delete(path);
        File.CreateSymbolicLink(path, target);
    }

    /// <summary>Makes <paramref name="path"/> a named pipe (no writer ever opens it).</summary>
    private static void Fifo(string path)
    {
        ValidMotion(Path.GetDirectoryName(path)!);
        File.Delete(path);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
