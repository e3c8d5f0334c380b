namespace Antrag.Layout;

/// <summary>
/// What a frame item is to a reader of the tagged PDF: content of a structure node, or an artifact of some kind that is
/// left out of the text. The default (neither) means untagged; exporters treat an untagged item as an artifact.
/// </summary>
public readonly record struct ContentTag(StructureNode? Node, ArtifactKind Artifact)
{
    /// <summary>Content of <paramref name="node"/>.</summary>
    public static ContentTag Of(StructureNode node) => new(node, ArtifactKind.None);

    /// <summary>An artifact of <paramref name="kind"/>.</summary>
    public static ContentTag ArtifactOf(ArtifactKind kind) => new(null, kind);
}
