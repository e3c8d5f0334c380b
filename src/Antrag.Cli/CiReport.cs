using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Antrag.Diagnostics;
using Antrag.Export;

namespace Antrag.Cli;

/// <summary>
/// Where the diagnostics of a command (check, render, build, amend) go in CI besides standard error: under GitHub Actions
/// (<c>GITHUB_ACTIONS=true</c>) each one at once as a workflow annotation on standard output, and with
/// <c>--report gitlab=FILE.json</c> all of them into a GitLab code-quality report (Code Climate's format: description,
/// check_name, fingerprint, severity, location.path, location.lines.begin), written when the command ends, also when there
/// was nothing to report (an empty list). The command line sets one for the run (<see cref="Use"/>); the printer adds to it.
/// </summary>
public sealed class CiReport
{
    /// <summary>The option's name.</summary>
    public const string OptionName = "--report";

    private const string GitLabPrefix = "gitlab=";

    private static readonly AsyncLocal<CiReport?> Ambient = new();

    private readonly Lock gate = new();
    private readonly List<Diagnostic> collected = [];
    private readonly TextWriter? annotations;
    private readonly string annotationRoot;
    private readonly string? gitLabFile;
    private readonly string gitLabRoot;

    private CiReport(TextWriter? annotations, string annotationRoot, string? gitLabFile, string gitLabRoot)
    {
        this.annotations = annotations;
        this.annotationRoot = annotationRoot;
        this.gitLabFile = gitLabFile;
        this.gitLabRoot = gitLabRoot;
    }

    /// <summary>The report of the command running now, if any.</summary>
    public static CiReport? Current => Ambient.Value;

    /// <summary>
    /// The report for a run in <paramref name="environment"/>: annotations on <paramref name="stdout"/> under GitHub Actions
    /// (paths relative to <c>GITHUB_WORKSPACE</c>), a GitLab report at <paramref name="report"/>'s file if given (paths
    /// relative to <c>CI_PROJECT_DIR</c>); both relative to the current folder where the variable is not set.
    /// </summary>
    public static CiReport For(Func<string, string?> environment, TextWriter stdout, string? report) => new(
        GitHubAnnotations.IsActive(environment) ? stdout : null,
        environment("GITHUB_WORKSPACE") ?? Environment.CurrentDirectory,
        report is null ? null : report[GitLabPrefix.Length..],
        environment("CI_PROJECT_DIR") ?? Environment.CurrentDirectory);

    /// <summary>Makes <paramref name="report"/> the current one until the result is disposed.</summary>
    public static IDisposable Use(CiReport report)
    {
        var previous = Ambient.Value;
        Ambient.Value = report;
        return new Scope(() => Ambient.Value = previous);
    }

    /// <summary>The <c>--report gitlab=FILE.json</c> option of the commands that report diagnostics.</summary>
    public static Option<string?> Option()
    {
        var option = new Option<string?>(OptionName)
        {
            Description = "Also write the diagnostics as a GitLab code-quality report (artifacts: reports: codequality), e.g. --report gitlab=gl-code-quality-report.json. Under GitHub Actions they are annotations anyway.",
            HelpName = "gitlab=FILE.json",
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>() ?? string.Empty;
            if (!value.StartsWith(GitLabPrefix, StringComparison.Ordinal) || !value.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || value.Length <= GitLabPrefix.Length + ".json".Length)
            {
                result.AddError($"{OptionName} takes gitlab=FILE.json (a GitLab code-quality report); got '{value}'");
            }
        });
        return option;
    }

    /// <summary>Reports <paramref name="diagnostic"/>: an annotation at once, and into the GitLab report.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (gate)
        {
            annotations?.WriteLine(GitHubAnnotations.Format(diagnostic, annotationRoot));
            if (gitLabFile is not null)
            {
                collected.Add(diagnostic);
            }
        }
    }

    /// <summary>Writes the GitLab report, if one was asked for; false (after printing ANT6001) when it cannot be written.</summary>
    public bool Save(TextWriter stderr)
    {
        if (gitLabFile is null)
        {
            return true;
        }

        if (Output.OutputGuard.NotAFile(gitLabFile, OptionName) is { } refusal)
        {
            DiagnosticPrinter.Print([refusal], stderr, report: false);
            return false;
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(gitLabFile));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            lock (gate)
            {
                AtomicFile.Write(gitLabFile, GitLabCodeQuality(collected, gitLabRoot));
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DiagnosticPrinter.Print([new Diagnostic(DiagnosticCodes.CannotWrite, Severity.Error, SourceSpan.InFile(gitLabFile), $"cannot write the GitLab report: {ex.Message}", "check that the folder can be written to and that the disk is not full")], stderr, report: false);
            return false;
        }
    }

    /// <summary>
    /// The diagnostics as a GitLab code-quality report: a JSON array, one object per diagnostic in the order reported, with a
    /// fingerprint (SHA-256 of code, path, place and message) that stays the same while the problem does.
    /// </summary>
    public static byte[] GitLabCodeQuality(IEnumerable<Diagnostic> diagnostics, string root)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var d in diagnostics)
            {
                var path = GitHubAnnotations.RelativePath(d.Span.File, root);
                var description = d.Hint is null ? d.Message : d.Message + " (hint: " + d.Hint + ")";
                var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                    string.Join('\n', d.Code.Id, path, d.Span.Line, d.Span.Column, d.Message))));
                if (!seen.Add(fingerprint))
                {
                    continue;
                }

                json.WriteStartObject();
                json.WriteString("description", description);
                json.WriteString("check_name", d.Code.Id);
                json.WriteString("fingerprint", fingerprint);
                json.WriteString("severity", d.Severity switch { Severity.Error => "major", Severity.Note => "info", _ => "minor" });
                json.WriteStartObject("location");
                json.WriteString("path", path.Length == 0 ? "." : path);
                json.WriteStartObject("lines");
                json.WriteNumber("begin", Math.Max(1, d.Span.Line));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
