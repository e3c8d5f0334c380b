using System.Security.Cryptography;
using System.Text.Json;
using Antrag.Build;
using Antrag.Diagnostics;
using Antrag.Export.OParl;

namespace Antrag.Tests.Build;

/// <summary>The samples built once with <c>--format pdf,oparl</c>; the Krefeld motion made nichtöffentlich, one motion in a folder with a space and umlauts.</summary>
public sealed class OParlBuild : IDisposable
{
    public const string BaseUrl = "https://fraktion.example/antraege";

    public OParlBuild()
    {
        Box = BuildSandbox.WithSamples();
        var krefeld = Box.In("krefeld/antrag-4493-23-A.yaml");
        File.WriteAllText(krefeld, File.ReadAllText(krefeld).Replace("oeffentlich: true", "oeffentlich: false", StringComparison.Ordinal));
        Box.Write("Anträge 2025/antrag für alle.yaml", File.ReadAllText(Box.In("musterstadt/antrag-schulwege.yaml")) + "profil: ../musterstadt\n");
        Result = Box.Build(o => o with { Formats = BuildFormats.Pdf | BuildFormats.OParl, BaseUrl = BaseUrl }).Result;
    }

    public BuildSandbox Box { get; }

    public BuildResult Result { get; }

    public JsonElement Paper(string stem) => JsonDocument.Parse(File.ReadAllBytes(Box.Output(stem + ".oparl.json"))).RootElement;

    public void Dispose() => Box.Dispose();
}

/// <summary><c>--format oparl</c>: one OParl 1.1 Paper per public motion, checked against the spec's required fields and types.</summary>
public sealed class OParlTests(OParlBuild build) : IClassFixture<OParlBuild>
{
    private const string Radverkehr = "musterstadt/antrag-radverkehrskonzept";

    [Fact]
    public void Every_public_dated_motion_that_is_no_draft_gets_a_paper_and_no_other()
    {
        Assert.All(build.Result.Motions, m => Assert.Equal(MotionOutcome.Rendered, m.Outcome));
        var papers = build.Box.OutputFiles().Where(f => f.EndsWith(".oparl.json", StringComparison.Ordinal)).Select(f => f[..^".oparl.json".Length]);
        var expected = build.Result.Motions.Select(m => m.Motion.OutputStem)
            .Where(s => s is not "krefeld/antrag-4493-23-A" and not "musterstadt/brief-antrag-buergerhaus")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, papers.Order(StringComparer.Ordinal));

        // The nichtöffentliche motion still gets its PDF, it is just not published.
        Assert.True(File.Exists(build.Box.Output("krefeld/antrag-4493-23-A.pdf")));
    }

    [Fact]
    public void Every_paper_has_the_required_fields_and_types_of_OParl_1_1()
    {
        foreach (var file in build.Box.OutputFiles().Where(f => f.EndsWith(".oparl.json", StringComparison.Ordinal)))
        {
            var paper = JsonDocument.Parse(File.ReadAllBytes(build.Box.Output(file))).RootElement;
            Assert.True(OParlSchema.Check(paper, "Paper") is [], file + ":\n" + string.Join("\n", OParlSchema.Check(paper, "Paper")));
        }

        // The checker itself catches what it should.
        var broken = JsonDocument.Parse("""{"id":"kein Link","type":"https://schema.oparl.org/1.1/Paper","date":"02.09.2024","mainFile":{"id":"https://x.example/f","type":"https://schema.oparl.org/1.1/File","size":"1"},"created":"2024-09-02"}""").RootElement;
        Assert.Equal(
            [
                "$: required field 'modified' missing",
                "$.id: not a valid Url: \"kein Link\"",
                "$.date: not a valid Date: \"02.09.2024\"",
                "$.mainFile: required field 'accessUrl' missing",
                "$.mainFile: required field 'created' missing",
                "$.mainFile: required field 'modified' missing",
                "$.mainFile.size: not a valid Integer: \"1\"",
                "$.created: not a valid DateTime: \"2024-09-02\"",
            ],
            OParlSchema.Check(broken, "Paper"));
    }

    [Fact]
    public void The_paper_carries_the_motions_data()
    {
        var paper = build.Paper(Radverkehr);

        Assert.Equal(OParlBuild.BaseUrl + "/musterstadt/antrag-radverkehrskonzept.oparl.json", paper.GetProperty("id").GetString());
        Assert.Equal("Radverkehrskonzept 2030 für Musterstadt; hier: Lückenschluss im Radwegenetz, sichere Kreuzungen und Abstellanlagen", paper.GetProperty("name").GetString());
        Assert.Equal("0342/24", paper.GetProperty("reference").GetString());
        Assert.Equal("2024-09-02", paper.GetProperty("date").GetString());
        Assert.Equal("Antrag", paper.GetProperty("paperType").GetString());
        Assert.Equal([OParlBuild.BaseUrl + "/oparl/organization/fraktion-zukunft-musterstadt.json"], Strings(paper.GetProperty("originatorOrganization")));
        Assert.Equal(
            [OParlBuild.BaseUrl + "/oparl/person/dr-anna-beispiel.json", OParlBuild.BaseUrl + "/oparl/person/jonas-muster.json"],
            Strings(paper.GetProperty("originatorPerson")));
        Assert.Equal("2024-09-02T00:00:00Z", paper.GetProperty("created").GetString());
    }

    [Fact]
    public void Consultations_follow_the_Beratungsfolge()
    {
        var consultations = build.Paper(Radverkehr).GetProperty("consultation").EnumerateArray().ToList();

        Assert.Equal(
            [
                ("Ausschuss für Mobilität und Verkehr", "2024-09-17", "vorberatend", false),
                ("Haupt- und Finanzausschuss", "2024-09-24", "vorberatend", false),
                ("Rat", "2024-10-01", "beschließend", true),
            ],
            consultations.Select(c => (
                c.GetProperty("antrag:organizationName").GetString(),
                c.GetProperty("antrag:meetingDate").GetString(),
                c.GetProperty("role").GetString(),
                c.GetProperty("authoritative").GetBoolean())));
        Assert.Equal([OParlBuild.BaseUrl + "/oparl/organization/ausschuss-fuer-mobilitaet-und-verkehr.json"], Strings(consultations[0].GetProperty("organization")));
        Assert.All(consultations, c => Assert.Equal(OParlBuild.BaseUrl + "/musterstadt/antrag-radverkehrskonzept.oparl.json", c.GetProperty("paper").GetString()));
        Assert.Equal(3, consultations.Select(c => c.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public void The_main_file_describes_the_published_pdf()
    {
        foreach (var file in build.Box.OutputFiles().Where(f => f.EndsWith(".oparl.json", StringComparison.Ordinal)))
        {
            var main = JsonDocument.Parse(File.ReadAllBytes(build.Box.Output(file))).RootElement.GetProperty("mainFile");
            var pdfPath = file[..^".oparl.json".Length] + ".pdf";
            var pdf = File.ReadAllBytes(build.Box.Output(pdfPath));

            Assert.Equal(OParlBuild.BaseUrl + "/" + OParlAddress.EscapePath(pdfPath), main.GetProperty("accessUrl").GetString());
            Assert.Equal(pdf.Length, main.GetProperty("size").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA512.HashData(pdf)), main.GetProperty("sha512Checksum").GetString());
            Assert.Equal("application/pdf", main.GetProperty("mimeType").GetString());
            Assert.Equal(Path.GetFileName(pdfPath), main.GetProperty("fileName").GetString());
        }
    }

    [Fact]
    public void Paths_are_percent_encoded_in_addresses()
    {
        var paper = build.Paper("Anträge 2025/antrag für alle");

        Assert.Equal(OParlBuild.BaseUrl + "/Antr%C3%A4ge%202025/antrag%20f%C3%BCr%20alle.oparl.json", paper.GetProperty("id").GetString());
        Assert.Equal(OParlBuild.BaseUrl + "/Antr%C3%A4ge%202025/antrag%20f%C3%BCr%20alle.pdf", paper.GetProperty("mainFile").GetProperty("accessUrl").GetString());
        Assert.Equal("antrag für alle.pdf", paper.GetProperty("mainFile").GetProperty("fileName").GetString());
    }

    [Fact]
    public void Joint_motions_name_every_faction_and_a_single_member_is_a_person()
    {
        var joint = build.Paper("musterstadt/resolution-krankenhaus");
        Assert.Equal(
            [OParlBuild.BaseUrl + "/oparl/organization/fraktion-zukunft-musterstadt.json", OParlBuild.BaseUrl + "/oparl/organization/fraktion-gemeinsinn.json"],
            Strings(joint.GetProperty("originatorOrganization")));

        var single = build.Paper("einzelratsmitglied/antrag-sitzbaenke");
        Assert.Empty(Strings(single.GetProperty("originatorOrganization")));
        Assert.Contains(OParlBuild.BaseUrl + "/oparl/person/clara-einzeln.json", Strings(single.GetProperty("originatorPerson")));
    }

    [Fact]
    public void The_index_links_the_paper()
    {
        var entry = JsonDocument.Parse(File.ReadAllBytes(build.Box.Output("index.json"))).RootElement.GetProperty("antraege").EnumerateArray()
            .Single(e => e.GetProperty("quelle").GetString() == "musterstadt/antrag-radverkehrskonzept.yaml");
        Assert.Equal(Radverkehr + ".oparl.json", entry.GetProperty("oparl").GetString());
        Assert.Contains($"<a href=\"{Radverkehr}.oparl.json\">OParl</a>", File.ReadAllText(build.Box.Output("index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Oparl_needs_an_absolute_base_url()
    {
        using var box = BuildSandbox.WithSamples();

        var missing = box.Build(o => o with { Formats = BuildFormats.OParl }).Result.Refusals;
        Assert.Equal("--format oparl needs --base-url", missing[0].Message);
        var relative = box.Build(o => o with { Formats = BuildFormats.OParl, BaseUrl = "antraege/" }).Result.Refusals;
        Assert.Equal("'antraege/' is not an http(s) address", relative[0].Message);
    }

    [Theory]
    [InlineData("beschließend", true)]
    [InlineData("Beschlussfassung", true)]
    [InlineData("Entscheidung", true)]
    [InlineData("vorberatend", false)]
    [InlineData("Kenntnisnahme", false)]
    [InlineData("Anhörung", false)]
    public void Only_deciding_consultations_are_authoritative(string role, bool authoritative) =>
        Assert.Equal(authoritative, OParlExporter.IsAuthoritative(role));

    [Theory]
    [InlineData("Ausschuss für Mobilität und Verkehr", "ausschuss-fuer-mobilitaet-und-verkehr")]
    [InlineData("Dr. Anna Beispiel", "dr-anna-beispiel")]
    [InlineData("  Straßen- & Café-Ausschuss ", "strassen-cafe-ausschuss")]
    [InlineData("Ω", "n-cea9")]
    [InlineData("Łódź Ærø Œuvre", "lodz-aero-oeuvre")]
    [InlineData("Nguyễn Thị Ánh", "nguyen-thi-anh")]
    public void Names_become_readable_url_segments(string name, string slug) =>
        Assert.Equal(slug, OParlAddress.Slug(name));

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();
}
