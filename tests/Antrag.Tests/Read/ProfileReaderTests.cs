using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Read;

/// <summary>Reading <c>fraktion.yaml</c>: the typed profile, paths relative to its folder, and the checks on its values.</summary>
public sealed class ProfileReaderTests
{
    private const string ValidProfile = """
        # Briefkopf der Fraktion
        name: CDU-Fraktion
        rat: Rat der Stadt Krefeld
        stadt: Krefeld
        anschrift: [Von-der-Leyen-Platz 1 – Rathaus, 47798 Krefeld]
        telefon: 02151-862015
        telefax: 02151-862019
        vorstand:
          - funktion: Vorsitzender
            name: Philibert Reuters
          - funktion: Stellvertreterin
            name: Britta Oellers MdL
        email: cdu-fraktion@krefeld.de
        web: www.cdu-krefeld.de/fraktion
        logo: logo.svg
        logobreite: 32,5
        schriften:
          normal: fonts/X-Regular.ttf
          fett: fonts/X-Bold.ttf
          kursiv: fonts/X-Italic.ttf
          fettkursiv: fonts/X-BoldItalic.ttf
        akzentfarbe: "#1f4e79"
        kontaktblock: fusszeile
        """;

    private const string MinimalProfile = "name: CDU-Fraktion\nrat: Rat der Stadt Krefeld\nstadt: Krefeld\n";

    [Fact]
    public void Valid_profile_is_read_with_full_paths()
    {
        using var folder = new ScratchFolder();
        var file = folder.Write("fraktion.yaml", ValidProfile);
        var logo = folder.Write("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        var fonts = new[] { "Regular", "Bold", "Italic", "BoldItalic" }.Select(n => folder.Write($"fonts/X-{n}.ttf", "font")).ToArray();
        Directory.CreateDirectory(Path.Combine(folder.Path, "templates"));
        var diagnostics = new DiagnosticBag();

        var profile = ProfileReader.Read(file, "fraktion.yaml", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(profile);
        Assert.Equal("fraktion.yaml", profile.SourcePath);
        Assert.Equal("CDU-Fraktion", profile.Name);
        Assert.Equal("Rat der Stadt Krefeld", profile.Council);
        Assert.Equal("Krefeld", profile.City);
        Assert.Equal(["Von-der-Leyen-Platz 1 – Rathaus", "47798 Krefeld"], profile.Address);
        Assert.Equal("02151-862015", profile.Phone);
        Assert.Equal("02151-862019", profile.Fax);
        Assert.Equal([new BoardMember("Vorsitzender", "Philibert Reuters"), new BoardMember("Stellvertreterin", "Britta Oellers MdL")], profile.Board);
        Assert.Equal("cdu-fraktion@krefeld.de", profile.Email);
        Assert.Equal("www.cdu-krefeld.de/fraktion", profile.Web);
        Assert.Equal(logo, profile.LogoPath);
        Assert.Equal(32.5, profile.LogoWidthMm);
        Assert.Equal(new FontFiles(fonts[0], fonts[1], fonts[2], fonts[3]), profile.Fonts);
        Assert.Equal("#1f4e79", profile.AccentColor);
        Assert.Equal(ContactPlacement.Footer, profile.ContactPlacement);
        Assert.Equal(Path.Combine(folder.Path, "templates"), profile.TemplatesDirectory);
        Assert.Equal(new SourceSpan("fraktion.yaml", 15, 1, 15, 5), profile.Positions["logo"]);
        Assert.Equal(new SourceSpan("fraktion.yaml", 19, 3, 19, 7), profile.Positions["schriften.fett"]);
        Assert.Equal(new SourceSpan("fraktion.yaml", 12, 5, 12, 9), profile.Positions["vorstand[1].name"]);
    }

    [Fact]
    public void Minimal_profile_takes_the_defaults()
    {
        using var folder = new ScratchFolder();
        var file = folder.Write("fraktion.yaml", MinimalProfile);

        var profile = ProfileReader.Read(file, "fraktion.yaml", new DiagnosticBag());

        Assert.NotNull(profile);
        Assert.Empty(profile.Address);
        Assert.Empty(profile.Board);
        Assert.Null(profile.LogoPath);
        Assert.Equal(40, profile.LogoWidthMm);
        Assert.Same(FontFiles.Shipped, profile.Fonts);
        Assert.Equal("#000000", profile.AccentColor);
        Assert.Equal(ContactPlacement.Sidebar, profile.ContactPlacement);
        Assert.Null(profile.TemplatesDirectory);
    }

    [Fact]
    public void Address_may_be_a_block_list()
    {
        using var folder = new ScratchFolder();
        var file = folder.Write("fraktion.yaml", MinimalProfile + "anschrift:\n  - Marktplatz 1\n  - 12345 Musterstadt\n");

        var profile = ProfileReader.Read(file, "fraktion.yaml", new DiagnosticBag());

        Assert.NotNull(profile);
        Assert.Equal(["Marktplatz 1", "12345 Musterstadt"], profile.Address);
    }

    [Fact]
    public void Missing_logo_is_reported_at_the_key()
    {
        using var folder = new ScratchFolder();
        var file = folder.Write("fraktion.yaml", MinimalProfile + "logo: bilder/logo.svg\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ProfileReader.Read(file, "fraktion.yaml", diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceSpan("fraktion.yaml", 4, 1, 4, 5), error.Span);
        Assert.Equal("ANT1101", error.Code.Id);
        Assert.Contains(Path.Combine(folder.Path, "bilder", "logo.svg"), error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Logo_must_be_svg_or_png()
    {
        using var folder = new ScratchFolder();
        folder.Write("logo.jpg", "jpeg");
        var file = folder.Write("fraktion.yaml", MinimalProfile + "logo: logo.jpg\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ProfileReader.Read(file, "fraktion.yaml", diagnostics));

        Assert.Equal(
            ["fraktion.yaml(4,1): error ANT1007"],
            MotionReaderTests.Lines(diagnostics));
    }

    [Fact]
    public void Missing_font_file_is_reported_at_its_key()
    {
        using var folder = new ScratchFolder();
        folder.Write("fonts/X-Regular.ttf", "font");
        var file = folder.Write("fraktion.yaml", MinimalProfile + "schriften:\n  normal: fonts/X-Regular.ttf\n  fett: fonts/X-Bold.ttf\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ProfileReader.Read(file, "fraktion.yaml", diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceSpan("fraktion.yaml", 6, 3, 6, 7), error.Span);
        Assert.Equal("ANT1101", error.Code.Id);
    }

    [Theory]
    [InlineData("akzentfarbe: blau", "fraktion.yaml(4,1): error ANT1007")]
    [InlineData("akzentfarbe: \"#1f4e7\"", "fraktion.yaml(4,1): error ANT1007")]
    [InlineData("akzentfarbe: \"#1f4e7g\"", "fraktion.yaml(4,1): error ANT1007")]
    [InlineData("akzentfarbe: #1f4e79", "fraktion.yaml(4,1): error ANT1006")]
    public void Bad_colour_is_reported(string line, string expected)
    {
        using var folder = new ScratchFolder();
        var file = folder.Write("fraktion.yaml", MinimalProfile + line + "\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ProfileReader.Read(file, "fraktion.yaml", diagnostics));

        Assert.Equal([expected], MotionReaderTests.Lines(diagnostics));
    }

    [Theory]
    [InlineData("kontaktblock: Fußzeile")]
    [InlineData("kontaktblock: FUSSZEILE")]
    [InlineData("kontaktblock: fusszeile")]
    public void The_spellings_of_a_choice_are_accepted(string line)
    {
        using var folder = new ScratchFolder();
        var file = folder.Write("fraktion.yaml", MinimalProfile + line + "\n");
        var diagnostics = new DiagnosticBag();

        var profile = ProfileReader.Read(file, "fraktion.yaml", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(ContactPlacement.Footer, profile!.ContactPlacement);
    }

    [Theory]
    [InlineData("kontaktblock: oben", "fraktion.yaml(4,1): error ANT1007")]
    [InlineData("kontaktblock: Fuszeile", "fraktion.yaml(4,1): error ANT1007")]
    public void Unknown_kontaktblock_value_is_reported(string line, string expected)
    {
        using var folder = new ScratchFolder();
        var file = folder.Write("fraktion.yaml", MinimalProfile + line + "\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ProfileReader.Read(file, "fraktion.yaml", diagnostics));

        Assert.Equal([expected], MotionReaderTests.Lines(diagnostics));
    }

    [Theory]
    [InlineData("logobreite: 200")]
    [InlineData("logobreite: breit")]
    [InlineData("logobreite: 4")]
    public void Logo_width_must_be_a_number_in_range(string line)
    {
        using var folder = new ScratchFolder();
        var file = folder.Write("fraktion.yaml", MinimalProfile + line + "\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ProfileReader.Read(file, "fraktion.yaml", diagnostics));

        Assert.Equal("fraktion.yaml(4,13): error ANT1007", DiagnosticText.StartLine(Assert.Single(diagnostics.Items)));
    }

    [Fact]
    public void All_problems_of_a_profile_are_reported_together()
    {
        using var folder = new ScratchFolder();
        const string text = """
            name: CDU-Fraktion
            stadt: Krefeld
            telfon: 02151-862015
            vorstand:
              - funktion: Vorsitzender
            schriften:
              bold: fonts/X-Bold.ttf
            """;
        var file = folder.Write("fraktion.yaml", text);
        var diagnostics = new DiagnosticBag();

        Assert.Null(ProfileReader.Read(file, "fraktion.yaml", diagnostics));

        Assert.Equal(
            [
                "fraktion.yaml(1,1): error ANT1004",
                "fraktion.yaml(3,1): error ANT1003",
                "fraktion.yaml(5,5): error ANT1004",
                "fraktion.yaml(7,3): error ANT1003",
            ],
            MotionReaderTests.Lines(diagnostics));
    }

    [Fact]
    public void Empty_profile_names_its_required_keys()
    {
        using var folder = new ScratchFolder();
        var file = folder.Write("fraktion.yaml", "# noch leer\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ProfileReader.Read(file, "fraktion.yaml", diagnostics));

        Assert.Equal(
            ["fraktion.yaml(1,1): error ANT1010"],
            MotionReaderTests.Lines(diagnostics));
    }
}
