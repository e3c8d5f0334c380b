using System.Text.Json;
using Antrag.Diagnostics;
using Antrag.Output;

namespace Antrag.Build;

/// <summary>
/// Reads and writes the state of the builds into one output folder (<see cref="BuildState"/>). A state that cannot be parsed,
/// or that describes another output folder, is reported as a warning and treated as none: everything is rendered again. A
/// state file that cannot be read or written at all (a folder in its place, no permission, a full disk) is an error.
/// </summary>
internal sealed class BuildStateStore(string filePath, string outputRoot, IBuildReporter reporter, BuildWriter write)
{
    /// <summary>The state file's full path.</summary>
    public string FilePath { get; } = Path.GetFullPath(filePath);

    /// <summary>The output folder as the state names it: relative to the state file's folder, with <c>/</c>.</summary>
    private string OutputKey => Path.GetRelativePath(Path.GetDirectoryName(FilePath)!, outputRoot).Replace('\\', '/');

    private SourceSpan At => SourceSpan.InFile(Read.DisplayPath.For(FilePath));

    /// <summary>
    /// The state of the last build, or an empty one; <c>MustSave</c> is true unless it was read complete (a missing, unreadable or
    /// interrupted state must be written again even if nothing is rendered). No state, and the error, when the state file cannot
    /// be read at all.
    /// </summary>
    public (BuildState? State, bool MustSave, Diagnostic? Error) Load()
    {
        byte[] bytes;
        switch (FileKinds.Of(FilePath))
        {
            case FileKind.Missing:
                return (Empty(), true, null);
            case FileKind.Folder or FileKind.Special:
                return (null, false, new Diagnostic(DiagnosticCodes.StateNotSaved, Severity.Error, At, "the build state must be a file, but this is a folder or a special file", "remove it, or give another file with --state"));
        }

        try
        {
            bytes = File.ReadAllBytes(FilePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, false, new Diagnostic(DiagnosticCodes.StateNotSaved, Severity.Error, At, $"the build state cannot be read: {ex.Message}", "check that the file can be read and written, or give another file with --state"));
        }

        try
        {
            var state = JsonSerializer.Deserialize(bytes, BuildJsonContext.Default.BuildState);
            if (state is not { Format: BuildState.CurrentFormat })
            {
                return (Empty(), true, null);
            }

            if (state.Output != OutputKey)
            {
                reporter.Problem(new Diagnostic(
                    DiagnosticCodes.StateUnreadable, Severity.Warning, At, $"the build state describes the output folder {state.Output}, not this one; every motion is rendered again",
                    "give each output folder its own --state"));
                return (Empty(), true, null);
            }

            // A state saved while a build was still running: its index and OParl files may lag behind its motions.
            return (state, !state.Complete, null);
        }
        catch (JsonException ex)
        {
            reporter.Problem(new Diagnostic(
                DiagnosticCodes.StateUnreadable, Severity.Warning, At, $"the build state cannot be read ({ex.Message}); every motion is rendered again",
                "the file is written by antrag build; do not edit it"));
            return (Empty(), true, null);
        }
    }

    /// <summary>
    /// Writes <paramref name="state"/> with the records of the files its motions, index and OParl files name.
    /// <paramref name="complete"/> is false for the saves during a build: a build killed after one of them has recorded new
    /// motions but not yet written the index and OParl files for them, and the next build must. Only the last save waits for
    /// the disk, and only its failure is reported (an error: the next build renders everything again); returns whether it was saved.
    /// </summary>
    public bool Save(BuildState state, FileStates files, bool complete)
    {
        var saved = new BuildState
        {
            Program = "antrag " + Pipeline.Version,
            Output = OutputKey,
            Source = state.Source,
            Index = state.Index,
            OParl = state.OParl,
            Combined = state.Combined,
            Complete = complete,
        };
        var wanted = new HashSet<string>(StringComparer.Ordinal) { Builder.IndexHtmlFileName, Builder.IndexJsonFileName };
        wanted.UnionWith(state.OParl.Keys);
        foreach (var (key, record) in state.Motions.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            saved.Motions[key] = record;
            wanted.UnionWith(record.Inputs.Keys);
            wanted.UnionWith(record.Outputs.Keys);
        }

        var folders = wanted.Where(k => k.EndsWith('/')).ToList();
        foreach (var (key, record) in files.Snapshot(k => wanted.Contains(k) || folders.Exists(f => k.StartsWith(f, StringComparison.Ordinal))).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            saved.Files[key] = record;
        }

        try
        {
            write([(FilePath, JsonSerializer.SerializeToUtf8Bytes(saved, BuildJsonContext.Default.BuildState))], complete);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (complete)
            {
                reporter.Problem(new Diagnostic(DiagnosticCodes.StateNotSaved, Severity.Error, At, $"the build state cannot be saved: {ex.Message}", "check that the folder can be written to and that the disk is not full; the next build renders every motion again"));
            }

            return false;
        }
    }

    private BuildState Empty() => new() { Output = OutputKey };
}
