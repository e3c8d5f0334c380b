namespace Antrag.Edit;

/// <summary>What a node of a YAML text is: a scalar, a mapping, a sequence or an alias (<c>*name</c>).</summary>
internal enum SourceNodeKind
{
    Scalar,
    Mapping,
    Sequence,
    Alias,
}
