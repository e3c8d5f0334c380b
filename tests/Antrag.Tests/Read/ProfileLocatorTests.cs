using Antrag.Diagnostics;
using Antrag.Read;

namespace Antrag.Tests.Read;

/// <summary>Finding the profile: walking up from the motion's folder, an explicit <c>profil:</c>, and none at all.</summary>
public sealed class ProfileLocatorTests
{
    private const string Motion = "datum: 28.02.2023\nbetreff: B\nbeschlussentwurf: E\n";

    [Fact]
    public void Walks_up_to_the_nearest_profile()
    {
        using var folder = new ScratchFolder();
        var profile = folder.Write("fraktion.yaml", "name: X\n");
        folder.Write("weit/weg/fraktion.yaml", "name: Y\n");
        var motionFile = folder.Write("2023/rat/antrag.yaml", Motion);
        var diagnostics = new DiagnosticBag();

        var located = ProfileLocator.Locate(ReadMotion(motionFile), motionFile, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(located);
        Assert.Equal(profile, located.Value.FullPath);
        Assert.Equal(profile, Path.GetFullPath(located.Value.DisplayPath));
    }

    [Fact]
    public void Takes_the_profile_next_to_the_motion_first()
    {
        using var folder = new ScratchFolder();
        folder.Write("fraktion.yaml", "name: X\n");
        var near = folder.Write("rat/fraktion.yaml", "name: Y\n");
        var motionFile = folder.Write("rat/antrag.yaml", Motion);

        var located = ProfileLocator.Locate(ReadMotion(motionFile), motionFile, new DiagnosticBag());

        Assert.Equal(near, located?.FullPath);
    }

    [Fact]
    public void Explicit_profil_is_relative_to_the_motion()
    {
        using var folder = new ScratchFolder();
        folder.Write("antraege/fraktion.yaml", "name: nearest\n");
        var named = folder.Write("profile/cdu.yaml", "name: X\n");
        var motionFile = folder.Write("antraege/antrag.yaml", Motion + "profil: ../profile/cdu.yaml\n");

        var located = ProfileLocator.Locate(ReadMotion(motionFile), motionFile, new DiagnosticBag());

        Assert.Equal(named, located?.FullPath);
    }

    [Fact]
    public void Explicit_profil_may_name_a_folder()
    {
        using var folder = new ScratchFolder();
        var named = folder.Write("profil/fraktion.yaml", "name: X\n");
        var motionFile = folder.Write("antrag.yaml", Motion + "profil: profil\n");

        var located = ProfileLocator.Locate(ReadMotion(motionFile), motionFile, new DiagnosticBag());

        Assert.Equal(named, located?.FullPath);
    }

    [Fact]
    public void Missing_explicit_profil_is_reported_at_the_key()
    {
        using var folder = new ScratchFolder();
        folder.Write("fraktion.yaml", "name: X\n");
        var motionFile = folder.Write("antrag.yaml", Motion + "profil: ../fraktion.yaml\n");
        var diagnostics = new DiagnosticBag();

        var located = ProfileLocator.Locate(ReadMotion(motionFile), motionFile, diagnostics);

        Assert.Null(located);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceSpan("antrag.yaml", 4, 1, 4, 7), error.Span);
        Assert.Equal("ANT3001", error.Code.Id);
        Assert.Contains(Path.GetFullPath(Path.Combine(folder.Path, "..", "fraktion.yaml")), error.Hint);
    }

    [Fact]
    public void None_found_names_the_folder_and_how_to_fix_it()
    {
        using var folder = new ScratchFolder();
        var motionFile = folder.Write("antrag.yaml", Motion);
        var diagnostics = new DiagnosticBag();

        // Only meaningful when no fraktion.yaml sits above the temp folder.
        for (var above = Directory.GetParent(folder.Path); above is not null; above = above.Parent)
        {
            if (File.Exists(Path.Combine(above.FullName, ProfileLocator.FileName)))
            {
                return;
            }
        }

        var located = ProfileLocator.Locate(ReadMotion(motionFile), motionFile, diagnostics);

        Assert.Null(located);
        Assert.Equal(
            [
                "antrag.yaml: error ANT3001",
            ],
            MotionReaderTests.Lines(diagnostics));
    }

    private static Motion ReadMotion(string file)
    {
        var diagnostics = new DiagnosticBag();
        var motion = MotionReader.Read(file, Path.GetFileName(file), diagnostics);
        Assert.Empty(diagnostics.Items);
        return motion!;
    }
}
