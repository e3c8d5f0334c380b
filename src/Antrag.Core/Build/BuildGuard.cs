using Antrag.Diagnostics;
using Antrag.Export.OParl;
using Antrag.Output;

namespace Antrag.Build;

/// <summary>
/// What a build refuses before it writes anything: a missing motions' folder, an output folder that contains the motions
/// (links followed, both ways), an output folder that is a file, a state file inside the output folder, OParl without an
/// address, and a combined PDF that would replace an input or an output of the build.
/// </summary>
internal sealed class BuildGuard(BuildOptions options, string source, string output, string statePath)
{
    /// <summary>Why the folders, the place of the state or the options cannot work; null when they can.</summary>
    public Diagnostic? Refusal()
    {
        var at = SourceSpan.InFile(options.SourceDirectory);
        if (!Directory.Exists(source))
        {
            return new Diagnostic(
                File.Exists(source) ? DiagnosticCodes.NotAFile : DiagnosticCodes.FileNotFound, Severity.Error, at, File.Exists(source) ? "this is a file; build takes a folder of motions" : "no such folder",
                File.Exists(source) ? $"use 'antrag render {options.SourceDirectory}' for a single motion" : "check the spelling; paths are relative to the current folder");
        }

        // Compared with links resolved: an output folder that is a link to the motions' folder contains them.
        if (ResolvedPath.IsSameOrBelow(source, output))
        {
            var linked = !ResolvedPath.IsSameOrBelow(Path.GetFullPath(options.SourceDirectory), Path.GetFullPath(options.OutputDirectory));
            return new Diagnostic(
                DiagnosticCodes.OutputClash, Severity.Error, SourceSpan.InFile(options.OutputDirectory),
                "the output folder must not contain the motions" + (linked ? $" (with links followed, the motions' folder is {source} and the output folder {output})" : string.Empty),
                "choose an output folder beside or inside the motions' folder, e.g. -o out");
        }

        if (FileKinds.Of(output) is FileKind.File or FileKind.Special)
        {
            return new Diagnostic(DiagnosticCodes.OutputNotAFile, Severity.Error, SourceSpan.InFile(options.OutputDirectory), "the output folder is a file", "name a folder with -o, e.g. -o out");
        }

        if (ResolvedPath.IsSameOrBelow(ResolvedPath.OfEntry(statePath), output))
        {
            return new Diagnostic(
                DiagnosticCodes.StateInOutput, Severity.Error, SourceSpan.InFile(Read.DisplayPath.For(statePath)), "the build state would be written into the output folder, which is published; it names local paths",
                options.StateFile is null ? "run antrag build from outside the output folder, or give --state a file outside it" : "give --state a file outside the output folder");
        }

        if ((options.Formats & BuildFormats.OParl) != 0 && (options.BaseUrl is null || !OParlAddress.IsValidBaseUrl(options.BaseUrl)))
        {
            return new Diagnostic(
                DiagnosticCodes.BuildOption, Severity.Error, SourceSpan.InFile("--base-url"),
                options.BaseUrl is null ? "--format oparl needs --base-url" : $"'{options.BaseUrl}' is not an http(s) address",
                "give the address the output folder is published at, e.g. --base-url https://fraktion.example/antraege/");
        }

        return null;
    }

    /// <summary>
    /// Why the combined PDF cannot be written at <paramref name="path"/>, or null: it is no file, or it would replace a motion,
    /// an input recorded for a motion (profile, template, image, font), or a file the build writes into the output folder.
    /// </summary>
    public Diagnostic? CombinedRefusal(string path, IReadOnlyList<MotionSource> motions, IEnumerable<MotionRecord> records)
    {
        if (OutputGuard.NotAFile(path, "--combine") is { } notAFile)
        {
            return notAFile;
        }

        var inputs = motions.Select(m => new InputFile(m.FullPath, "the motion " + m.DisplayPath))
            .Concat(records.SelectMany(r => r.Inputs.Keys).Distinct(StringComparer.Ordinal).SelectMany(InputsOf));
        if (OutputGuard.Overwrites(path, inputs, "--combine") is { } overwrites)
        {
            return overwrites;
        }

        var target = ResolvedPath.OfEntry(path);
        if (!ResolvedPath.IsSameOrBelow(target, output))
        {
            return null;
        }

        var key = Path.GetRelativePath(output, target).Replace('\\', '/');
        var ours = key is Builder.IndexHtmlFileName or Builder.IndexJsonFileName || key.StartsWith("oparl/", StringComparison.Ordinal)
            || motions.Any(m => key.StartsWith(m.OutputStem + ".", Checker.PathComparison) || key.StartsWith(m.OutputStem + "-", Checker.PathComparison));
        return ours
            ? new Diagnostic(DiagnosticCodes.OutputClash, Severity.Error, SourceSpan.InFile(path), $"the combined PDF would overwrite {key}, which the build writes itself", "choose another name with --combine, e.g. --combine " + Path.Combine(options.OutputDirectory, "sitzung.pdf").Replace('\\', '/'))
            : null;
    }

    /// <summary>The files named by a key of the build state: a file, or the templates in a template folder (a key ending in <c>/</c>).</summary>
    private IEnumerable<InputFile> InputsOf(string key)
    {
        var full = Path.GetFullPath(Path.Combine(output, key.TrimEnd('/')));
        return key.EndsWith('/')
            ? Directory.Exists(full) ? Directory.EnumerateFiles(full).Select(InputFile.Describe) : []
            : File.Exists(full) ? [InputFile.Describe(full)] : [];
    }
}
