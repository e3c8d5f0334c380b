using System.Security.Cryptography;
using System.Text;
using Antrag.Output;

namespace Antrag.Build;

/// <summary>
/// Where a build keeps its state unless told (<c>--state</c>): outside the output folder, which is published, in
/// <c>.antrag/build/</c> of the current folder, one file per output folder: <c>out-1a2b3c4d.json</c>, the name of the output
/// folder and a hash of its path (relative to the current folder when inside it, so that a checkout moved as a whole, as
/// in CI, keeps its state).
/// </summary>
public static class BuildStateLocation
{
    /// <summary>The folder of the states, relative to the current folder.</summary>
    public static readonly string Folder = Path.Combine(".antrag", "build");

    /// <summary>The state file of <paramref name="outputDirectory"/> for builds run in <paramref name="currentDirectory"/>.</summary>
    public static string Default(string outputDirectory, string currentDirectory)
    {
        var output = ResolvedPath.Of(Path.GetFullPath(outputDirectory, currentDirectory));
        var current = ResolvedPath.Of(currentDirectory);
        var identity = ResolvedPath.IsSameOrBelow(output, current) ? Path.GetRelativePath(current, output) : output;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity.Replace('\\', '/'))))[..8];
        var name = new string(Path.GetFileName(output).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        return Path.Combine(currentDirectory, Folder, (name.Length > 0 ? name : "out") + "-" + hash + ".json");
    }
}
