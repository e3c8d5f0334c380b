namespace Antrag.Build;

/// <summary>A motion file found by a build: where it is, its path below the build folder (with <c>/</c>), and how messages name it.</summary>
public sealed record MotionSource(string FullPath, string RelativePath, string DisplayPath)
{
    /// <summary>The output path without extension, relative to the output folder: <c>a/b.yaml</c> → <c>a/b</c>.</summary>
    public string OutputStem
    {
        get
        {
            var slash = RelativePath.LastIndexOf('/');
            var name = RelativePath[(slash + 1)..];
            var dot = name.LastIndexOf('.');
            return RelativePath[..(slash + 1)] + (dot > 0 ? name[..dot] : name);
        }
    }
}
