using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Antrag.Cli;
using Antrag.Read;
using Antrag.Schemas;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;
using Json.Schema;

namespace Antrag.Tests.Schemas;

/// <summary>
/// Keeps the JSON Schemas in <c>schemas/</c> and the reader in agreement: every key the reader knows is in the schema at the
/// same place (and required where the reader requires it), every sample is valid under the schema, and the samples point to it.
/// </summary>
public sealed class SchemaAgreementTests
{
    public static TheoryData<string> SampleFiles() => new(
        Directory.EnumerateFiles(RepoPaths.Samples, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepoPaths.Samples, "*.md", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}ci{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoPaths.Samples, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_is_valid_under_its_schema(string sample)
    {
        var file = Path.Combine(RepoPaths.Samples, sample);
        var text = File.ReadAllText(file);
        var isProfile = Path.GetFileName(file) == "fraktion.yaml";
        if (sample.EndsWith(".md", StringComparison.Ordinal))
        {
            text = FrontMatter.ToYaml(text.Replace("\r\n", "\n", StringComparison.Ordinal), new ReadContext(sample))!;
        }

        var schema = isProfile ? Compiled["fraktion.schema.json"] : MotionSchemaFor(Path.GetDirectoryName(file)!);
        var result = schema
            .Evaluate(YamlToJson.Element(text), new EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        Assert.True(result.IsValid, sample + ":\n" + string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_yaml_sample_names_its_schema_on_the_first_line(string sample)
    {
        if (!sample.EndsWith(".yaml", StringComparison.Ordinal))
        {
            return;
        }

        var file = Path.Combine(RepoPaths.Samples, sample);
        var first = File.ReadLines(file).First();
        const string prefix = "# yaml-language-server: $schema=";
        Assert.StartsWith(prefix, first, StringComparison.Ordinal);
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, first[prefix.Length..]));
        Assert.Equal(Path.Combine(RepoPaths.Root, "schemas", Path.GetFileName(file) == "fraktion.yaml" ? "fraktion.schema.json" : "antrag.schema.json"), target);
    }

    [Fact]
    public void The_schema_catches_a_misspelt_key_and_a_wrong_type()
    {
        var schema = Compiled["antrag.schema.json"];
        Assert.True(schema.Evaluate(YamlToJson.Element("betreff: B\ndatum: 28.02.2023\nbeschlussentwurf: E\n")).IsValid);
        Assert.False(schema.Evaluate(YamlToJson.Element("betreff: B\nbegruendug: x\n")).IsValid);
        Assert.True(schema.Evaluate(YamlToJson.Element("betreff: B\ndatum: 28.02.2023\nbeschlussentwurf: E\noeffentlich: ja\n")).IsValid);
        Assert.False(schema.Evaluate(YamlToJson.Element("betreff: B\ndatum: 28.02.2023\nbeschlussentwurf: E\noeffentlich: vielleicht\n")).IsValid);
        Assert.False(schema.Evaluate(YamlToJson.Element("betreff: B\ndatum: 31.02.2024\nbeschlussentwurf: E\n")).IsValid);
        Assert.False(schema.Evaluate(YamlToJson.Element("betreff: B\ndatum: 2024-11-12\nbeschlussentwurf: E\n")).IsValid);
        Assert.False(schema.Evaluate(YamlToJson.Element("betreff: B\nunterzeichner:\n  - funktion: X\n")).IsValid);
    }

    [Fact]
    public void The_schema_command_writes_the_schemas_of_the_repository()
    {
        using var dir = new TempFolder();
        var output = Path.Combine(dir.Path, "out");
        var exit = SchemaCommand.Run(output, verbose: false, TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, exit);
        foreach (var name in SchemaStore.Names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "schemas", name)), File.ReadAllBytes(Path.Combine(output, name)));
        }
    }

    /// <summary>The embedded schemas, built once (the validator refuses to register the same $id twice).</summary>
    private static readonly Dictionary<string, JsonSchema> Compiled =
        SchemaStore.Names.ToDictionary(n => n, n => JsonSchema.FromText(Encoding.UTF8.GetString(SchemaStore.Read(n))), StringComparer.Ordinal);

    /// <summary>
    /// The motions' schema as <c>antrag schema</c> writes it in <paramref name="folder"/>: with the kinds its profile declares
    /// (the corpus declares Kleine Anfrage, Haushaltsantrag, …); the built-in one where the profile declares none.
    /// </summary>
    private static JsonSchema MotionSchemaFor(string folder)
    {
        var motions = Antrag.Scaffold.MotionScaffold.DeclarationFor(folder);
        if (motions.Kinds.Count == Antrag.Read.Keys.MotionKeys.Declaration.Kinds.Count)
        {
            return Compiled["antrag.schema.json"];
        }

        lock (FolderSchemas)
        {
            if (!FolderSchemas.TryGetValue(folder, out var schema))
            {
                // Each schema under its own $id: the validator refuses to register one $id twice.
                var json = JsonNode.Parse(SchemaStore.Read("antrag.schema.json", motions))!.AsObject();
                json["$id"] = "https://antrag.example/schemas/" + FolderSchemas.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/antrag.schema.json";
                schema = JsonSchema.FromText(json.ToJsonString());
                FolderSchemas[folder] = schema;
            }

            return schema;
        }
    }

    private static readonly Dictionary<string, JsonSchema> FolderSchemas = new(StringComparer.Ordinal);

    private static JsonNode Schema(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", name)))!;

    private static JsonNode At(JsonNode schema, string path)
    {
        var node = schema;
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = part switch
            {
                "items" => node["items"]!,
                "oneOf" => node["oneOf"]!,
                _ when int.TryParse(part, out var i) => node[i]!,
                _ => node["properties"]![part]!,
            };
        }

        return node;
    }
}
