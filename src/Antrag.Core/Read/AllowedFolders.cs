namespace Antrag.Read;

/// <summary>
/// The folders a file may lie in once its links are followed, and how messages name them ("the templates folder"). The
/// project of a file is the git working tree it lies in: the nearest folder at or above it that holds <c>.git</c>.
/// </summary>
internal sealed class AllowedFolders
{
    /// <summary>The name of the entry that marks the top of a git working tree (a folder, or a file in a worktree).</summary>
    private const string GitEntry = ".git";

    private AllowedFolders(IReadOnlyList<string> folders, string description)
    {
        Folders = folders;
        Description = description;
    }

    /// <summary>The allowed folders, with their links followed.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>How messages name the allowed place, e.g. "the templates folder" or "the repository".</summary>
    public string Description { get; }

    /// <summary>Whether <paramref name="realPath"/> (links followed) lies in one of the folders.</summary>
    public bool Contains(string realPath) => Folders.Any(f => LinkResolver.IsInside(realPath, f));

    /// <summary>The folders <paramref name="folders"/> (full paths) under one name.</summary>
    public static AllowedFolders Of(string description, params IEnumerable<string> folders) =>
        new(folders.Select(f => LinkResolver.Resolve(Path.GetFullPath(f)) ?? Path.GetFullPath(f)).Distinct(StringComparer.Ordinal).ToList(), description);

    /// <summary>The project (git working tree) <paramref name="folder"/> lies in, or null outside any: then files may lie anywhere.</summary>
    public static AllowedFolders? Project(string folder) =>
        ProjectFolder(folder) is { } root ? Of("the repository", root) : null;

    /// <summary>The project <paramref name="folder"/> lies in, or the folder itself (and its subfolders) outside any project.</summary>
    public static AllowedFolders ProjectOr(string folder, string description) =>
        Project(folder) ?? Of(description, folder);

    /// <summary>All folders of <paramref name="parts"/> together, named as they are when all have one name, else <paramref name="description"/>.</summary>
    public static AllowedFolders Union(string description, params IEnumerable<AllowedFolders> parts)
    {
        var list = parts.ToList();
        var names = list.Select(p => p.Description).Distinct(StringComparer.Ordinal).ToList();
        return new(list.SelectMany(p => p.Folders).Distinct(StringComparer.Ordinal).ToList(), names.Count == 1 ? names[0] : description);
    }

    /// <summary>The nearest folder at or above <paramref name="folder"/> holding <c>.git</c>, or null.</summary>
    public static string? ProjectFolder(string folder)
    {
        for (var current = Path.GetFullPath(folder); current is not null; current = Path.GetDirectoryName(current))
        {
            var marker = Path.Join(current, GitEntry);
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return current;
            }
        }

        return null;
    }
}
