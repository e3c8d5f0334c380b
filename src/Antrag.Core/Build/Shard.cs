using System.Globalization;
using System.Text;

namespace Antrag.Build;

/// <summary>
/// Share K of N of the motions (<c>--shard K/N</c>), for splitting a build over the jobs of a CI matrix. A motion belongs to
/// share K when a stable hash (FNV-1a, 64 bit) of its path relative to the build folder, with <c>/</c> as separator, is
/// K − 1 modulo N; so every machine and every run puts the same motion into the same share.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>Reads <c>K/N</c> with 1 ≤ K ≤ N; false with a message saying what is wrong.</summary>
    public static bool TryParse(string? text, out Shard shard, out string error)
    {
        shard = default;
        error = string.Empty;
        var parts = (text ?? string.Empty).Trim().Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            error = $"--shard takes K/N, e.g. --shard 1/3 for the first of three shares; got '{text}'";
            return false;
        }

        if (n < 1 || k < 1 || k > n)
        {
            error = $"--shard {text} is not a share: K and N must satisfy 1 ≤ K ≤ N, e.g. --shard 1/3, --shard 2/3, --shard 3/3";
            return false;
        }

        shard = new Shard(k, n);
        return true;
    }

    /// <summary>Whether the motion at <paramref name="relativePath"/> (relative to the build folder) belongs to this share.</summary>
    public bool Contains(string relativePath) =>
        Count <= 1 || Fnv1a64(relativePath.Replace('\\', '/')) % (ulong)Count == (ulong)(Index - 1);

    /// <summary>The 64-bit FNV-1a hash of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static ulong Fnv1a64(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    public override string ToString() => Index.ToString(CultureInfo.InvariantCulture) + "/" + Count.ToString(CultureInfo.InvariantCulture);
}
