using YamlDotNet.Core;

namespace Antrag.Edit;

/// <summary>
/// One node of a YAML text with the exact stretch of characters it covers, so that an edit can replace a value and nothing
/// else: its kind, style, start and end (character offsets), its value (scalars) and its children.
/// </summary>
internal sealed class SourceNode
{
    public SourceNodeKind Kind { get; init; }

    /// <summary>The offset of the node's first character (a scalar's opening quote or <c>|</c>, a collection's first key, item or bracket).</summary>
    public int Start { get; set; }

    /// <summary>The offset after the node's last character; for block scalars after the last line that is not blank, for block collections after their last descendant.</summary>
    public int End { get; set; }

    /// <summary>The scalar's style (plain, quoted, literal, folded).</summary>
    public ScalarStyle Style { get; init; }

    /// <summary>Whether a collection is written in flow style (<c>[a, b]</c>, <c>{k: v}</c>).</summary>
    public bool Flow { get; init; }

    /// <summary>The scalar's value as YAML reads it.</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>The key and value nodes of a mapping, in the order written.</summary>
    public List<(SourceNode Key, SourceNode Value)> Pairs { get; } = [];

    /// <summary>The items of a sequence.</summary>
    public List<SourceNode> Items { get; } = [];

    /// <summary>A key read while its value is still to come (while parsing).</summary>
    internal SourceNode? PendingKey { get; set; }

    /// <summary>True for a value left empty (<c>key:</c>, <c>key: ~</c>).</summary>
    public bool IsEmpty => Kind == SourceNodeKind.Scalar && Style is ScalarStyle.Plain or ScalarStyle.Any && (Value.Length == 0 || Value == "~" || Value == "null");

    /// <summary>True for a literal (<c>|</c>) or folded (<c>&gt;</c>) block scalar.</summary>
    public bool IsBlockScalar => Kind == SourceNodeKind.Scalar && Style is ScalarStyle.Literal or ScalarStyle.Folded;

    /// <summary>The value of the key <paramref name="name"/> of a mapping (the first if written twice), or null.</summary>
    public SourceNode? Get(string name)
    {
        foreach (var (key, value) in Pairs)
        {
            if (key.Kind == SourceNodeKind.Scalar && key.Value == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The key node of <paramref name="name"/>, or null.</summary>
    public SourceNode? KeyNode(string name)
    {
        foreach (var (key, _) in Pairs)
        {
            if (key.Kind == SourceNodeKind.Scalar && key.Value == name)
            {
                return key;
            }
        }

        return null;
    }
}
