using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Antrag.Edit;

/// <summary>
/// The nodes of a YAML text with the characters each covers, read from the parser's events (the representation model does not
/// keep where a block collection ends). Only the first document is read; deeper nesting than the reader allows is refused.
/// </summary>
internal sealed class YamlSourceMap
{
    private readonly int[] lineStarts;

    private YamlSourceMap(string text, SourceNode root)
    {
        Text = text;
        Root = root;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
    }

    /// <summary>The text (line ends as LF).</summary>
    public string Text { get; }

    /// <summary>The top-level node (a mapping for a motion).</summary>
    public SourceNode Root { get; }

    /// <summary>Reads <paramref name="text"/> (LF line ends); null when it is not YAML the parser accepts.</summary>
    public static YamlSourceMap? Parse(string text)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<SourceNode>();
        SourceNode? root = null;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case DocumentStart when root is not null:
                        return new YamlSourceMap(text, root);
                    case Scalar scalar:
                        Add(stack, ref root, new SourceNode
                        {
                            Kind = SourceNodeKind.Scalar,
                            Start = (int)scalar.Start.Index,
                            End = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded ? BlockEnd(text, (int)scalar.Start.Index, (int)scalar.End.Index) : (int)scalar.End.Index,
                            Style = scalar.Style,
                            Value = scalar.Value,
                        });
                        break;
                    case AnchorAlias alias:
                        Add(stack, ref root, new SourceNode { Kind = SourceNodeKind.Alias, Start = (int)alias.Start.Index, End = (int)alias.End.Index });
                        break;
                    case SequenceStart sequence:
                        Open(stack, ref root, new SourceNode { Kind = SourceNodeKind.Sequence, Start = (int)sequence.Start.Index, End = (int)sequence.End.Index, Flow = sequence.Style == SequenceStyle.Flow });
                        break;
                    case MappingStart mapping:
                        Open(stack, ref root, new SourceNode { Kind = SourceNodeKind.Mapping, Start = (int)mapping.Start.Index, End = (int)mapping.End.Index, Flow = mapping.Style == MappingStyle.Flow });
                        break;
                    case SequenceEnd or MappingEnd:
                        var done = stack.Pop();
                        done.End = done.Flow ? FlowEnd(text, (int)parser.Current.Start.Index, done.Kind) : Math.Max(done.End, LastEnd(done));
                        break;
                }

                if (stack.Count > Read.YamlLoader.MaxDepth)
                {
                    return null;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return null;
        }

        return root is null ? null : new YamlSourceMap(text, root);
    }

    private static void Open(Stack<SourceNode> stack, ref SourceNode? root, SourceNode node)
    {
        Add(stack, ref root, node);
        stack.Push(node);
    }

    private static void Add(Stack<SourceNode> stack, ref SourceNode? root, SourceNode node)
    {
        if (stack.Count == 0)
        {
            root ??= node;
            return;
        }

        var parent = stack.Peek();
        if (parent.Kind == SourceNodeKind.Sequence)
        {
            parent.Items.Add(node);
        }
        else if (parent.PendingKey is { } key)
        {
            parent.Pairs.Add((key, node));
            parent.PendingKey = null;
        }
        else
        {
            parent.PendingKey = node;
        }
    }

    /// <summary>The offset after the bracket that closes a flow collection, found from where the parser saw it end.</summary>
    private static int FlowEnd(string text, int from, SourceNodeKind kind)
    {
        var close = text.IndexOf(kind == SourceNodeKind.Sequence ? ']' : '}', Math.Min(from, text.Length));
        return close < 0 ? text.Length : close + 1;
    }

    /// <summary>The end of a collection's last descendant.</summary>
    private static int LastEnd(SourceNode node)
    {
        var end = node.Start;
        foreach (var (key, value) in node.Pairs)
        {
            end = Math.Max(end, Math.Max(key.End, value.End));
        }

        foreach (var item in node.Items)
        {
            end = Math.Max(end, item.End);
        }

        return end;
    }

    /// <summary>A block scalar's end without the blank lines the parser counts to it: after the last character of its last line with text.</summary>
    private static int BlockEnd(string text, int start, int end)
    {
        end = Math.Min(end, text.Length);
        var lastText = end;
        while (lastText > start && char.IsWhiteSpace(text[lastText - 1]))
        {
            lastText--;
        }

        // Keep trailing spaces of the last line with text (they belong to the value); stop at its line end.
        var lineEnd = text.IndexOf('\n', lastText);
        return lineEnd < 0 || lineEnd > end ? end : lineEnd;
    }

    /// <summary>The node at <paramref name="path"/>, with the key node when the last step is a key; nulls when absent.</summary>
    public (SourceNode? Key, SourceNode? Value) Find(SourcePath path)
    {
        SourceNode? node = Root;
        SourceNode? key = null;
        foreach (var (name, index) in path.Steps)
        {
            if (node is null)
            {
                return (null, null);
            }

            if (name is not null)
            {
                if (node.Kind != SourceNodeKind.Mapping)
                {
                    return (null, null);
                }

                key = node.KeyNode(name);
                node = node.Get(name);
            }
            else
            {
                key = null;
                node = node.Kind == SourceNodeKind.Sequence && index < node.Items.Count ? node.Items[index] : null;
            }
        }

        return (key, node);
    }

    /// <summary>The 1-based line of offset <paramref name="index"/>.</summary>
    public int LineOf(int index)
    {
        var at = Array.BinarySearch(lineStarts, index);
        return at >= 0 ? at + 1 : ~at;
    }

    /// <summary>The 0-based column of offset <paramref name="index"/>.</summary>
    public int ColumnOf(int index) => index - lineStarts[LineOf(index) - 1];

    /// <summary>The offset where the line holding <paramref name="index"/> starts.</summary>
    public int LineStart(int index) => lineStarts[LineOf(index) - 1];

    /// <summary>The offset of the line end (<c>\n</c>, or the end of the text) of the line holding <paramref name="index"/>.</summary>
    public int LineEnd(int index)
    {
        var end = Text.IndexOf('\n', Math.Min(index, Text.Length));
        return end < 0 ? Text.Length : end;
    }
}
