using Antrag.Scaffold;
using YamlDotNet.RepresentationModel;

namespace Antrag.Tests.Check;

/// <summary>Values from a profile written into a new motion read back unchanged.</summary>
public sealed class YamlScalarTests
{
    [Theory]
    [InlineData("Philibert Reuters", "Philibert Reuters")]
    [InlineData("Dr. Stefan Galke", "Dr. Stefan Galke")]
    [InlineData("Vorsitz: kommissarisch", "\"Vorsitz: kommissarisch\"")]
    [InlineData("*Anna*", "\"*Anna*\"")]
    [InlineData("Anna #1", "\"Anna #1\"")]
    [InlineData("true", "\"true\"")]
    [InlineData("Nein", "Nein")]
    [InlineData("1.10", "\"1.10\"")]
    [InlineData("- Liste", "\"- Liste\"")]
    [InlineData("Er sagte \"ja\"", "Er sagte \"ja\"")]
    [InlineData("\"zitiert\"", "\"\\\"zitiert\\\"\"")]
    [InlineData(" Leerzeichen", "\" Leerzeichen\"")]
    [InlineData("a\\b", "a\\b")]
    [InlineData("Tab\tdarin", "\"Tab\\tdarin\"")]
    public void Formats_and_reads_back(string text, string expected)
    {
        var formatted = YamlScalar.Format(text);

        Assert.Equal(expected, formatted);
        var stream = new YamlStream();
        stream.Load(new StringReader("k: " + formatted + "\n"));
        var value = ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("k")]).Value;
        Assert.Equal(text, value);
    }
}
