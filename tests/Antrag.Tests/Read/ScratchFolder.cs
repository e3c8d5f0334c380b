namespace Antrag.Tests.Read;

/// <summary>A temporary folder for one test, deleted when disposed.</summary>
public sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "antrag-read-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Writes a text file (LF line ends, UTF-8 without BOM) below the folder and returns its full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes raw bytes below the folder and returns the file's full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder does not fail a test.
        }
    }
}
