namespace Antrag.Schemas;

/// <summary>The JSON Schemas of motions and profiles, embedded in the program, for editors that complete keys as you type.</summary>
public static class SchemaStore
{
    /// <summary>The schema file names: motions (<c>antrag.schema.json</c>) and profiles (<c>fraktion.schema.json</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = ["antrag.schema.json", "fraktion.schema.json"];

    /// <summary>The bytes of the schema named <paramref name="name"/> (one of <see cref="Names"/>).</summary>
    public static byte[] Read(string name)
    {
        using var stream = typeof(SchemaStore).Assembly.GetManifestResourceStream("schemas/" + name)
            ?? throw new InvalidOperationException($"the schema {name} is not embedded in the program");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
