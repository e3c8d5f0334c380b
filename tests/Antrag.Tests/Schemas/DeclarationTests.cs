using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Read.Keys;
using Antrag.Schemas;
using Antrag.Scaffold;
using Antrag.Tests.BadInput;
using Antrag.Tests.Infrastructure;
using Antrag.Tests.Read;
using Antrag.Text;
using Json.Schema;
using Xunit.Abstractions;

namespace Antrag.Tests.Schemas;

/// <summary>
/// The one declaration of the input and what comes from it: the committed schemas and docs/keys.md are what the declarations
/// write; a key added to a declaration reaches the reader, the schema, the scaffold, the templates and the docs; and
/// <c>antrag check</c> and the JSON Schema agree on every sample, bad-input case and reader case.
/// </summary>
public sealed class DeclarationTests(ITestOutputHelper output)
{
    /// <summary>
    /// Codes no schema can express: files other than the one checked (a logo that is missing, a path the system refuses), and
    /// a second YAML document in the file (editors validate each document on its own).
    /// </summary>
    private static readonly HashSet<string> OtherFiles = new(StringComparer.Ordinal) { "ANT1101", "ANT1106", "ANT1011" };

    [Fact]
    public void The_committed_schemas_are_the_ones_the_declarations_write()
    {
        foreach (var document in SchemaStore.Documents)
        {
            Golden.VerifyFile(Path.Combine(RepoPaths.Root, "schemas", SchemaWriter.FileName(document)), SchemaWriter.Write(document));
        }
    }

    [Fact]
    public void The_key_reference_in_the_docs_is_the_one_the_declarations_write() =>
        Golden.VerifyFile(Path.Combine(RepoPaths.Root, "docs", "keys.md"), KeyReference.Markdown(SchemaStore.Documents));

    [Fact]
    public void A_key_added_to_the_declaration_reaches_reader_schema_scaffold_templates_and_docs()
    {
        var key = new KeyDeclaration("sitzungsort", KeyType.Line, "Ort der Sitzung")
        {
            Example = "Ratssaal",
            Scaffold = new ScaffoldLine("Hier steht der Ort der Sitzung", "z. B. Ratssaal"),
        };
        var declaration = MotionKeys.Declaration.With(key, before: "betreff");
        const string Yaml = "datum: 28.02.2023\nsitzungsort: Ratssaal\nbetreff: B\nbeschlussentwurf: E\n";

        // Without the declaration the key is unknown; with it, it is read.
        var without = new DiagnosticBag();
        Assert.Null(MotionReader.Parse(Yaml, "m.yaml", without));
        Assert.Equal(["m.yaml(2,1): error ANT1003"], without.Items.Select(DiagnosticText.StartLine));
        var with = new DiagnosticBag();
        var motion = MotionReader.Parse(Yaml, "m.yaml", with, declaration);
        Assert.Empty(with.Items);
        Assert.Equal("Ratssaal", motion!.Values.Text("sitzungsort"));

        // The template model shows it as antrag.sitzungsort.
        var antrag = (Scriban.Runtime.ScriptObject)TemplateModel.Declared(motion.Values, declaration.Keys);
        Assert.Equal("Ratssaal", antrag["sitzungsort"]);

        // The schema knows it (and flags a list there), the scaffold writes it, the docs list it.
        var schema = JsonSchema.FromText(SchemaWriter.Write(declaration with { Name = "test-" + Guid.NewGuid().ToString("N") }));
        Assert.True(schema.Evaluate(YamlToJson.Element(Yaml)).IsValid);
        Assert.False(schema.Evaluate(YamlToJson.Element(Yaml.Replace("sitzungsort: Ratssaal", "sitzungsort: [a, b]", StringComparison.Ordinal))).IsValid);
        Assert.Contains("sitzungsort: Hier steht der Ort der Sitzung", MotionScaffold.Write("antrag", new DateOnly(2024, 3, 5), null, null, declaration), StringComparison.Ordinal);
        Assert.Contains("| `sitzungsort` | one line |", KeyReference.Markdown([declaration]), StringComparison.Ordinal);
    }

    /// <summary>Every input file of the tests and samples: motions and profiles, good and bad.</summary>
    public static TheoryData<string> Inputs()
    {
        var files = new List<string>();
        files.AddRange(Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".yaml" or ".md" && !f.Contains($"{Path.DirectorySeparatorChar}ci{Path.DirectorySeparatorChar}", StringComparison.Ordinal)));
        files.AddRange(Directory.EnumerateFiles(BadInputCaseTests.Folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "antrag.yaml" or "antrag.md" or "fraktion.yaml"));
        files.AddRange(Directory.EnumerateFiles(ReadCases.Folder, "*.yaml"));
        return new TheoryData<string>(files.Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Check_and_the_schema_agree(string input)
    {
        var (checkRejects, why) = CheckRejects(input);
        var (schemaRejects, schemaWhy) = SchemaRejects(input);
        Assert.True(checkRejects == schemaRejects, $"{input}: check {(checkRejects ? "rejects" : "accepts")} ({why}), the schema {(schemaRejects ? "rejects" : "accepts")} ({schemaWhy})");
    }

    [Fact]
    public void The_figures_of_the_agreement()
    {
        var inputs = Inputs().Cast<object[]>().Select(row => (string)row[0]).ToList();
        var rejected = inputs.Count(i => CheckRejects(i).Rejects && SchemaRejects(i).Rejects);
        var accepted = inputs.Count(i => !CheckRejects(i).Rejects && !SchemaRejects(i).Rejects);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inputs.Count} inputs: {accepted} accepted by both, {rejected} rejected by both, {inputs.Count - accepted - rejected} disagreements"));
        Assert.Equal(inputs.Count, accepted + rejected);
        Assert.True(rejected >= 40 && accepted >= 15, $"{accepted} accepted, {rejected} rejected: the agreement should be tested on both sides");
    }

    /// <summary>Whether reading the file alone (as check does first) reports an error, or a warning that the schema also flags.</summary>
    private static (bool Rejects, string Why) CheckRejects(string input)
    {
        var full = Path.Combine(RepoPaths.Root, input);
        var diagnostics = new DiagnosticBag();
        if (IsProfile(input))
        {
            ProfileReader.Read(full, input, diagnostics);
        }
        else
        {
            MotionReader.Read(full, input, diagnostics);
        }

        var counted = diagnostics.Items.Where(d => (d.Severity == Severity.Error && !OtherFiles.Contains(d.Code.Id)) || d.Code == DiagnosticCodes.YamlDate).ToList();
        return (counted.Count > 0, counted.Count > 0 ? string.Join("; ", counted.Select(d => d.ToString())) : "no error");
    }

    /// <summary>Whether the file, as an editor's YAML language server sees it, is invalid under its schema (or no YAML at all).</summary>
    private static (bool Rejects, string Why) SchemaRejects(string input)
    {
        var full = Path.Combine(RepoPaths.Root, input);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(full));
            if (input.EndsWith(".md", StringComparison.Ordinal))
            {
                text = FrontMatter.ToYaml(text.Replace("\r\n", "\n", StringComparison.Ordinal), new ReadContext(input)) ?? throw new FormatException("no front matter");
            }
        }
        catch (Exception e) when (e is DecoderFallbackException or FormatException)
        {
            return (true, e.Message);
        }

        System.Text.Json.JsonElement json;
        try
        {
            json = YamlToJson.Element(text);
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or ArgumentOutOfRangeException or InvalidCastException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return (true, "not YAML: " + e.Message);
        }

        var result = Compiled[IsProfile(input) ? "fraktion.schema.json" : "antrag.schema.json"].Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return (!result.IsValid, result.IsValid ? "valid" : string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    private static bool IsProfile(string input) => Path.GetFileName(input) == "fraktion.yaml";

    private static readonly Dictionary<string, JsonSchema> Compiled = SchemaStore.Names.ToDictionary(
        n => n,
        n => JsonSchema.FromText(Encoding.UTF8.GetString(SchemaStore.Read(n)).Replace("https://antrag.example/schemas/", "https://antrag.example/agreement/", StringComparison.Ordinal)),
        StringComparer.Ordinal);
}
