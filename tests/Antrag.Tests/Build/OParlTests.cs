using System.Security.Cryptography;
using System.Text.Json;
using Antrag.Build;
using Antrag.Diagnostics;
using Antrag.Export.OParl;
using Antrag.Tests.OParl;

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

    public JsonElement Paper(string stem) => Object(stem + ".oparl.json");

    /// <summary>The OParl object written at <paramref name="relative"/> (a path below the output folder, not escaped).</summary>
    public JsonElement Object(string relative) => JsonDocument.Parse(File.ReadAllBytes(Box.Output(Uri.UnescapeDataString(relative)))).RootElement;

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
        var papers = build.Box.OutputFiles().Where(OParlObjects.IsPaperFile).Select(f => f[..^".oparl.json".Length]);
        var expected = build.Result.Motions.Select(m => m.Motion.OutputStem)
            .Where(s => s is not "krefeld/antrag-4493-23-A" and not "musterstadt/brief-antrag-buergerhaus")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, papers.Order(StringComparer.Ordinal));

        // The nichtöffentliche motion still gets its PDF, it is just not published.
        Assert.True(File.Exists(build.Box.Output("krefeld/antrag-4493-23-A.pdf")));
    }

    [Fact]
    public void Every_written_object_passes_the_official_OParl_1_1_schemas_and_the_rules_of_the_spec()
    {
        var objects = build.Box.OutputFiles().Where(OParlObjects.IsObjectFile).ToList();
        Assert.Contains(objects, f => f.EndsWith(".oparl-file.json", StringComparison.Ordinal));
        Assert.Contains(objects, f => f.Contains(".oparl-consultation-", StringComparison.Ordinal));
        Assert.Contains(objects, f => f.StartsWith("oparl/membership/", StringComparison.Ordinal));
        var violations = objects.SelectMany(f => OParlValidator.Violations(build.Object(f)).Select(v => f + ": " + v)).ToList();
        Assert.True(violations is [], string.Join("\n", violations));

        // The validator itself catches what it should: the official schema (type of size, the "url" format, a required
        // property) and the spec's rules (offset, created/modified, empty list, back-reference in an embedded object).
        var broken = JsonDocument.Parse("""
            {"id":"kein Link","type":"https://schema.oparl.org/1.1/Paper","created":"2024-09-02T00:00:00Z","originatorPerson":[],
             "mainFile":{"id":"https://x.example/f","type":"https://schema.oparl.org/1.1/File","size":"1","paper":["https://x.example/p"],
                         "created":"2024-09-02T00:00:00+02:00","modified":"2024-09-02T00:00:00+02:00"}}
            """).RootElement;
        var found = OParlValidator.Violations(broken);
        Assert.Contains(found, v => v.StartsWith("/id: format", StringComparison.Ordinal));
        Assert.Contains(found, v => v.StartsWith("/mainFile/size: type", StringComparison.Ordinal));
        Assert.Contains(found, v => v.StartsWith("/mainFile: required", StringComparison.Ordinal));
        Assert.Contains("$.created: '2024-09-02T00:00:00Z' is no date-time with an offset ±hh:mm", found);
        Assert.Contains("$: 'modified' missing (OParl 1.1 requires it of every object)", found);
        Assert.Contains("$.originatorPerson: empty list (OParl: properties without a value are left out)", found);
        Assert.Contains("$.mainFile.paper: an embedded File repeats the back-reference to its parent", found);
        Assert.Equal(7, found.Count);
    }

    [Theory]
    [InlineData("2024-03-30", "2024-03-30T00:00:00+01:00")] // the Saturday before the change
    [InlineData("2024-03-31", "2024-03-31T00:00:00+01:00")] // last Sunday of March: summer time starts at 02:00
    [InlineData("2024-04-01", "2024-04-01T00:00:00+02:00")]
    [InlineData("2024-10-27", "2024-10-27T00:00:00+02:00")] // last Sunday of October: winter time from 03:00
    [InlineData("2024-10-28", "2024-10-28T00:00:00+01:00")]
    [InlineData("2023-03-26", "2023-03-26T00:00:00+01:00")]
    [InlineData("2023-03-27", "2023-03-27T00:00:00+02:00")]
    public void Timestamps_are_German_midnight_with_its_offset(string date, string stamp) => Assert.Equal(stamp, OParlTime.Midnight(date));

    [Fact]
    public void The_paper_carries_the_motions_data()
    {
        var paper = build.Paper(Radverkehr);

        Assert.Equal(OParlBuild.BaseUrl + "/musterstadt/antrag-radverkehrskonzept.oparl.json", paper.GetProperty("id").GetString());
        Assert.Equal("Radverkehrskonzept 2030 für Musterstadt; hier: Lückenschluss im Radwegenetz, sichere Kreuzungen und Abstellanlagen", paper.GetProperty("name").GetString());
        Assert.Equal("0342/24", paper.GetProperty("reference").GetString());
        Assert.Equal("2024-09-02", paper.GetProperty("date").GetString());
        Assert.Equal("Antrag", paper.GetProperty("paperType").GetString());
        Assert.Equal([OParlBuild.BaseUrl + "/oparl/organization/musterstadt/fraktion-zukunft-musterstadt.json"], Strings(paper.GetProperty("originatorOrganization")));
        Assert.Equal(
            [OParlBuild.BaseUrl + "/oparl/person/dr-anna-beispiel.json", OParlBuild.BaseUrl + "/oparl/person/jonas-muster.json"],
            Strings(paper.GetProperty("originatorPerson")));
        Assert.Equal("2024-09-02T00:00:00+02:00", paper.GetProperty("created").GetString());
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
        Assert.Equal([OParlBuild.BaseUrl + "/oparl/organization/musterstadt/ausschuss-fuer-mobilitaet-und-verkehr.json"], Strings(consultations[0].GetProperty("organization")));

        // Embedded without the paper; each also written at its id, there with the paper, otherwise the same.
        Assert.All(consultations, c => Assert.False(c.TryGetProperty("paper", out _)));
        for (var i = 0; i < consultations.Count; i++)
        {
            var id = consultations[i].GetProperty("id").GetString()!;
            Assert.Equal(OParlBuild.BaseUrl + "/" + Radverkehr + ".oparl-consultation-" + (i + 1) + ".json", id);
            var own = build.Object(id[(OParlBuild.BaseUrl.Length + 1)..]);
            Assert.Equal(OParlBuild.BaseUrl + "/" + Radverkehr + ".oparl.json", own.GetProperty("paper").GetString());
            Assert.Equal(
                consultations[i].EnumerateObject().Select(p => p.Name + "=" + System.Text.Json.Nodes.JsonNode.Parse(p.Value.GetRawText())!.ToJsonString()),
                own.EnumerateObject().Where(p => p.Name != "paper").Select(p => p.Name + "=" + System.Text.Json.Nodes.JsonNode.Parse(p.Value.GetRawText())!.ToJsonString()));
        }
    }

    [Fact]
    public void The_main_file_describes_the_published_pdf()
    {
        foreach (var file in build.Box.OutputFiles().Where(OParlObjects.IsPaperFile))
        {
            var main = JsonDocument.Parse(File.ReadAllBytes(build.Box.Output(file))).RootElement.GetProperty("mainFile");
            var pdfPath = file[..^".oparl.json".Length] + ".pdf";
            var pdf = File.ReadAllBytes(build.Box.Output(pdfPath));

            Assert.Equal(OParlBuild.BaseUrl + "/" + OParlAddress.EscapePath(pdfPath), main.GetProperty("accessUrl").GetString());
            Assert.Equal(pdf.Length, main.GetProperty("size").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA512.HashData(pdf)), main.GetProperty("sha512Checksum").GetString());
            Assert.Equal("application/pdf", main.GetProperty("mimeType").GetString());
            Assert.Equal(Path.GetFileName(pdfPath), main.GetProperty("fileName").GetString());

            // No downloadUrl: OParl wants it served as an attachment, unlike accessUrl, which static files cannot do.
            Assert.False(main.TryGetProperty("downloadUrl", out _));
            Assert.False(main.TryGetProperty("paper", out _));
            var own = build.Object(file[..^".oparl.json".Length] + ".oparl-file.json");
            Assert.Equal(main.GetProperty("id").GetString(), own.GetProperty("id").GetString());
            Assert.Equal([OParlBuild.BaseUrl + "/" + OParlAddress.EscapePath(file)], Strings(own.GetProperty("paper")));
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
            [OParlBuild.BaseUrl + "/oparl/organization/musterstadt/fraktion-zukunft-musterstadt.json", OParlBuild.BaseUrl + "/oparl/organization/musterstadt/fraktion-gemeinsinn.json"],
            Strings(joint.GetProperty("originatorOrganization")));

        var single = build.Paper("einzelratsmitglied/antrag-sitzbaenke");
        Assert.False(single.TryGetProperty("originatorOrganization", out _));
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
