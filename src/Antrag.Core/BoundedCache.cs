using System.Collections.Concurrent;

namespace Antrag;

/// <summary>
/// A thread-safe cache that stops taking new entries once it holds <c>capacity</c> of them (what it holds stays), so a
/// long watch or a build of very many motions does not grow it without end.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> entries = new(comparer);
    private int count;

    /// <summary>The value for <paramref name="key"/>, made by <paramref name="create"/> the first time (and kept if there is room).</summary>
    public TValue GetOrAdd<TState>(TKey key, Func<TKey, TState, TValue> create, TState state)
    {
        if (entries.TryGetValue(key, out var value))
        {
            return value;
        }

        value = create(key, state);
        if (Volatile.Read(ref count) < capacity)
        {
            if (entries.TryAdd(key, value))
            {
                Interlocked.Increment(ref count);
            }
            else if (entries.TryGetValue(key, out var first))
            {
                // Another thread made it first: everyone gets the same value.
                return first;
            }
        }

        return value;
    }
}
