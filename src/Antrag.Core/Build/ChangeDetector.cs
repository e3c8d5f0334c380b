using System.Globalization;

namespace Antrag.Build;

/// <summary>
/// Decides what a build must do with the motions it found, from what the build state recorded of the last build: which
/// recorded motions are gone (their outputs are removed), which motions would write outputs of the same names, and which
/// are unchanged: rendered from the same motion file (not another one at the same place, from another source folder), with
/// the same program and options, from inputs with the hashes recorded, into outputs that are still as written.
/// </summary>
internal sealed class ChangeDetector(BuildOptions options, FileStates files, PathResolver resolver)
{
    /// <summary>What else than inputs makes outputs differ: the program and the options that change them.</summary>
    public string ProgramKey { get; } = string.Join(
        "|",
        ProgramIdentity.Key,
        options.Formats.ToString(),
        (options.Formats & BuildFormats.Png) != 0 ? options.Dpi.ToString(CultureInfo.InvariantCulture) : "-",
        (options.Formats & BuildFormats.OParl) != 0 ? options.BaseUrl : "-",
        Builder.ThumbnailDpi.ToString(CultureInfo.InvariantCulture));

    /// <summary>The recorded motions (in this build's share) that were not found, in the order of their paths.</summary>
    public List<string> Gone(IReadOnlyList<MotionSource> motions, IReadOnlyDictionary<string, MotionRecord> records)
    {
        var present = motions.Select(m => m.RelativePath).ToHashSet(StringComparer.Ordinal);
        return records.Keys
            .Where(path => !present.Contains(path) && (options.Shard is not { } shard || shard.Contains(path)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Motions whose outputs would have the same names (<c>a.yaml</c> and <c>a.md</c>): all but the first fail.</summary>
    public static HashSet<string> Collisions(IReadOnlyList<MotionSource> motions)
    {
        var collisions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in motions.GroupBy(m => m.OutputStem, Checker.PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase))
        {
            collisions.UnionWith(group.Skip(1).Select(m => m.RelativePath));
        }

        return collisions;
    }

    /// <summary>Whether <paramref name="motion"/> need not be rendered: not forced, no collision, and its record still holds.</summary>
    public bool IsUnchanged(MotionSource motion, IReadOnlyDictionary<string, MotionRecord> records, IReadOnlySet<string> collisions) =>
        !options.Force && !collisions.Contains(motion.RelativePath)
        && records.TryGetValue(motion.RelativePath, out var record) && record.Source == SourceKey(motion) && IsUpToDate(record);

    /// <summary>The key of the motion file as the build state records it: relative to the output folder, links resolved.</summary>
    public string SourceKey(MotionSource motion) => files.Key(resolver.Of(motion.FullPath));

    private bool IsUpToDate(MotionRecord record) =>
        record.Key == ProgramKey
        && record.Inputs.All(i => files.HashOfKey(i.Key) == i.Value)
        && record.Outputs.All(o => files.Hash(files.FullPath(o.Key)) == o.Value);
}
