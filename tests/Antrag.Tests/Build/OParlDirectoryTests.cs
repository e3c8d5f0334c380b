using System.Text.Json;
using System.Text.Json.Nodes;
using Antrag.Build;
using Antrag.Export.OParl;
using Antrag.Tests.OParl;

namespace Antrag.Tests.Build;

/// <summary>
/// The Organization and Person objects of an OParl build: every URL a Paper links to can be fetched from the output folder,
/// each object passes the spec's schema, and the set follows the motions as they are added and removed.
/// </summary>
public sealed class OParlDirectoryTests(OParlBuild build) : IClassFixture<OParlBuild>
{
    private static readonly string Base = OParlBuild.BaseUrl + "/";

    private JsonElement Read(string relative) => JsonDocument.Parse(File.ReadAllBytes(build.Box.Output(relative))).RootElement;

    private List<string> Papers() => build.Box.OutputFiles().Where(OParlObjects.IsPaperFile).ToList();

    private List<string> Objects() => build.Box.OutputFiles().Where(f => f.StartsWith("oparl/", StringComparison.Ordinal)).ToList();

    /// <summary>Every URL below the base URL in <paramref name="element"/>, at any depth, with where it stands.</summary>
    private static IEnumerable<(string Path, string Url)> Links(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when element.GetString()!.StartsWith(Base, StringComparison.Ordinal):
                yield return (path, element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject().SelectMany(p => Links(p.Value, path + "." + p.Name)))
                {
                    yield return p;
                }

                break;
            case JsonValueKind.Array:
                foreach (var p in element.EnumerateArray().SelectMany((e, i) => Links(e, $"{path}[{i}]")))
                {
                    yield return p;
                }

                break;
        }
    }

    [Fact]
    public void Every_link_resolves_to_a_written_file_every_object_can_be_fetched_at_its_id_and_no_object_is_unlinked()
    {
        var files = build.Box.OutputFiles().Where(OParlObjects.IsObjectFile).ToList();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var checkedLinks = 0;
        foreach (var file in files)
        {
            foreach (var (path, url) in Links(Read(file)))
            {
                var relative = Uri.UnescapeDataString(url[Base.Length..]);
                Assert.True(File.Exists(build.Box.Output(relative)), $"{file} {path}: {url} is not written");
                checkedLinks++;
                if (path.EndsWith(".id", StringComparison.Ordinal) || path == "$.id")
                {
                    // An id, also of an embedded object: the object is written there, with that id.
                    Assert.Equal(url, Read(relative).GetProperty("id").GetString());
                }

                if (path != "$.id")
                {
                    linked.Add(relative);
                }
            }
        }

        Assert.True(checkedLinks > 100, checkedLinks + " links");

        // Organizations, persons and memberships are there because a paper or a person names them; nothing else is written.
        Assert.All(Objects(), o => Assert.Contains(o, linked));
    }

    [Fact]
    public void Two_cities_councils_of_the_same_name_are_two_organizations()
    {
        // All samples public: Krefeld's motion goes to its "Rat", Musterstadt's motions to theirs.
        using var box = BuildSandbox.WithSamples();
        box.Build(o => o with { Formats = BuildFormats.Pdf | BuildFormats.OParl, BaseUrl = OParlBuild.BaseUrl });
        JsonElement Object(string relative) => JsonDocument.Parse(File.ReadAllBytes(box.Output(relative))).RootElement;

        var krefeld = Object("krefeld/antrag-4493-23-A.oparl.json").GetProperty("consultation").EnumerateArray()
            .SelectMany(c => c.GetProperty("organization").EnumerateArray().Select(o => o.GetString()!)).ToList();
        var musterstadt = Object("musterstadt/antrag-radverkehrskonzept.oparl.json").GetProperty("consultation").EnumerateArray()
            .SelectMany(c => c.GetProperty("organization").EnumerateArray().Select(o => o.GetString()!)).ToList();
        Assert.Contains(Base + "oparl/organization/krefeld/rat.json", krefeld);
        Assert.Contains(Base + "oparl/organization/musterstadt/rat.json", musterstadt);
        Assert.DoesNotContain(krefeld, musterstadt.Contains);
        Assert.Equal("Rat", Object("oparl/organization/krefeld/rat.json").GetProperty("name").GetString());
        Assert.False(File.Exists(box.Output("oparl/organization/rat.json")));
    }

    [Fact]
    public void Factions_Gremien_and_the_council_are_told_apart()
    {
        var faction = Read("oparl/organization/musterstadt/fraktion-zukunft-musterstadt.json");
        Assert.Equal("Fraktion Zukunft Musterstadt", faction.GetProperty("name").GetString());
        Assert.Equal("Fraktion", faction.GetProperty("organizationType").GetString());
        Assert.Equal("Fraktion", faction.GetProperty("classification").GetString());

        var committee = Read("oparl/organization/musterstadt/ausschuss-fuer-mobilitaet-und-verkehr.json");
        Assert.Equal("Ausschuss für Mobilität und Verkehr", committee.GetProperty("name").GetString());
        Assert.Equal("Gremium", committee.GetProperty("organizationType").GetString());
        Assert.Equal("Ausschuss", committee.GetProperty("classification").GetString());

        var council = Read("oparl/organization/musterstadt/rat.json");
        Assert.Equal("Parlament", council.GetProperty("classification").GetString());
    }

    [Fact]
    public void A_signer_is_a_member_of_the_faction_they_sign_for_in_the_role_its_board_gives()
    {
        // Jonas Muster signs as "Verkehrspolitischer Sprecher", "Stellvertreter", …; the profile's vorstand says "Stellvertreter".
        var person = Read("oparl/person/jonas-muster.json");
        Assert.Equal("Jonas Muster", person.GetProperty("name").GetString());
        var membership = Assert.Single(person.GetProperty("membership").EnumerateArray());
        Assert.Equal(Base + "oparl/organization/musterstadt/fraktion-zukunft-musterstadt.json", membership.GetProperty("organization").GetString());
        Assert.Equal("Stellvertreter", membership.GetProperty("role").GetString());

        // A signer of the co-sponsoring faction is its member; a single council member files as a person of no faction.
        var other = Assert.Single(Read("oparl/person/peter-beispielmann.json").GetProperty("membership").EnumerateArray());
        Assert.Equal(Base + "oparl/organization/musterstadt/fraktion-gemeinsinn.json", other.GetProperty("organization").GetString());
        Assert.False(Read("oparl/person/clara-einzeln.json").TryGetProperty("membership", out _));

        // Embedded without the person; written at its id with the person, otherwise the same.
        Assert.False(membership.TryGetProperty("person", out _));
        var id = membership.GetProperty("id").GetString()!;
        Assert.Equal(Base + "oparl/membership/jonas-muster/musterstadt/fraktion-zukunft-musterstadt.json", id);
        var own = Read(id[Base.Length..]);
        Assert.Equal(Base + "oparl/person/jonas-muster.json", own.GetProperty("person").GetString());
        Assert.Equal(
            membership.EnumerateObject().Select(p => p.Name + "=" + System.Text.Json.Nodes.JsonNode.Parse(p.Value.GetRawText())!.ToJsonString()),
            own.EnumerateObject().Where(p => p.Name != "person").Select(p => p.Name + "=" + System.Text.Json.Nodes.JsonNode.Parse(p.Value.GetRawText())!.ToJsonString()));
    }

    [Fact]
    public void An_object_is_created_with_the_first_paper_that_names_it_and_modified_with_the_last()
    {
        var dates = Papers().Select(Read)
            .Where(p => p.TryGetProperty("originatorOrganization", out _) && p.GetProperty("originatorOrganization").EnumerateArray().Any(o => o.GetString() == Base + "oparl/organization/musterstadt/fraktion-zukunft-musterstadt.json"))
            .Select(p => p.GetProperty("date").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var faction = Read("oparl/organization/musterstadt/fraktion-zukunft-musterstadt.json");
        Assert.Equal(OParlTime.Midnight(dates[0]), faction.GetProperty("created").GetString());
        Assert.Equal(OParlTime.Midnight(dates[^1]), faction.GetProperty("modified").GetString());
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
        const string Youth = "oparl/organization/musterstadt/jugendhilfeausschuss.json";
        var written = File.GetLastWriteTimeUtc(box.Output(Youth));
        var motion = Directory.EnumerateFiles(box.Source, "*.yaml", SearchOption.AllDirectories)
            .Single(f => File.ReadAllText(f).Contains("gremium: Jugendhilfeausschuss", StringComparison.Ordinal));

        var (unchanged, _) = box.Build(Oparl);
        Assert.All(unchanged.Motions, m => Assert.Equal(MotionOutcome.Unchanged, m.Outcome));
        Assert.Equal(written, File.GetLastWriteTimeUtc(box.Output(Youth)));

        File.Delete(motion);
        box.Build(Oparl);
        Assert.False(File.Exists(box.Output(Youth)));
        Assert.True(File.Exists(box.Output("oparl/organization/musterstadt/rat.json")));

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
