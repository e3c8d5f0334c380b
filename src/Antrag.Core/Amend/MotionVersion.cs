using Antrag.Diagnostics;
using Antrag.Read;

namespace Antrag.Amend;

/// <summary>Loads a version of a motion named on the command line: a file, or <c>REV:PATH</c>, a file as committed in git.</summary>
public static class MotionVersion
{
    /// <summary>
    /// Loads <paramref name="argument"/> with its profiles, and tells where it stands. A version from git is read as if it stood
    /// where PATH stands in the working tree (its profile and relative paths are found from there); its diagnostics name it as
    /// written. Null after errors.
    /// </summary>
    public static (LoadedMotion Loaded, string FullPath)? Load(string argument, DiagnosticBag diagnostics)
    {
        if (File.Exists(argument) || Directory.Exists(argument) || !GitRevision.IsRevisionPath(argument))
        {
            return diagnostics.Take(Pipeline.Load(argument)) is { } loaded ? (loaded, Path.GetFullPath(argument)) : null;
        }

        if (GitRevision.Show(argument, Environment.CurrentDirectory, diagnostics) is not { } shown)
        {
            return null;
        }

        if (shown.Bytes.Length > 2 * 1024 * 1024)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceSpan.InFile(argument), $"the file is too large ({shown.Bytes.Length / 1024} KB); a motion has a few kilobytes", "check that you named the right file");
            return null;
        }

        // Read under the working tree's name, so that relative paths (signature images) resolve; then name it as written.
        var local = DisplayPath.For(shown.WorkingTreePath);
        var read = new DiagnosticBag();
        var motion = MotionReader.Read(shown.Bytes, local, read);
        diagnostics.AddRange(read.Items.Select(d => d.Span.File == local ? d with { Span = d.Span with { File = argument } } : d));
        if (motion is null)
        {
            return null;
        }

        motion = motion with
        {
            SourcePath = argument,
            Positions = motion.Positions.ToDictionary(p => p.Key, p => p.Value with { File = argument }, StringComparer.Ordinal),
        };
        return diagnostics.Take(Pipeline.Load(motion, shown.WorkingTreePath)) is { } fromGit ? (fromGit, shown.WorkingTreePath) : null;
    }
}
