namespace Antrag.Tests.Infrastructure;

/// <summary>Locates folders of the repository (samples, goldens) from the test assembly's location.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the first folder upwards that holds Antrag.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Goldens => Path.Combine(Root, "tests", "Antrag.Tests", "Goldens");

    /// <summary>The text layer of the reference motion's PDF (a copy of the seed 000_e8de27b99dc1bc0f.txt).</summary>
    public static string Seed => Path.Combine(Root, "tests", "Antrag.Tests", "Fixtures", "reference-4493-23-A.txt");

    public static string Sample(params string[] parts) => Path.Combine([Samples, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Antrag.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Antrag.sln not found above " + AppContext.BaseDirectory);
    }
}
