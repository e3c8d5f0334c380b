namespace Antrag.Tests.Cli;

/// <summary>A temporary folder, deleted on dispose, optionally seeded with a copy of a sample folder.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "antrag-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static TempFolder WithCopyOf(string folder)
    {
        var temp = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(temp.Path, System.IO.Path.GetFileName(file)));
        }

        return temp;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);


    public string[] Files() => Directory.EnumerateFiles(Path).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
