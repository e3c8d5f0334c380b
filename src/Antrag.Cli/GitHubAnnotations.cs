using System.Globalization;
using System.Text;
using Antrag.Diagnostics;

namespace Antrag.Cli;

/// <summary>
/// Writes diagnostics as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=ANT1003::message</c>) so that they appear
/// on the lines of a pull request. Paths are made relative to the repository (<c>GITHUB_WORKSPACE</c>, else the current folder).
/// </summary>
public static class GitHubAnnotations
{
    /// <summary>Whether the environment is a GitHub Actions run (<c>GITHUB_ACTIONS=true</c>).</summary>
    public static bool IsActive(Func<string, string?> environment) =>
        string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The workflow command for <paramref name="diagnostic"/>; the hint follows the message on a new line.</summary>
    public static string Format(Diagnostic diagnostic, string repositoryRoot)
    {
        var at = diagnostic.Span;
        var properties = new StringBuilder("file=").Append(EscapeProperty(RelativePath(at.File, repositoryRoot)));
        if (at.Line > 0)
        {
            properties.Append(",line=").Append(at.Line.ToString(CultureInfo.InvariantCulture))
                .Append(",col=").Append(at.Column.ToString(CultureInfo.InvariantCulture));
            if (at.EndLine > 0)
            {
                properties.Append(",endLine=").Append(at.EndLine.ToString(CultureInfo.InvariantCulture))
                    .Append(",endColumn=").Append(at.EndColumn.ToString(CultureInfo.InvariantCulture));
            }
        }

        properties.Append(",title=").Append(diagnostic.Code.Id);

        var message = diagnostic.Hint is null ? diagnostic.Message : diagnostic.Message + "\nhint: " + diagnostic.Hint;
        var command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Note => "notice",
            _ => "warning",
        };
        return "::" + command + " " + properties + "::" + EscapeData(message);
    }

    /// <summary>Escapes a message: <c>%</c>, CR and LF as <c>%25</c>, <c>%0D</c>, <c>%0A</c>.</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value: as <see cref="EscapeData"/>, and <c>:</c> and <c>,</c> as <c>%3A</c> and <c>%2C</c>.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary><paramref name="file"/> relative to <paramref name="root"/> with <c>/</c>, or as given when it lies outside.</summary>
    public static string RelativePath(string file, string root)
    {
        if (file.Length == 0)
        {
            return file;
        }

        var relative = Path.GetRelativePath(root, Path.GetFullPath(file));
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative).Replace('\\', '/');
    }
}
