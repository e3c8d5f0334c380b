using Antrag.Diagnostics;
using Antrag.Read;

namespace Antrag;

/// <summary>
/// Validates motions and profiles without writing anything (<c>antrag check</c>): a motion goes through every step up to and
/// including layout (<see cref="Pipeline.Render(string)"/>, the same method <c>render</c> runs, which finds what does not fit on
/// a page), a <c>fraktion.yaml</c> is read as a profile and its logo and fonts are loaded.
/// </summary>
public static class Checker
{
    /// <summary>File extensions of motions looked for in folders.</summary>
    public static IReadOnlyList<string> MotionExtensions { get; } = [".yaml", ".yml", ".md"];

    /// <summary>Folders never searched: build output and installed packages (hidden folders are skipped too).</summary>
    public static IReadOnlyList<string> SkippedFolders { get; } = ["bin", "obj", "node_modules"];

    /// <summary>
    /// Checks every path (a file, or a folder searched recursively) and collects all problems, each reported once
    /// (a profile shared by several motions is not reported again for each of them). Exceptions thrown while checking
    /// a file are bugs in antrag; they are collected as <see cref="CheckResult.Failures"/> and the other files are still checked.
    /// </summary>
    public static CheckResult Check(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var diagnostics = new List<Diagnostic>();
        var seen = new HashSet<Diagnostic>();
        var failures = new List<(string, Exception)>();

        void Collect(DiagnosticBag bag)
        {
            foreach (var d in bag.Items)
            {
                if (seen.Add(d))
                {
                    diagnostics.Add(d);
                }
            }
        }

        foreach (var path in paths)
        {
            var found = new DiagnosticBag();
            var expanded = Expand(path, found);
            Collect(found);
            foreach (var file in expanded)
            {
                files.Add(file);
                var bag = new DiagnosticBag();
                try
                {
                    CheckFile(file, bag);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    failures.Add((file, ex));
                }

                Collect(bag);
            }
        }

        return new CheckResult(files, diagnostics, failures);
    }

    /// <summary>
    /// Checks one file (<paramref name="path"/> as the user should see it in messages): a <c>fraktion.yaml</c> as a profile,
    /// anything else as a motion. Returns false if an error was reported. Exceptions are bugs and are not caught here.
    /// </summary>
    public static bool CheckFile(string path, DiagnosticBag diagnostics)
    {
        var errorsBefore = Errors(diagnostics);
        bool done;
        if (IsProfile(path))
        {
            var profile = ProfileReader.Read(Path.GetFullPath(path), path, diagnostics);
            var files = profile is null ? [] : Pipeline.CheckProfileFiles(profile);
            diagnostics.AddRange(files);
            done = profile is not null && !files.Any(d => d.Severity == Severity.Error);
        }
        else
        {
            // Laid out too (not exported): only the layout finds a signer, a table row or a letterhead too tall for its page.
            using var rendered = diagnostics.Take(Pipeline.Render(path));
            done = rendered is not null;
        }

        var clean = Errors(diagnostics) == errorsBefore;
        if (!done && clean)
        {
            // A stage gave up without saying why: the user would see a failure without a message.
            throw new InvalidOperationException($"checking {path} stopped without reporting an error");
        }

        return clean;
    }

    private static int Errors(DiagnosticBag diagnostics) => diagnostics.Items.Count(d => d.Severity == Severity.Error);

    /// <summary>
    /// The files to check for <paramref name="path"/>: the file itself, or the motions and profiles in a folder and its subfolders
    /// (sorted; hidden files and folders, <c>bin</c>, <c>obj</c> and <c>node_modules</c> skipped; a <c>.md</c> file only if it starts
    /// with front matter and a YAML file only if it has a motion's keys, so that a README or a CI configuration is not taken for a
    /// motion). Reports paths that do not exist.
    /// </summary>
    public static IReadOnlyList<string> Expand(string path, DiagnosticBag diagnostics)
    {
        if (File.Exists(path))
        {
            return [IsProfile(path) ? DisplayPath.For(Path.GetFullPath(path)) : path];
        }

        if (!Directory.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, SourceSpan.InFile(path), "no such file or folder", "check the spelling; paths are relative to the current folder");
            return [];
        }

        var result = new List<string>();
        Walk(new DirectoryInfo(path), path, result, diagnostics, skipFolder: null, withProfiles: true);
        if (result.Count == 0)
        {
            diagnostics.Warning(DiagnosticCodes.NoMotions, 
                SourceSpan.InFile(path),
                "no motions found in this folder",
                "motions are .yaml, .yml or .md files (with front matter); fraktion.yaml is checked as the profile");
        }

        return result;
    }

    /// <summary>Whether the file is a faction profile (named <c>fraktion.yaml</c>).</summary>
    public static bool IsProfile(string path) =>
        string.Equals(Path.GetFileName(path), ProfileLocator.FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Adds the motions below <paramref name="folder"/> to <paramref name="result"/> as <paramref name="shownAs"/> joined with their
    /// relative paths, in ordinal order: hidden files and folders, <see cref="SkippedFolders"/>, linked folders and
    /// <paramref name="skipFolder"/> (a full path) are left out, <c>.md</c> files only with front matter, other YAML files only if
    /// <see cref="MotionSniffer"/> takes them for motions; profiles too when <paramref name="withProfiles"/>.
    /// Shared by <c>check</c> and <c>build</c>.
    /// </summary>
    internal static void Walk(DirectoryInfo folder, string shownAs, List<string> result, DiagnosticBag diagnostics, string? skipFolder, bool withProfiles)
    {
        // The folders are walked first; then the candidate motions are opened on all cores (opened one after the other,
        // 1,000 files held up the start of a build: 2 % of its time).
        var found = new List<(string Shown, string? Sniff)>();
        Collect(folder, shownAs, found, diagnostics, skipFolder, withProfiles, AllowedFolders.Of("the folder searched", folder.FullName));
        var keep = new bool[found.Count];
        Parallel.For(0, found.Count, i => keep[i] = found[i].Sniff is not { } path || MotionSniffer.LooksLikeMotion(path));
        for (var i = 0; i < found.Count; i++)
        {
            if (keep[i])
            {
                result.Add(found[i].Shown);
            }
        }
    }

    /// <summary>The entries of <see cref="Walk"/> in order: profiles to keep, and files to keep if they look like motions.</summary>
    private static void Collect(DirectoryInfo folder, string shownAs, List<(string Shown, string? Sniff)> result, DiagnosticBag diagnostics, string? skipFolder, bool withProfiles, AllowedFolders root)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = folder.GetFileSystemInfos();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.CannotRead, SourceSpan.InFile(shownAs), $"cannot read this folder: {ex.Message}");
            return;
        }

        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            var shown = shownAs is "." or "./" ? entry.Name : Path.Join(shownAs, entry.Name);
            switch (entry)
            {
                case DirectoryInfo sub when sub.LinkTarget is null && !SkippedFolders.Contains(sub.Name, StringComparer.OrdinalIgnoreCase)
                                            && !(skipFolder is not null && string.Equals(Path.TrimEndingDirectorySeparator(sub.FullName), skipFolder, PathComparison)):
                    Collect(sub, shown, result, diagnostics, skipFolder, withProfiles, root);
                    break;
                case FileInfo file when file.LinkTarget is { } target && (IsProfile(file.Name) || MotionExtensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase))
                                        && LinkResolver.Resolve(file.FullName) is var real && (real is null || !root.Contains(real)):
                    // A link found in the folder must stay inside it: a motion linked to a file elsewhere is not read.
                    diagnostics.Error(DiagnosticCodes.OutsideFolder, SourceSpan.InFile(DisplayPath.For(file.FullName)), $"this link leads outside {root.Description}", $"it leads to {target}; put the motion itself into the folder");
                    break;
                case FileInfo file when IsProfile(file.Name):
                    if (withProfiles)
                    {
                        result.Add((DisplayPath.For(file.FullName), null));
                    }

                    break;
                case FileInfo file when MotionExtensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase):
                    result.Add((shown, file.FullName));
                    break;
            }
        }
    }

    /// <summary>How paths are compared on this system.</summary>
    internal static StringComparison PathComparison => LinkResolver.PathComparison;
}
