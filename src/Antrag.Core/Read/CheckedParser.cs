using Antrag.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Antrag.Read;

/// <summary>
/// A parser wrapper that drops repeated keys (recording them, so they can be reported while loading goes on),
/// stops at input the representation model cannot take safely (nesting too deep, lists or mappings as keys,
/// aliases inside their own anchor: all would overflow the stack; references that make the document, written out, larger
/// than <paramref name="maxExpanded"/> characters) and remembers where the last event and the
/// innermost inline collection were, to locate errors the parser reports badly. Control characters are removed from values
/// (and recorded, to be reported as warnings).
/// </summary>
internal sealed class CheckedParser(IParser inner, int maxDepth, long maxExpanded, string text) : IParser
{
    private readonly List<(Mark At, string Names)> controlCharacters = [];
    private readonly Dictionary<string, long> anchorSizes = new(StringComparer.Ordinal);
    private readonly List<CollectionFrame> frames = [];
    private readonly List<DuplicateKey> duplicates = [];
    private readonly Dictionary<string, string> scalarAnchors = new(StringComparer.Ordinal);
    private readonly List<Mark> documentStarts = [];
    private readonly HashSet<string> anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Scalar> unusedScalarAnchors = new(StringComparer.Ordinal);
    private bool skipping;
    private int skipDepth;

    /// <summary>
    /// The size of the document so far with every alias written out: one per node plus the characters of each text. The
    /// representation model shares an aliased node, but everything after it (template, layout) copies it once per alias.
    /// </summary>
    private long expanded;

    /// <summary>The event the parser is on.</summary>
    public ParsingEvent Current { get; private set; } = null!;

    /// <summary>Repeated keys found so far, in file order; the repeats are not passed on.</summary>
    public IReadOnlyList<DuplicateKey> Duplicates => duplicates;

    /// <summary>Texts that carry an anchor no alias refers to: the user probably meant '&amp;…' as part of the text.</summary>
    public IEnumerable<Scalar> UnusedScalarAnchors => unusedScalarAnchors.Values;

    /// <summary>Values that held control characters (removed from the value passed on): where the first stood, and which they were.</summary>
    public IReadOnlyList<(Mark At, string Names)> ControlCharacters => controlCharacters;

    /// <summary>Where each document starts (at its <c>---</c> when it has one).</summary>
    public IReadOnlyList<Mark> DocumentStarts => documentStarts;

    /// <summary>Why this wrapper stopped the load (it then throws a <see cref="YamlException"/>), or null.</summary>
    public string? StopMessage { get; private set; }

    /// <summary>The code of what stopped the load, or null.</summary>
    public DiagnosticCode? StopCode { get; private set; }

    /// <summary>How to fix what stopped the load.</summary>
    public string? StopHint { get; private set; }

    /// <summary>Where the load was stopped.</summary>
    public Mark StopAt { get; private set; }

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

            if (ev is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                anchors.Add(anchored.Anchor.Value);
            }

            var top = frames.Count > 0 ? frames[^1] : null;
            var isKey = top is { IsMapping: true, ExpectsKey: true };

            switch (ev)
            {
                case DocumentStart when documentStarts.Count > 0:
                    // A second document is an error (reported by the loader): it is not loaded, nor anything after it
                    // (100,000 documents took seconds to build and were never used).
                    documentStarts.Add(ev.Start);
                    while (inner.MoveNext() && inner.Current is not StreamEnd)
                    {
                    }

                    Current = inner.Current!;
                    return Current is not null;

                case DocumentStart:
                    scalarAnchors.Clear();
                    anchorSizes.Clear();
                    expanded = 0;
                    anchors.Clear();
                    unusedScalarAnchors.Clear();
                    documentStarts.Add(ev.Start);
                    break;

                case Scalar scalar:
                    if (Read.ControlCharacters.Any(scalar.Value))
                    {
                        controlCharacters.Add((Read.ControlCharacters.FirstIn(text, scalar.Start, scalar.End, scalar.Style == ScalarStyle.DoubleQuoted), Read.ControlCharacters.Names(scalar.Value)));
                        scalar = new Scalar(scalar.Anchor, scalar.Tag, Read.ControlCharacters.Remove(scalar.Value), scalar.Style, scalar.IsPlainImplicit, scalar.IsQuotedImplicit, scalar.Start, scalar.End, scalar.IsKey);
                        ev = scalar;
                    }

                    if (!scalar.Anchor.IsEmpty)
                    {
                        scalarAnchors[scalar.Anchor.Value] = scalar.Value;
                        unusedScalarAnchors[scalar.Anchor.Value] = scalar;
                    }

                    if (isKey && IsRepeatedKey(top!, scalar.Value, scalar.Start))
                    {
                        continue;
                    }

                    expanded += 1 + scalar.Value.Length;
                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchorSizes[scalar.Anchor.Value] = 1 + scalar.Value.Length;
                    }

                    NodeDone();
                    break;

                case AnchorAlias alias:
                    unusedScalarAnchors.Remove(alias.Value.Value);
                    if (!anchors.Contains(alias.Value.Value))
                    {
                        Stop(
                            DiagnosticCodes.AliasReference,
                            ev,
                            $"a value starting with '*' must be in quotes: YAML reads '*{alias.Value.Value}' as a reference to an anchor",
                            "for bold or italic text, put the whole value in quotes, or write the key with '|' and the text indented on the lines below");
                    }

                    if (frames.Exists(f => f.Anchor == alias.Value.Value))
                    {
                        Stop(
                            DiagnosticCodes.AliasReference,
                            ev,
                            $"'*{alias.Value.Value}' refers to the list or mapping that contains it",
                            $"remove '*{alias.Value.Value}', or copy the value instead of referring to it");
                    }

                    if (isKey && scalarAnchors.TryGetValue(alias.Value.Value, out var aliasedKey)
                        && IsRepeatedKey(top!, aliasedKey, alias.Start))
                    {
                        continue;
                    }

                    expanded += anchorSizes.GetValueOrDefault(alias.Value.Value, 1);
                    if (expanded > maxExpanded)
                    {
                        Stop(
                            DiagnosticCodes.ExpansionTooLarge,
                            ev,
                            $"'*{alias.Value.Value}' is one reference too many: with every reference written out, the file would have more than {maxExpanded.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters",
                            "write each text once where it belongs; '&' and '*' are meant to repeat a short value a few times");
                    }

                    NodeDone();
                    break;

                case MappingStart mapping:
                    StopIfKey(isKey, ev, "'key: value' lines");
                    Push(new CollectionFrame(true, mapping.Style == MappingStyle.Flow, mapping.Start, mapping.Anchor.IsEmpty ? string.Empty : mapping.Anchor.Value) { SizeAtStart = expanded++ }, ev);
                    break;

                case SequenceStart sequence:
                    StopIfKey(isKey, ev, "a list");
                    Push(new CollectionFrame(false, sequence.Style == SequenceStyle.Flow, sequence.Start, sequence.Anchor.IsEmpty ? string.Empty : sequence.Anchor.Value) { SizeAtStart = expanded++ }, ev);
                    break;

                case MappingEnd or SequenceEnd:
                    if (frames.Count > 0)
                    {
                        if (frames[^1].Anchor.Length > 0)
                        {
                            anchorSizes[frames[^1].Anchor] = expanded - frames[^1].SizeAtStart;
                        }

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
            Stop(
                DiagnosticCodes.TooDeep,
                ev,
                $"the file is nested too deeply (more than {maxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)} levels)",
                "a motion needs at most three levels of indentation; check that the right file was chosen");
        }
    }

    /// <summary>A list or mapping used as a key: meaningless here, and YamlDotNet would hash it recursively.</summary>
    private void StopIfKey(bool isKey, ParsingEvent ev, string what)
    {
        if (isKey)
        {
            Stop(DiagnosticCodes.KeyNotAWord, ev, $"a key must be a single word, not {what}", "write each key as a word followed by ':', e.g. 'betreff: …'");
        }
    }

    private void Stop(DiagnosticCode code, ParsingEvent ev, string message, string hint)
    {
        StopCode = code;
        StopMessage = message;
        StopHint = hint;
        StopAt = ev.Start;
        throw new YamlException(ev.Start, ev.End, message);
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
