using System.Reflection;
using System.Text;
using Antrag.Diagnostics;
using Antrag.Read;

namespace Antrag.Text;

/// <summary>
/// Finds templates by name: first in the faction's <c>templates/</c> folder, then among those built into antrag. A template
/// file must lie in the templates folder once its links are followed (so a link cannot make a template print another
/// file) and have at most <see cref="InputLimits.TemplateBytes"/>.
/// </summary>
public sealed class TemplateStore(string? overrideDirectory)
{
    /// <summary>The file extension of templates.</summary>
    public const string Extension = ".sbn";

    /// <summary>How the display path of a built-in template starts.</summary>
    public const string EmbeddedPrefix = "embedded:";

    private readonly AllowedFolders? allowed = overrideDirectory is null ? null : AllowedFolders.Of("the templates folder", overrideDirectory);

    /// <summary>The faction's template folder, if any.</summary>
    public string? OverrideDirectory { get; } = overrideDirectory;

    /// <summary>Names of the templates built into antrag.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = typeof(TemplateStore).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("templates/", StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
        .Select(n => n["templates/".Length..^Extension.Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Whether <paramref name="name"/> is safe as a template name (a plain word: no path, no dots).</summary>
    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Loads the template <paramref name="name"/>, or returns null and reports why.</summary>
    public TemplateSource? Find(string name, SourceSpan requestedAt, DiagnosticBag diagnostics)
    {
        if (!IsValidName(name))
        {
            diagnostics.Error(DiagnosticCodes.TemplateNotFound, requestedAt, $"'{name}' is not a template name", "template names are plain words such as 'antrag'; paths are not allowed");
            return null;
        }

        if (OverrideDirectory is not null)
        {
            var path = Path.GetFullPath(Path.Combine(OverrideDirectory, name + Extension));
            if (File.Exists(path))
            {
                var (bytes, refusal) = SafeFile.Read(path, InputLimits.TemplateBytes, allowed);
                if (refusal is not null)
                {
                    diagnostics.Error(refusal.Code, requestedAt, refusal.Message($"the template '{DisplayPath(path)}'"), refusal.Hint);
                    return null;
                }

                using var text = new StreamReader(new MemoryStream(bytes!), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                return new TemplateSource(name, DisplayPath(path), text.ReadToEnd());
            }
        }

        using var stream = typeof(TemplateStore).Assembly.GetManifestResourceStream("templates/" + name + Extension);
        if (stream is null)
        {
            diagnostics.Error(DiagnosticCodes.TemplateNotFound, 
                requestedAt,
                $"there is no template '{name}'",
                "built-in templates: " + string.Join(", ", BuiltInNames)
                    + (OverrideDirectory is null ? string.Empty : $"; or add {name}{Extension} to {DisplayPath(OverrideDirectory)}"));
            return null;
        }

        using var reader = new StreamReader(stream);
        return new TemplateSource(name, EmbeddedPrefix + "templates/" + name + Extension, reader.ReadToEnd());
    }

    private static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
