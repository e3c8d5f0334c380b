using Antrag.Build;
using Antrag.Tests.Cli;

namespace Antrag.Tests.Build;

/// <summary><see cref="OutputFolder"/> alone: writing only what changed, deleting outputs and the folders they leave empty, never outside.</summary>
public sealed class OutputFolderTests
{
    private static OutputFolder Folder(TempFolder dir, out FileStates files)
    {
        Directory.CreateDirectory(dir.File("out"));
        files = new FileStates(dir.File("out"), new Dictionary<string, FileRecord>());
        return new OutputFolder(dir.File("out"), files, Antrag.Export.AtomicFile.WriteAll);
    }

    [Fact]
    public void A_file_with_the_same_bytes_is_not_written_again()
    {
        using var dir = new TempFolder();
        var folder = Folder(dir, out var files);
        var path = dir.File("out/index.html");

        var hash = folder.WriteIfChanged(path, "<p>1</p>"u8.ToArray());
        File.SetLastWriteTimeUtc(path, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(hash, folder.WriteIfChanged(path, "<p>1</p>"u8.ToArray()));
        Assert.Equal(2020, File.GetLastWriteTimeUtc(path).Year);

        folder.WriteIfChanged(path, "<p>2</p>"u8.ToArray());
        Assert.Equal("<p>2</p>", File.ReadAllText(path));
        Assert.Equal(FileStates.Sha256("<p>2</p>"u8.ToArray()), files.Hash(path));
    }

    [Fact]
    public void Deleting_outputs_removes_the_folders_they_leave_empty_and_nothing_outside()
    {
        using var dir = new TempFolder();
        var folder = Folder(dir, out _);
        Directory.CreateDirectory(dir.File("out/a/b"));
        File.WriteAllText(dir.File("out/a/b/x.pdf"), "x");
        File.WriteAllText(dir.File("out/a/y.pdf"), "y");
        File.WriteAllText(dir.File("draussen.pdf"), "z");

        folder.Delete(["a/b/x.pdf", "../draussen.pdf"]);

        Assert.False(Directory.Exists(dir.File("out/a/b")));
        Assert.True(File.Exists(dir.File("out/a/y.pdf")));
        Assert.True(File.Exists(dir.File("draussen.pdf")));
        folder.Delete(["a/y.pdf"]);
        Assert.False(Directory.Exists(dir.File("out/a")));
        Assert.True(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public void Only_temporary_files_of_atomic_writes_are_removed()
    {
        using var dir = new TempFolder();
        Folder(dir, out _);
        File.WriteAllText(dir.File("out/.a.pdf.0123abcd.tmp"), "halb");
        File.WriteAllText(dir.File("out/.gitignore"), "*");

        OutputFolder.RemoveTemporaryFiles(dir.File("out"));

        Assert.Equal([".gitignore"], Directory.EnumerateFiles(dir.File("out")).Select(Path.GetFileName));
    }
}
