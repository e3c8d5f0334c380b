namespace Antrag.Tests.Read;

/// <summary>Finds the spec-like case files in <c>tests/Antrag.Tests/Read/Cases</c> from the test assembly's location.</summary>
public static class ReadCases
{
    /// <summary>The full path of the Cases folder in the source tree.</summary>
    public static string Folder { get; } = FindFolder();

    /// <summary>The names of all cases (NAME for each NAME.yaml), sorted.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    /// <summary>The text of a case file, with LF line ends.</summary>
    public static string ReadText(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName)).Replace("\r\n", "\n");

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Antrag.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "Antrag.Tests", "Read", "Cases");
            }
        }

        throw new InvalidOperationException("Antrag.sln not found above " + AppContext.BaseDirectory);
    }
}
