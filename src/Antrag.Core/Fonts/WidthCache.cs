using System.Collections.Concurrent;

namespace Antrag.Fonts;

/// <summary>
/// The advance widths of texts measured in one font file at given sizes, shared by every face made from that file: a subset
/// that has a glyph for each character of a text (and the text has no combining marks) measures it exactly as the whole
/// font does, so a build shapes each such word once, not once per motion. Thread-safe and bounded (once full, faces keep
/// measuring into their own caches), so a long watch or a build of very many motions does not grow it without end.
/// </summary>
internal sealed class WidthCache
{
    private const int MaxEntries = 200_000;
    private readonly ConcurrentDictionary<(string Text, float Size), float> widths = new();
    private int count;

    /// <summary>The width of <paramref name="text"/> at <paramref name="size"/>, measured by <paramref name="measure"/> the first time.</summary>
    public float GetOrMeasure<TState>(string text, float size, Func<string, float, TState, float> measure, TState state)
    {
        if (widths.TryGetValue((text, size), out var width))
        {
            return width;
        }

        width = measure(text, size, state);
        if (Volatile.Read(ref count) < MaxEntries && widths.TryAdd((text, size), width))
        {
            Interlocked.Increment(ref count);
        }

        return width;
    }
}
