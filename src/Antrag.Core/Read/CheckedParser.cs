using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Antrag.Read;

/// <summary>
/// A parser wrapper that drops repeated keys (recording them, so they can be reported while loading goes on),
/// limits the nesting depth (the representation model recurses and would overflow the stack) and remembers
/// where the last event and the innermost inline collection were, to locate errors the parser reports badly.
/// </summary>
internal sealed class CheckedParser(IParser inner, int maxDepth) : IParser
{
    private readonly List<CollectionFrame> frames = [];
    private readonly List<DuplicateKey> duplicates = [];
    private readonly Dictionary<string, string> scalarAnchors = new(StringComparer.Ordinal);
    private readonly List<Mark> documentStarts = [];
    private bool skipping;
    private int skipDepth;

    /// <summary>The event the parser is on.</summary>
    public ParsingEvent Current { get; private set; } = null!;

    /// <summary>Repeated keys found so far, in file order; the repeats are not passed on.</summary>
    public IReadOnlyList<DuplicateKey> Duplicates => duplicates;

    /// <summary>Where each document starts (at its <c>---</c> when it has one).</summary>
    public IReadOnlyList<Mark> DocumentStarts => documentStarts;

    /// <summary>Where the nesting got deeper than allowed, if it did.</summary>
    public Mark? TooDeepAt { get; private set; }

    /// <summary>Where the last event passed on ended (a fallback location for errors without one).</summary>
    public Mark LastEnd { get; private set; } = new(0, 1, 1);

    /// <summary>The innermost inline collection (<c>[…]</c> or <c>{…}</c>) still open, if any.</summary>
    public CollectionFrame? InnermostOpenFlow => frames.FindLast(f => f.IsFlow);

    public bool MoveNext()
    {
        while (inner.MoveNext())
        {
            var ev = inner.Current!;
            LastEnd = ev.End;

            if (skipping)
            {
                if (ev is MappingStart or SequenceStart)
                {
                    skipDepth++;
                }
                else if (ev is MappingEnd or SequenceEnd)
                {
                    skipDepth--;
                }

                if (skipDepth == 0)
                {
                    skipping = false;
                }

                continue;
            }

            var top = frames.Count > 0 ? frames[^1] : null;
            var isKey = top is { IsMapping: true, ExpectsKey: true };

            switch (ev)
            {
                case DocumentStart:
                    scalarAnchors.Clear();
                    documentStarts.Add(ev.Start);
                    break;

                case Scalar scalar:
                    if (!scalar.Anchor.IsEmpty)
                    {
                        scalarAnchors[scalar.Anchor.Value] = scalar.Value;
                    }

                    if (isKey && IsRepeatedKey(top!, scalar.Value, scalar.Start))
                    {
                        continue;
                    }

                    NodeDone();
                    break;

                case AnchorAlias alias:
                    if (isKey && scalarAnchors.TryGetValue(alias.Value.Value, out var aliasedKey)
                        && IsRepeatedKey(top!, aliasedKey, alias.Start))
                    {
                        continue;
                    }

                    NodeDone();
                    break;

                case MappingStart mapping:
                    Push(new CollectionFrame(true, mapping.Style == MappingStyle.Flow, mapping.Start), ev);
                    break;

                case SequenceStart sequence:
                    Push(new CollectionFrame(false, sequence.Style == SequenceStyle.Flow, sequence.Start), ev);
                    break;

                case MappingEnd or SequenceEnd:
                    if (frames.Count > 0)
                    {
                        frames.RemoveAt(frames.Count - 1);
                    }

                    NodeDone();
                    break;
            }

            Current = ev;
            return true;
        }

        return false;
    }

    /// <summary>Records a repeated key and starts skipping its value; returns false for a first occurrence.</summary>
    private bool IsRepeatedKey(CollectionFrame mapping, string key, Mark at)
    {
        if (mapping.Keys.TryGetValue(key, out var first))
        {
            duplicates.Add(new DuplicateKey(key, at, first));
            skipping = true;
            skipDepth = 0;
            return true;
        }

        mapping.Keys[key] = at;
        return false;
    }

    private void Push(CollectionFrame frame, ParsingEvent ev)
    {
        frames.Add(frame);
        if (frames.Count > maxDepth)
        {
            TooDeepAt = ev.Start;
            throw new YamlException(ev.Start, ev.End, "nested too deeply");
        }
    }

    /// <summary>A node ended: in a mapping, a key is followed by a value and a value by the next key.</summary>
    private void NodeDone()
    {
        if (frames.Count > 0 && frames[^1].IsMapping)
        {
            frames[^1].ExpectsKey = !frames[^1].ExpectsKey;
        }
    }
}
