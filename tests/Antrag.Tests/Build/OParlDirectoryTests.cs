using System.Text.Json;
using System.Text.Json.Nodes;
using Antrag.Build;
using Antrag.Export.OParl;

namespace Antrag.Tests.Build;

/// <summary>
/// The Organization and Person objects of an OParl build: every URL a Paper links to can be fetched from the output folder,
/// each object passes the spec's schema, and the set follows the motions as they are added and removed.
/// </summary>
public sealed class OParlDirectoryTests(OParlBuild build) : IClassFixture<OParlBuild>
{
    private static readonly string Base = OParlBuild.BaseUrl + "/";

    private JsonElement Read(string relative) => JsonDocument.Parse(File.ReadAllBytes(build.Box.Output(relative))).RootElement;

    private List<string> Papers() => build.Box.OutputFiles().Where(f => f.EndsWith(".oparl.json", StringComparison.Ordinal)).ToList();

    private List<string> Objects() => build.Box.OutputFiles().Where(f => f.StartsWith("oparl/", StringComparison.Ordinal)).ToList();

    /// <summary>Every organization and person URL in the papers (originators and the Gremien of the consultations).</summary>
    private HashSet<string> Linked()
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paper in Papers().Select(Read))
        {
            urls.UnionWith(paper.GetProperty("originatorPerson").EnumerateArray().Select(e => e.GetString()!));
            urls.UnionWith(paper.GetProperty("originatorOrganization").EnumerateArray().Select(e => e.GetString()!));
            foreach (var consultation in paper.GetProperty("consultation").EnumerateArray())
            {
                urls.UnionWith(consultation.GetProperty("organization").EnumerateArray().Select(e => e.GetString()!));
            }
        }

        return urls;
    }

    [Fact]
    public void Every_url_a_paper_links_to_is_an_object_in_the_output_folder_with_that_id_and_no_object_is_unlinked()
    {
        var linked = Linked();
        Assert.NotEmpty(linked);
        foreach (var url in linked)
        {
            Assert.StartsWith(Base + "oparl/", url, StringComparison.Ordinal);
            var relative = Uri.UnescapeDataString(url[Base.Length..]);
            Assert.True(File.Exists(build.Box.Output(relative)), url + " is not written");
            var obj = Read(relative);
            Assert.Equal(url, obj.GetProperty("id").GetString());
            Assert.Equal(
                OParlExporter.SchemaBase + (relative.StartsWith("oparl/person/", StringComparison.Ordinal) ? "Person" : "Organization"),
                obj.GetProperty("type").GetString());
        }

        // Memberships link to factions, which are objects too; nothing else is written.
        var memberships = Objects().Where(o => o.StartsWith("oparl/person/", StringComparison.Ordinal))
            .SelectMany(o => Read(o).GetProperty("membership").EnumerateArray().Select(m => m.GetProperty("organization").GetString()!));
        Assert.All(memberships, m => Assert.Contains(m, linked));
        Assert.Equal(linked.Order(StringComparer.Ordinal), Objects().Select(o => Base + o).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_object_has_the_required_fields_and_types_of_OParl_1_1()
    {
        Assert.NotEmpty(Objects());
        foreach (var file in Objects())
        {
            var type = file.StartsWith("oparl/person/", StringComparison.Ordinal) ? "Person" : "Organization";
            var errors = OParlSchema.Check(Read(file), type);
            Assert.True(errors is [], file + ":\n" + string.Join("\n", errors));
        }

        // The checker catches a broken membership.
        var broken = JsonDocument.Parse("""{"id":"https://x.example/p.json","type":"https://schema.oparl.org/1.1/Person","created":"2024-01-01T00:00:00Z","modified":"2024-01-01T00:00:00Z","membership":[{"type":"https://schema.oparl.org/1.1/Membership","organization":"nope"}]}""").RootElement;
        Assert.Equal(4, OParlSchema.Check(broken, "Person").Count); // no id, created, modified; organization no URL
    }

    [Fact]
    public void Factions_Gremien_and_the_council_are_told_apart()
    {
        var faction = Read("oparl/organization/fraktion-zukunft-musterstadt.json");
        Assert.Equal("Fraktion Zukunft Musterstadt", faction.GetProperty("name").GetString());
        Assert.Equal("Fraktion", faction.GetProperty("organizationType").GetString());
        Assert.Equal("Fraktion", faction.GetProperty("classification").GetString());

        var committee = Read("oparl/organization/ausschuss-fuer-mobilitaet-und-verkehr.json");
        Assert.Equal("Ausschuss für Mobilität und Verkehr", committee.GetProperty("name").GetString());
        Assert.Equal("Gremium", committee.GetProperty("organizationType").GetString());
        Assert.Equal("Ausschuss", committee.GetProperty("classification").GetString());

        var council = Read("oparl/organization/rat.json");
        Assert.Equal("Parlament", council.GetProperty("classification").GetString());
    }

    [Fact]
    public void A_signer_is_a_member_of_the_faction_they_sign_for_in_the_role_its_board_gives()
    {
        // Jonas Muster signs as "Verkehrspolitischer Sprecher", "Stellvertreter", …; the profile's vorstand says "Stellvertreter".
        var person = Read("oparl/person/jonas-muster.json");
        Assert.Equal("Jonas Muster", person.GetProperty("name").GetString());
        var membership = Assert.Single(person.GetProperty("membership").EnumerateArray());
        Assert.Equal(Base + "oparl/organization/fraktion-zukunft-musterstadt.json", membership.GetProperty("organization").GetString());
        Assert.Equal("Stellvertreter", membership.GetProperty("role").GetString());

        // A signer of the co-sponsoring faction is its member; a single council member files as a person of no faction.
        var other = Assert.Single(Read("oparl/person/peter-beispielmann.json").GetProperty("membership").EnumerateArray());
        Assert.Equal(Base + "oparl/organization/fraktion-gemeinsinn.json", other.GetProperty("organization").GetString());
        Assert.Empty(Read("oparl/person/clara-einzeln.json").GetProperty("membership").EnumerateArray());
    }

    [Fact]
    public void An_object_is_created_with_the_first_paper_that_names_it_and_modified_with_the_last()
    {
        var dates = Papers().Select(Read)
            .Where(p => p.GetProperty("originatorOrganization").EnumerateArray().Any(o => o.GetString() == Base + "oparl/organization/fraktion-zukunft-musterstadt.json"))
            .Select(p => p.GetProperty("date").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var faction = Read("oparl/organization/fraktion-zukunft-musterstadt.json");
        Assert.Equal(dates[0] + "T00:00:00Z", faction.GetProperty("created").GetString());
        Assert.Equal(dates[^1] + "T00:00:00Z", faction.GetProperty("modified").GetString());
        Assert.NotEqual(dates[0], dates[^1]);
    }

    [Fact]
    public void The_nichtoeffentliche_motion_names_nobody()
    {
        // Its Gremien and signers appear only if a public motion names them too.
        Assert.DoesNotContain("oparl/person/philibert-reuters.json", Objects());
        Assert.DoesNotContain(Objects(), o => o.Contains("krefeld", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Rat", "Parlament")]
    [InlineData("Rat der Stadt Krefeld", "Parlament")]
    [InlineData("Kreistag", "Parlament")]
    [InlineData("Haupt- und Finanzausschuss", "Ausschuss")]
    [InlineData("Ausschuss für Schule und Bildung", "Ausschuss")]
    [InlineData("Seniorenbeirat", "Beirat")]
    [InlineData("Bezirksvertretung Nord", "Bezirksvertretung")]
    [InlineData("Ratsgymnasium-Förderverein", null)]
    [InlineData("Stadtwerke GmbH", null)]
    public void A_Gremium_is_classified_only_where_its_name_says_what_it_is(string name, string? classification) =>
        Assert.Equal(classification, OParlExporter.Classify(name));
}

/// <summary>The OParl objects follow the motions from build to build.</summary>
public sealed class OParlDirectoryIncrementalTests
{
    [Fact]
    public void Objects_no_motion_names_any_more_are_removed_and_an_unchanged_build_rewrites_nothing()
    {
        using var box = BuildSandbox.WithSamples();
        BuildOptions Oparl(BuildOptions o) => o with { Formats = BuildFormats.Pdf | BuildFormats.OParl, BaseUrl = OParlBuild.BaseUrl };
        box.Build(Oparl);
        const string Youth = "oparl/organization/jugendhilfeausschuss.json";
        var written = File.GetLastWriteTimeUtc(box.Output(Youth));
        var motion = Directory.EnumerateFiles(box.Source, "*.yaml", SearchOption.AllDirectories)
            .Single(f => File.ReadAllText(f).Contains("gremium: Jugendhilfeausschuss", StringComparison.Ordinal));

        var (unchanged, _) = box.Build(Oparl);
        Assert.All(unchanged.Motions, m => Assert.Equal(MotionOutcome.Unchanged, m.Outcome));
        Assert.Equal(written, File.GetLastWriteTimeUtc(box.Output(Youth)));

        File.Delete(motion);
        box.Build(Oparl);
        Assert.False(File.Exists(box.Output(Youth)));
        Assert.True(File.Exists(box.Output("oparl/organization/rat.json")));

        // Without --format oparl, no OParl object is left behind.
        box.Build(o => o with { Formats = BuildFormats.Pdf });
        Assert.DoesNotContain(box.OutputFiles(), f => f.StartsWith("oparl/", StringComparison.Ordinal) || f.EndsWith(".oparl.json", StringComparison.Ordinal));
    }

    [Fact]
    public void A_build_killed_after_saving_its_state_but_before_the_index_and_oparl_files_is_repaired_by_the_next()
    {
        using var box = BuildSandbox.WithSamples();
        BuildOptions Oparl(BuildOptions o) => o with { Formats = BuildFormats.Pdf | BuildFormats.OParl, BaseUrl = OParlBuild.BaseUrl };
        box.Build(Oparl);
        var manifestPath = box.StateFile;
        var oldManifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        var oldIndex = File.ReadAllBytes(box.Output("index.json"));
        var oldHtml = File.ReadAllBytes(box.Output("index.html"));

        const string Motion = "musterstadt/antrag-schulwege.yaml";
        box.Write(Motion, File.ReadAllText(box.In(Motion)).Replace("unterzeichner:\n", "unterzeichner:\n  - name: Zora Neu\n", StringComparison.Ordinal));
        box.Build(Oparl);
        const string Zora = "oparl/person/zora-neu.json";
        Assert.True(File.Exists(box.Output(Zora)));

        // The state a kill leaves after a save during the build: the motion recorded, index and OParl files not yet written.
        File.Delete(box.Output(Zora));
        File.WriteAllBytes(box.Output("index.json"), oldIndex);
        File.WriteAllBytes(box.Output("index.html"), oldHtml);
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["index"] = oldManifest["index"]!.DeepClone();
        manifest["oparl"] = oldManifest["oparl"]!.DeepClone();
        manifest["complete"] = false;
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var (repaired, _) = box.Build(Oparl);
        Assert.All(repaired.Motions, m => Assert.Equal(MotionOutcome.Unchanged, m.Outcome));
        Assert.True(File.Exists(box.Output(Zora)), "the OParl person of the new signer was not written");
        Assert.Contains("Zora Neu", File.ReadAllText(box.Output("index.json")), StringComparison.Ordinal);
        Assert.True(JsonNode.Parse(File.ReadAllText(manifestPath))!["complete"]!.GetValue<bool>());
    }
}
