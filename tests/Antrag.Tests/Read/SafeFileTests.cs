using Antrag.Read;
using Antrag.Tests.Cli;

namespace Antrag.Tests.Read;

/// <summary>
/// The door every input file passes (<see cref="SafeFile"/>): links are followed folder by folder as the system does, a
/// file must end up inside the allowed folders and be a regular file, and no more than the limit plus one byte is read.
/// The cases with links run where links can be made without privileges (Linux, macOS).
/// </summary>
public sealed class SafeFileTests
{
    private static readonly bool Links = !OperatingSystem.IsWindows();

    [Fact]
    public void A_link_that_stays_inside_the_allowed_folder_is_read()
    {
        if (!Links)
        {
            return;
        }

        using var dir = new TempFolder();
        Directory.CreateDirectory(dir.File("templates/teile"));
        File.WriteAllText(dir.File("templates/teile/kopf.sbn"), "Kopf");
        File.CreateSymbolicLink(dir.File("templates/_kopf.sbn"), "teile/../teile/kopf.sbn");

        var (bytes, refusal) = SafeFile.Read(dir.File("templates/_kopf.sbn"), 1024, AllowedFolders.Of("the templates folder", dir.File("templates")));

        Assert.Null(refusal);
        Assert.Equal("Kopf"u8.ToArray(), bytes);
    }

    [Fact]
    public void A_linked_folder_that_leads_outside_is_seen_through()
    {
        if (!Links)
        {
            return;
        }

        using var dir = new TempFolder();
        Directory.CreateDirectory(dir.File("geheim"));
        File.WriteAllText(dir.File("geheim/token.sbn"), "ghp_0123456789");
        Directory.CreateDirectory(dir.File("templates"));
        Directory.CreateSymbolicLink(dir.File("templates/teile"), "../geheim");

        var (bytes, refusal) = SafeFile.Read(dir.File("templates/teile/token.sbn"), 1024, AllowedFolders.Of("the templates folder", dir.File("templates")));

        Assert.Null(bytes);
        Assert.Equal("ANT1110", refusal?.Code.Id);
    }

    [Fact]
    public void Links_in_a_circle_are_refused()
    {
        if (!Links)
        {
            return;
        }

        using var dir = new TempFolder();
        File.CreateSymbolicLink(dir.File("a.yaml"), "b.yaml");
        File.CreateSymbolicLink(dir.File("b.yaml"), "a.yaml");

        Assert.Equal("ANT1104", SafeFile.Read(dir.File("a.yaml"), 1024, null).Refusal?.Code.Id);
    }

    [Fact]
    public void A_device_that_reports_no_bytes_is_refused_after_reading_one()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        Assert.Equal("ANT1111", SafeFile.Read("/dev/zero", InputLimits.FontBytes, null).Refusal?.Code.Id);
    }

    [Fact]
    public void An_empty_file_is_empty_and_a_file_over_the_limit_is_refused()
    {
        using var dir = new TempFolder();
        File.WriteAllBytes(dir.File("leer.yaml"), []);
        File.WriteAllBytes(dir.File("voll.yaml"), new byte[1025]);

        Assert.Empty(SafeFile.Read(dir.File("leer.yaml"), 1024, null).Bytes!);
        Assert.Equal(1025, SafeFile.Read(dir.File("voll.yaml"), 1025, null).Bytes?.Length);
        Assert.Equal("ANT1103", SafeFile.Read(dir.File("voll.yaml"), 1024, null).Refusal?.Code.Id);
    }

    [Fact]
    public void A_path_that_leaves_the_allowed_folder_by_dots_is_refused()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(dir.File("repo"));
        File.WriteAllText(dir.File("logo.svg"), "<svg/>");

        var refusal = SafeFile.Read(dir.File("repo/../logo.svg"), 1024, AllowedFolders.Of("the repository", dir.File("repo"))).Refusal;

        Assert.Equal("ANT1110", refusal?.Code.Id);
    }
}
