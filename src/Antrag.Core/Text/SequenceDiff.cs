namespace Antrag.Text;

/// <summary>A shortest edit script between two sequences (longest common subsequence), grouped into stretches of one kind.</summary>
public static class SequenceDiff
{
    /// <summary>Diffs <paramref name="old"/> against <paramref name="new"/>; deletions come before insertions at the same place.</summary>
    public static IReadOnlyList<DiffPart<T>> Diff<T>(IReadOnlyList<T> old, IReadOnlyList<T> @new, IEqualityComparer<T>? comparer = null)
    {
        comparer ??= EqualityComparer<T>.Default;

        // Trim the common head and tail, then fill the LCS table for the middle only.
        var head = 0;
        while (head < old.Count && head < @new.Count && comparer.Equals(old[head], @new[head]))
        {
            head++;
        }

        var tail = 0;
        while (tail < old.Count - head && tail < @new.Count - head && comparer.Equals(old[old.Count - 1 - tail], @new[@new.Count - 1 - tail]))
        {
            tail++;
        }

        var n = old.Count - head - tail;
        var m = @new.Count - head - tail;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = comparer.Equals(old[head + i], @new[head + j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var ops = new List<(DiffKind Kind, int Old, int New)>();
        for (var k = 0; k < head; k++)
        {
            ops.Add((DiffKind.Equal, k, k));
        }

        int a = 0, b = 0;
        while (a < n || b < m)
        {
            if (a < n && b < m && comparer.Equals(old[head + a], @new[head + b]))
            {
                ops.Add((DiffKind.Equal, head + a, head + b));
                a++;
                b++;
            }
            else if (b >= m || (a < n && lcs[a + 1, b] >= lcs[a, b + 1]))
            {
                ops.Add((DiffKind.Deleted, head + a, head + b));
                a++;
            }
            else
            {
                ops.Add((DiffKind.Inserted, head + a, head + b));
                b++;
            }
        }

        for (var k = 0; k < tail; k++)
        {
            ops.Add((DiffKind.Equal, old.Count - tail + k, @new.Count - tail + k));
        }

        var parts = new List<DiffPart<T>>();
        var at = 0;
        while (at < ops.Count)
        {
            var kind = ops[at].Kind;
            var start = at;
            while (at < ops.Count && ops[at].Kind == kind)
            {
                at++;
            }

            var items = ops.Skip(start).Take(at - start).Select(o => kind == DiffKind.Inserted ? @new[o.New] : old[o.Old]).ToList();
            parts.Add(new DiffPart<T>(kind, items, ops[start].Old, ops[start].New));
        }

        return parts;
    }
}
