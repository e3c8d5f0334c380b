using System.Text;
using Antrag.Diagnostics;
using Antrag.Export;

namespace Antrag.Output;

/// <summary>The rules for a YAML file a command creates (<c>new</c>, <c>amend</c>): never over an existing file or the profile, always .yaml.</summary>
public static class NewFile
{
    /// <summary>
    /// Why <paramref name="target"/> cannot be written by <c>antrag <paramref name="command"/></c>, or null.
    /// <paramref name="why"/> says why the command never overwrites; <paramref name="what"/> names what it writes.
    /// </summary>
    public static Diagnostic? Refusal(string target, string command, string why, string what)
    {
        var at = SourceSpan.InFile(target);
        if (OutputGuard.NotAFile(target) is { } notAFile)
        {
            return notAFile;
        }

        if (File.Exists(target))
        {
            return new Diagnostic(DiagnosticCodes.NewFileExists, Severity.Error, at, $"the file already exists; antrag {command} never overwrites a file{why}", "choose another name with -o, or delete the file first");
        }

        if (Checker.IsProfile(target))
        {
            return new Diagnostic(DiagnosticCodes.OutputClash, Severity.Error, at, "fraktion.yaml is the name of the faction's profile, not of a motion", "choose another name with -o");
        }

        var extension = Path.GetExtension(target);
        return extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase)
            ? null
            : new Diagnostic(DiagnosticCodes.InvalidPath, Severity.Error, at, $"{what}; the file name must end in .yaml", $"e.g. -o {Path.ChangeExtension(Path.GetFileName(target), ".yaml")}");
    }

    /// <summary>
    /// Writes <paramref name="text"/> as a new file at <paramref name="target"/> (atomically, never over an existing file);
    /// null when written, else why it could not be.
    /// </summary>
    public static Diagnostic? Write(string target, string text, string command)
    {
        try
        {
            AtomicFile.WriteNew(target, Encoding.UTF8.GetBytes(text));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return File.Exists(target)
                ? new Diagnostic(DiagnosticCodes.NewFileExists, Severity.Error, SourceSpan.InFile(target), $"the file already exists; antrag {command} never overwrites a file", "choose another name with -o, or delete the file first")
                : new Diagnostic(DiagnosticCodes.CannotWrite, Severity.Error, SourceSpan.InFile(target), $"cannot write the file: {ex.Message}", "check that the folder exists and can be written to");
        }
    }
}
