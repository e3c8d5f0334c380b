namespace Antrag.Output;

/// <summary>A file a command reads, by full path, with what it is for messages: "the motion itself", "the profile fraktion.yaml", "the font Sans.ttf".</summary>
public readonly record struct InputFile(string FullPath, string What)
{
    /// <summary>
    /// Every file <paramref name="loaded"/> was read from (see <see cref="MotionDependencies"/>): the motion, its profiles, the
    /// templates in their template folders, the logos, fonts and signature images.
    /// </summary>
    public static List<InputFile> Of(LoadedMotion loaded, string motionFullPath)
    {
        var result = new List<InputFile>();
        foreach (var (path, isFolder) in MotionDependencies.Of(loaded, motionFullPath))
        {
            if (isFolder)
            {
                if (Directory.Exists(path))
                {
                    result.AddRange(Directory.EnumerateFiles(path).Select(Describe));
                }
            }
            else if (path == motionFullPath)
            {
                result.Add(new InputFile(path, "the motion itself"));
            }
            else if (File.Exists(path))
            {
                result.Add(Describe(path));
            }
        }

        return result;
    }

    /// <summary>The input at <paramref name="path"/> as "the profile a/fraktion.yaml", "the template templates/antrag.sbn", "the image logo.svg", "the font Sans.ttf" or "the input x".</summary>
    public static InputFile Describe(string path)
    {
        var shown = Read.DisplayPath.For(path);
        var what = Checker.IsProfile(path) ? "the profile"
            : Path.GetExtension(path).Equals(".sbn", StringComparison.OrdinalIgnoreCase) ? "the template"
            : Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".svg" or ".png" or ".jpg" or ".jpeg" => "the image",
                ".ttf" or ".otf" or ".ttc" => "the font",
                _ => "the input",
            };
        return new InputFile(path, what + " " + shown);
    }
}
