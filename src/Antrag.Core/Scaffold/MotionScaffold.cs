using System.Globalization;
using System.Text;
using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Read.Keys;

namespace Antrag.Scaffold;

/// <summary>
/// Writes the skeleton of a new motion (<c>antrag new</c>): every key its kind takes, today's date, the profile's first board
/// member as signer, and German placeholder texts that say what belongs where.
/// </summary>
public static class MotionScaffold
{
    /// <summary>The kinds of motion <c>antrag new</c> can start.</summary>
    public static IReadOnlyList<string> Kinds { get; } = MotionKeys.Declaration.Kinds.Select(k => k.Name).ToList();

    /// <summary>Where the JSON schema of motions is looked for, in the motion's folder and each folder above it.</summary>
    public const string SchemaPath = "schemas/antrag.schema.json";

    private const int CommentColumn = 33;

    /// <summary>The kind <paramref name="written"/> names: exactly, or written with capitals or umlauts ("Änderungsantrag"); null if none.</summary>
    public static string? FindKind(string written) => MotionKeys.Declaration.FindKind(written)?.Name;

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
        var folder = Path.GetDirectoryName(Path.GetFullPath(targetPath)) ?? Environment.CurrentDirectory;
        var profile = ReadProfile(folder, targetPath, diagnostics);
        var declaration = MotionKeys.Declaration.WithKinds(profile?.Kinds ?? []);
        var found = declaration.FindKind(kind) ?? throw new ArgumentException($"unknown kind '{kind}'", nameof(kind));
        var schema = FindUpwards(folder, SchemaPath) is { } schemaFull
            ? Path.GetRelativePath(folder, schemaFull).Replace('\\', '/')
            : null;
        return Write(found.Name, today, schema, profile, declaration);
    }

    /// <summary>The path of the schema <paramref name="name"/> in <c>schemas/</c> of <paramref name="folder"/> or a folder above it, relative to <paramref name="folder"/>; null if none.</summary>
    public static string? FindSchema(string folder, string name) =>
        FindUpwards(folder, "schemas/" + name) is { } full ? Path.GetRelativePath(folder, full).Replace('\\', '/') : null;

    /// <summary>The kinds of motion that can be started in <paramref name="folder"/>: the built-in ones and those of the nearest profile.</summary>
    public static DocumentDeclaration DeclarationFor(string folder)
    {
        var path = FindUpwards(Path.GetFullPath(folder), ProfileLocator.FileName);
        var profile = path is null ? null : ProfileReader.Read(path, path, new DiagnosticBag());
        return MotionKeys.Declaration.WithKinds(profile?.Kinds ?? []);
    }

    /// <summary>
    /// The text of a new motion, written from the declaration of motions (<see cref="MotionKeys"/> unless
    /// <paramref name="declaration"/> is given): every key of the kind that has a scaffold line, in declared order.
    /// <paramref name="schemaPath"/> (relative to the motion) and <paramref name="profile"/> are optional.
    /// </summary>
    public static string Write(string kind, DateOnly today, string? schemaPath, FactionProfile? profile, DocumentDeclaration? declaration = null)
    {
        declaration ??= MotionKeys.Declaration;
        var kindDeclaration = declaration.Kind(kind) ?? throw new ArgumentException($"unknown kind '{kind}'", nameof(kind));
        var y = new StringBuilder();
        if (schemaPath is not null)
        {
            y.Append("# yaml-language-server: $schema=").Append(schemaPath).Append('\n');
        }

        y.Append("# ").Append(kindDeclaration.Title).Append(" – angelegt mit „antrag new ").Append(kind).Append("“.\n");
        y.Append("# Ersetzen Sie jeden Text, der mit „Hier steht“ beginnt. Prüfen: antrag check DATEI – drucken: antrag render DATEI\n");
        if (profile is not null)
        {
            y.Append("# Briefkopf, Ort und Kontaktdaten kommen aus ").Append(profile.SourcePath.Replace('\\', '/')).Append(".\n");
        }

        y.Append('\n');
        // A declared kind is written like the built-in kind it is based on, with its own placeholders over that kind's.
        var rules = declaration.Kind(kindDeclaration.RulesKind) ?? kindDeclaration;
        var merged = kindDeclaration with { Scaffold = rules.Scaffold.Concat(kindDeclaration.Scaffold).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal) };
        var context = new ScaffoldContext(merged, today, profile);
        foreach (var key in declaration.Keys)
        {
            if (key.OnlyFor.Count == 0 || key.OnlyFor.Contains(rules.Name, StringComparer.Ordinal))
            {
                WriteKey(y, key, key.Name, 0, string.Empty, context);
            }
        }

        return y.ToString();
    }

    /// <summary>
    /// The text of a new faction profile (<c>antrag new fraktion</c>), written from the declaration of profiles: every key with
    /// a scaffold line, with placeholders that say what to write.
    /// </summary>
    public static string WriteProfile(string? schemaPath)
    {
        var y = new StringBuilder();
        if (schemaPath is not null)
        {
            y.Append("# yaml-language-server: $schema=").Append(schemaPath).Append('\n');
        }

        y.Append("# Profil der Fraktion – angelegt mit „antrag new fraktion“. Es gilt für alle Anträge in diesem Ordner und darunter.\n");
        y.Append("# Ersetzen Sie jeden Text, der mit „Hier steht“ beginnt, und die Beispielwerte. Prüfen: antrag check fraktion.yaml\n\n");
        var context = new ScaffoldContext(new KindDeclaration("fraktion", "Fraktion"), default, null);
        foreach (var key in ProfileKeys.Declaration.Keys)
        {
            WriteKey(y, key, key.Name, 0, string.Empty, context);
        }

        return y.ToString();
    }

    /// <summary>The kind as people write it: "Antrag", "Änderungsantrag", …</summary>
    internal static string Title(string kind) => MotionKeys.Declaration.Kind(kind)?.Title ?? "Antrag";

    /// <summary>What a scaffold is written for: the kind, today's date and the profile (for the first signer).</summary>
    private sealed record ScaffoldContext(KindDeclaration Kind, DateOnly Today, FactionProfile? Profile);

    /// <summary>Writes one key (and its children) at <paramref name="indent"/>, with <paramref name="prefix"/> ("- ") before its name.</summary>
    private static bool WriteKey(StringBuilder y, KeyDeclaration key, string path, int indent, string prefix, ScaffoldContext context)
    {
        var line = context.Kind.Scaffold.TryGetValue(path, out var own) ? Merge(own, key.Scaffold) : key.Scaffold;
        if (line is null || ReferenceEquals(line, MotionKeys.Omitted))
        {
            return false;
        }

        var (value, comment) = Fill(line.Value, line.Comment, context);
        var name = prefix + key.Name + ":";
        switch (key.Type)
        {
            case KeyType.Mapping or KeyType.Entries:
                Line(y, indent, name, comment);
                var first = true;
                foreach (var child in key.Children)
                {
                    var entry = key.Type == KeyType.Entries;
                    if (WriteKey(y, child, path + "." + child.Name, indent + 2 + (entry && !first ? 2 : 0), entry && first ? "- " : string.Empty, context))
                    {
                        first = false;
                    }
                }

                break;
            case KeyType.Lines:
                Line(y, indent, name, comment);
                foreach (var item in value.Split('\n'))
                {
                    Line(y, indent + 2, "- " + item, null);
                }

                break;
            case KeyType.Text when line.Block || value.Contains('\n', StringComparison.Ordinal):
                Block(y, indent, name, value);
                break;
            default:
                Line(y, indent, (line.Commented ? "# " : string.Empty) + name + (value.Length > 0 ? " " + value : string.Empty), comment);
                break;
        }

        return true;
    }

    /// <summary>A kind's own scaffold line over the key's: its value, and its comment or else the key's.</summary>
    private static ScaffoldLine Merge(ScaffoldLine own, ScaffoldLine? key) =>
        key is null || ReferenceEquals(own, MotionKeys.Omitted) ? own : own with
        {
            Value = own.Value.Length > 0 ? own.Value : key.Value,
            Comment = own.Comment ?? key.Comment,
            Commented = key.Commented,
            Block = own.Block || key.Block,
        };

    /// <summary>The placeholders of a scaffold value filled in: the kind, today's date and the profile's first board member.</summary>
    private static (string Value, string? Comment) Fill(string value, string? comment, ScaffoldContext context)
    {
        var board = context.Profile?.Board.Count > 0 ? context.Profile.Board[0] : null;
        return value switch
        {
            "{art}" => (context.Kind.Name, comment),
            "{gremium}" => (context.Profile is { } p ? p.Council.Split(' ')[0] : "Rat", comment),
            MotionKeys.Today => (German(context.Today), comment),
            MotionKeys.InTwoWeeks => (German(context.Today.AddDays(14)), comment),
            "{vorstand.name}" => board is null ? ("Hier steht der Name", comment) : (YamlScalar.Format(board.Name), comment),
            "{vorstand.funktion}" => board is null ? ("Hier steht die Funktion", "z. B. Fraktionsvorsitzende") : (YamlScalar.Format(board.Role), comment),
            _ => (value, comment),
        };
    }

    private static string German(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A key with a block text (<c>key: |</c> and the text indented below).</summary>
    private static void Block(StringBuilder y, int indent, string name, string text)
    {
        y.Append(' ', indent).Append(name).Append(" |\n");
        foreach (var line in text.Split('\n'))
        {
            y.Append(line.Length == 0 ? string.Empty : new string(' ', indent + 2) + line).Append('\n');
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
                $"run 'antrag new fraktion' to create {ProfileLocator.FileName} next to the motion (or in a folder above it)");
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
