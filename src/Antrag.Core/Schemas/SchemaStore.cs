using System.Text;
using Antrag.Read.Keys;

namespace Antrag.Schemas;

/// <summary>
/// The JSON Schemas of motions and profiles, for editors that complete keys as you type: written from the declarations of the
/// keys (<see cref="MotionKeys"/>, <see cref="ProfileKeys"/>) by <see cref="SchemaWriter"/>, so they always match the reader.
/// </summary>
public static class SchemaStore
{
    /// <summary>The declarations the schemas are written from.</summary>
    public static IReadOnlyList<DocumentDeclaration> Documents { get; } = [MotionKeys.Declaration, ProfileKeys.Declaration];

    /// <summary>The schema file names: motions (<c>antrag.schema.json</c>) and profiles (<c>fraktion.schema.json</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = Documents.Select(SchemaWriter.FileName).ToList();

    /// <summary>
    /// The bytes (UTF-8) of the schema named <paramref name="name"/> (one of <see cref="Names"/>); <paramref name="motions"/>
    /// replaces the built-in declaration of motions (with the kinds a profile declares).
    /// </summary>
    public static byte[] Read(string name, DocumentDeclaration? motions = null)
    {
        var document = Documents.FirstOrDefault(d => SchemaWriter.FileName(d) == name) ?? throw new ArgumentException($"there is no schema {name}", nameof(name));
        return Encoding.UTF8.GetBytes(SchemaWriter.Write(motions is not null && document.Name == motions.Name ? motions : document));
    }
}
