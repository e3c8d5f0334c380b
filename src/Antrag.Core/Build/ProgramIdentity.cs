using System.Security.Cryptography;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;

namespace Antrag.Build;

/// <summary>
/// Identifies the program that renders, so that a new antrag (or new SkiaSharp and HarfBuzz libraries) renders everything
/// again: the version, the module version id of Antrag.Core (which changes with every change of its code, and with it of
/// the built-in templates and fonts it embeds), and the versions of the native libraries.
/// </summary>
internal static class ProgramIdentity
{
    private static readonly Lazy<string> LazyKey = new(Compute);

    /// <summary>A short hex key; equal keys mean the same program.</summary>
    public static string Key => LazyKey.Value;

    private static string Compute()
    {
        var text = new StringBuilder()
            .Append("antrag ").Append(Pipeline.Version).Append('\n')
            .Append(CoreIdentity()).Append('\n')
            .Append("SkiaSharp ").Append(typeof(SKCanvas).Assembly.GetName().Version).Append(' ').Append(SkiaVersion()).Append('\n')
            .Append("HarfBuzzSharp ").Append(typeof(Blob).Assembly.GetName().Version).Append('\n')
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private static string CoreIdentity()
    {
        try
        {
            var mvid = typeof(Pipeline).Assembly.ManifestModule.ModuleVersionId;
            if (mvid != Guid.Empty)
            {
                return "mvid " + mvid.ToString("N");
            }
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or PlatformNotSupportedException)
        {
        }

        // Ahead-of-time compiled: the program is one file; its bytes identify it.
        var exe = Environment.ProcessPath;
        if (exe is not null && File.Exists(exe))
        {
            using var stream = File.OpenRead(exe);
            return "exe " + Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        return "unknown";
    }

    private static string SkiaVersion()
    {
        try
        {
            return SkiaSharpVersion.Native.ToString();
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
        {
            return "?";
        }
    }
}
