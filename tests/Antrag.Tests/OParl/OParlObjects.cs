namespace Antrag.Tests.OParl;

/// <summary>Which files of a build's output folder are OParl objects (paths relative to the folder, with <c>/</c>).</summary>
public static class OParlObjects
{
    /// <summary>A Paper: <c>STEM.oparl.json</c>.</summary>
    public static bool IsPaperFile(string relative) => relative.EndsWith(".oparl.json", StringComparison.Ordinal);

    /// <summary>Any OParl object: a Paper, its File (<c>STEM.oparl-file.json</c>) or Consultations, or an object below <c>oparl/</c>.</summary>
    public static bool IsObjectFile(string relative) =>
        IsPaperFile(relative) || relative.EndsWith(".oparl-file.json", StringComparison.Ordinal)
        || (relative.Contains(".oparl-consultation-", StringComparison.Ordinal) && relative.EndsWith(".json", StringComparison.Ordinal))
        || relative.StartsWith("oparl/", StringComparison.Ordinal);
}
