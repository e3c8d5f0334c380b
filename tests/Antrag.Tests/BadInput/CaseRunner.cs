using System.Text.RegularExpressions;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.BadInput;

/// <summary>
/// Runs <c>antrag check</c> or <c>antrag render</c> on one input through the real program, with the case folder as working
/// directory, and describes the outcome as the case files do: the lines printed to stderr, then <c>exit: N</c>.
/// Fails the test on a hang, a crash (exit 2, stack trace) and on any file a failed run leaves behind.
/// </summary>
public static partial class CaseRunner
{
    /// <summary>The longest a single run may take; far above what any case needs.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The placeholder for the case folder's absolute path in expected output.</summary>
    public const string FolderPlaceholder = "{dir}";

    /// <summary>Runs <c>antrag COMMAND INPUT [OPTIONS]</c> in <paramref name="folder"/>; returns stderr (LF, folder replaced by {dir}) and the exit line.</summary>
    public static string Run(string folder, string command, string input, out CliRunner.Result result, params string[] options)
    {
        var before = Listing(folder);
        var run = Task.Run(() => CliRunner.Run(folder, [command, input, .. options]));
        if (!run.Wait(Timeout))
        {
            Assert.Fail($"'antrag {command} {input}' did not finish within {Timeout.TotalSeconds} s (in {folder})");
        }

        result = run.Result;
        var stderr = Normalize(result.StdErr, folder);
        Assert.False(result.ExitCode == 2, $"'antrag {command} {input}' failed internally (exit 2):\n{result.StdErr}");
        Assert.False(StackFrame().IsMatch(result.StdErr), $"'antrag {command} {input}' printed a stack trace:\n{result.StdErr}");
        if (result.ExitCode != 0)
        {
            Assert.True(before.SequenceEqual(Listing(folder)), $"'antrag {command} {input}' failed but changed the folder:\nbefore: {string.Join(", ", before)}\nafter:  {string.Join(", ", Listing(folder))}");
        }

        return (stderr.Length == 0 ? string.Empty : stderr + "\n") + "exit: " + result.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>LF line ends, no trailing line break, the folder's absolute path replaced by {dir}.</summary>
    public static string Normalize(string text, string folder) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace(folder, FolderPlaceholder, StringComparison.Ordinal).TrimEnd('\n');

    /// <summary>Every file and folder below <paramref name="folder"/> with its size, sorted.</summary>
    public static List<string> Listing(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(folder, p) + (File.Exists(p) ? " " + new FileInfo(p).Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : "/"))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Checks the summary line <c>check</c> writes to stdout against the diagnostics it printed.</summary>
    public static void AssertSummary(CliRunner.Result check)
    {
        var errors = Regex.Matches(check.StdErr, @": error ANT\d{4}: ").Count;
        var warnings = Regex.Matches(check.StdErr, @": warning ANT\d{4}: ").Count;
        var summary = check.StdOut.Trim();
        Assert.Matches(@"^checked \d+ files?: \d+ errors?, \d+ warnings?$", summary);
        Assert.Contains($": {errors} error", summary, StringComparison.Ordinal);
        Assert.EndsWith($", {warnings} warning" + (warnings == 1 ? string.Empty : "s"), summary, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s+at \S", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
