using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Antrag.Diagnostics;

namespace Antrag.Amend;

/// <summary>
/// A motion as committed in git, named <c>REV:PATH</c> as <c>git show</c> takes it (<c>HEAD~1:motions/x.yaml</c>): PATH is
/// relative to the top of the repository, or to the current folder when it starts with <c>./</c> or <c>../</c>.
/// </summary>
public static partial class GitRevision
{
    /// <summary>Whether <paramref name="argument"/> names a file in a git revision rather than a file (a Windows drive letter is a file).</summary>
    public static bool IsRevisionPath(string argument) => Pattern().IsMatch(argument) && !DriveLetter().IsMatch(argument);

    /// <summary>
    /// The bytes of the file <paramref name="argument"/> names, read with git in <paramref name="folder"/>, and where the file stands in
    /// the working tree; null after reporting why git could not give it (not a repository, unknown revision, no such file).
    /// </summary>
    public static (byte[] Bytes, string WorkingTreePath)? Show(string argument, string folder, DiagnosticBag diagnostics)
    {
        var match = Pattern().Match(argument);
        var (revision, path) = (match.Groups[1].Value, match.Groups[2].Value);
        var at = SourceSpan.InFile(argument);
        var top = Run(folder, diagnostics, at, "rev-parse", "--show-toplevel");
        if (top is null)
        {
            return null;
        }

        if (top.Value.ExitCode != 0)
        {
            diagnostics.Error(DiagnosticCodes.Git, at, $"cannot read '{revision}:{path}' from git: {GitMessage(top.Value.Error)}", "run antrag amend inside the git repository of the motion, or give the base version as a file");
            return null;
        }

        // The size first: a motion's version is read whole, and a blob of gigabytes must not be.
        var size = Run(folder, diagnostics, at, "cat-file", "-s", argument);
        if (size is { ExitCode: 0 } && long.TryParse(System.Text.Encoding.UTF8.GetString(size.Value.Output).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bytes)
            && bytes > InputLimits.MotionBytes)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, at, $"'{argument}' is larger than {InputLimits.Describe(InputLimits.MotionBytes)}; a motion has a few kilobytes", "check that the right file is named; docs/limits.md lists the limits");
            return null;
        }

        var blob = Run(folder, diagnostics, at, "cat-file", "blob", argument);
        if (blob is null)
        {
            return null;
        }

        if (blob.Value.ExitCode != 0)
        {
            diagnostics.Error(DiagnosticCodes.Git, at, $"git cannot show '{argument}': {GitMessage(blob.Value.Error)}", "name a commit, branch or tag (e.g. HEAD~1, main) and the file's path from the top of the repository, e.g. HEAD~1:motions/antrag.yaml");
            return null;
        }

        var root = System.Text.Encoding.UTF8.GetString(top.Value.Output).Trim();
        var relative = path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith("../", StringComparison.Ordinal) ? folder : root;
        return (blob.Value.Output, Path.GetFullPath(Path.Combine(relative, path)));
    }

    /// <summary>git's message without its "fatal: " prefix, first line only.</summary>
    private static string GitMessage(string error)
    {
        var line = error.Replace("\r", string.Empty).Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "git failed";
        return line.StartsWith("fatal: ", StringComparison.Ordinal) ? line["fatal: ".Length..] : line;
    }

    private static (int ExitCode, byte[] Output, string Error)? Run(string folder, DiagnosticBag diagnostics, SourceSpan at, params string[] args)
    {
        var psi = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(psi)!;
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                diagnostics.Error(DiagnosticCodes.Git, at, "git did not answer within a minute", "check the repository with 'git status'");
                return null;
            }

            copy.Wait();
            return (process.ExitCode, output.ToArray(), error.Result);
        }
        catch (Win32Exception ex)
        {
            diagnostics.Error(DiagnosticCodes.Git, at, $"git could not be started: {ex.Message}", "install git (and put it on the PATH), or give the base version as a file");
            return null;
        }
    }

    /// <summary>REV:PATH, REV without white space or colon.</summary>
    [GeneratedRegex(@"^([^:\s]+):(.+)$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[A-Za-z]:[\\/]")]
    private static partial Regex DriveLetter();
}
