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
                    result.AddRange(Directory.EnumerateFiles(path).Select(f => new InputFile(f, "the template " + Read.DisplayPath.For(f))));
                }
            }
            else if (path == motionFullPath)
            {
                result.Add(new InputFile(path, "the motion itself"));
            }
            else if (File.Exists(path))
            {
                result.Add(new InputFile(path, Describe(path)));
            }
        }

        return result;
    }

    /// <summary>"the profile a/fraktion.yaml", "the image logo.svg", "the font Sans.ttf" or "the input x".</summary>
    private static string Describe(string path)
    {
        var shown = Read.DisplayPath.For(path);
        if (Checker.IsProfile(path))
        {
            return "the profile " + shown;
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".svg" or ".png" or ".jpg" or ".jpeg" => "the image " + shown,
            ".ttf" or ".otf" or ".ttc" => "the font " + shown,
            _ => "the input " + shown,
        };
    }
}
