using Antrag.Diagnostics;
using System.Text;

namespace Antrag.Read;

/// <summary>Reads a YAML file's bytes and turns them into text, reporting files that are missing, binary or not UTF-8.</summary>
internal static class SourceFile
{
    private const int BinaryProbeBytes = 8 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>
    /// The text of the file at <paramref name="fullPath"/> (of at most <paramref name="cap"/> bytes, inside
    /// <paramref name="allowed"/> when given), or null after reporting why it cannot be read.
    /// </summary>
    public static string? ReadText(string fullPath, ReadContext context, long cap, AllowedFolders? allowed = null)
    {
        var (bytes, refusal) = SafeFile.Read(fullPath, cap, allowed);
        if (refusal is not null)
        {
            Report(refusal, fullPath, cap, context);
            return null;
        }

        return Decode(bytes!, context);
    }

    private static void Report(FileRefusal refusal, string fullPath, long cap, ReadContext context)
    {
        if (refusal.Code == DiagnosticCodes.FileNotFound)
        {
            context.Error(DiagnosticCodes.FileNotFound, context.File, "the file does not exist", $"looked for {Path.GetFullPath(fullPath)}; check the name and the folder");
        }
        else if (refusal.Code == DiagnosticCodes.NotAFile)
        {
            context.Error(DiagnosticCodes.NotAFile, context.File, "this is a folder, not a file", "name the .yaml file inside the folder");
        }
        else if (refusal.Code == DiagnosticCodes.FileTooLarge)
        {
            context.Error(DiagnosticCodes.FileTooLarge,
                context.File,
                $"the file is larger than {InputLimits.Describe(cap)}; a YAML file for antrag has a few kilobytes",
                "check that you picked the right file; docs/limits.md lists the limits");
        }
        else
        {
            context.Error(refusal.Code, context.File, refusal.Message("the file"), refusal.Hint);
        }
    }

    /// <summary>Decodes UTF-8 (with or without BOM); reports binary data and other encodings.</summary>
    public static string? Decode(byte[] bytes, ReadContext context)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            context.Error(DiagnosticCodes.NotText, context.File, "the file is not UTF-8 text", "save it as UTF-8 (it is saved as UTF-16 now)");
            return null;
        }

        if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, BinaryProbeBytes)) >= 0)
        {
            context.Error(DiagnosticCodes.NotText, 
                context.File,
                "the file is binary, not a YAML text",
                "pick the .yaml text file, not a document such as .docx or .pdf");
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            context.Error(DiagnosticCodes.NotText, context.File, "the file is not UTF-8 text", "save it as UTF-8");
            return null;
        }
    }
}
