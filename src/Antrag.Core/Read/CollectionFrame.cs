using YamlDotNet.Core;

namespace Antrag.Read;

/// <summary>An open list or mapping while <see cref="CheckedParser"/> walks the parser's events.</summary>
internal sealed class CollectionFrame(bool isMapping, bool isFlow, Mark start, string anchor)
{
    /// <summary>True for a mapping, false for a list.</summary>
    public bool IsMapping { get; } = isMapping;

    /// <summary>True when written inline with <c>[…]</c> or <c>{…}</c>.</summary>
    public bool IsFlow { get; } = isFlow;

    /// <summary>Where the collection starts.</summary>
    public Mark Start { get; } = start;

    /// <summary>The collection's anchor name (<c>&amp;name</c>), or empty.</summary>
    public string Anchor { get; } = anchor;

    /// <summary>How many characters the document had, written out, when the collection started (see <see cref="CheckedParser"/>).</summary>
    public long SizeAtStart { get; init; }

    /// <summary>For a mapping: whether the next node is a key (true) or a value (false).</summary>
    public bool ExpectsKey { get; set; } = true;

    /// <summary>For a mapping: the plain keys seen so far and where each first stood.</summary>
    public Dictionary<string, Mark> Keys { get; } = new(StringComparer.Ordinal);
}
