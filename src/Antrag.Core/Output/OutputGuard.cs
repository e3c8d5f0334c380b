using Antrag.Diagnostics;

namespace Antrag.Output;

/// <summary>
/// Outputs never replace inputs: an output path is refused, with a coded diagnostic and before anything is written, when it
/// names a file the command reads (a motion, a profile, a template, an image, a font; links resolved), a file named
/// <c>fraktion.yaml</c> (it would become a profile), a folder or a special file (a device, a pipe, a socket), which renaming
/// an output into place would replace. Every command that writes asks it.
/// </summary>
public static class OutputGuard
{
    /// <summary>
    /// Why <paramref name="target"/> (as the user wrote it) cannot be written as a file, or null: it is a folder or a special
    /// file. <paramref name="option"/> names the option that gave it, for the hint.
    /// </summary>
    public static Diagnostic? NotAFile(string target, string option = "-o")
    {
        var at = SourceSpan.InFile(target);
        return FileKinds.Of(ResolvedPath.OfEntry(target)) switch
        {
            FileKind.Folder => new Diagnostic(DiagnosticCodes.OutputNotAFile, Severity.Error, at, "this is a folder; the output is a file", $"name the file with {option}, e.g. {option} {Path.TrimEndingDirectorySeparator(target)}/antrag.pdf"),
            FileKind.Special => new Diagnostic(DiagnosticCodes.OutputNotAFile, Severity.Error, at, "this is a device, pipe or socket, not a file; antrag would replace it with its output", $"name a file with {option}" + (option == "-o" ? "; to see the output on the terminal, use -o - with render" : string.Empty)),
            _ => null,
        };
    }

    /// <summary>
    /// Why <paramref name="target"/> (as the user wrote it) would replace one of <paramref name="inputs"/>, or null. Two paths
    /// are the same file when their folders, or the links in them, resolve to the same place.
    /// </summary>
    public static Diagnostic? Overwrites(string target, IEnumerable<InputFile> inputs, string option = "-o")
    {
        if (Checker.IsProfile(target))
        {
            return new Diagnostic(DiagnosticCodes.OutputClash, Severity.Error, SourceSpan.InFile(target), "fraktion.yaml is the name of the faction's profile; an output of that name would become one", $"choose another name with {option}");
        }

        var names = Names(target);
        return inputs.Where(i => Names(i.FullPath).Any(n => names.Any(t => ResolvedPath.Same(n, t)))).Select(i => Clash(target, i, option)).FirstOrDefault();
    }

    /// <summary>The refusal of <paramref name="target"/> (as the user wrote it) because it would replace <paramref name="input"/>.</summary>
    public static Diagnostic Clash(string target, InputFile input, string option = "-o") =>
        new(DiagnosticCodes.OutputClash, Severity.Error, SourceSpan.InFile(target), $"the output would overwrite {input.What}", $"choose another path with {option}: outputs never replace a motion, a profile, a template, an image or a font");

    /// <summary>The names under which a path reaches a file: its entry (folders resolved) and what that entry links to.</summary>
    public static string[] Names(string path) => [ResolvedPath.OfEntry(path), ResolvedPath.Of(path)];
}
