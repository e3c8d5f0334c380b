using System.Reflection;
using Antrag.Diagnostics;
using Antrag.Fonts;
using Antrag.Layout;
using Antrag.Read;
using Antrag.Text;

namespace Antrag;

/// <summary>Runs the stages read → text → layout for one motion file; exporters take it from there.</summary>
public static class Pipeline
{
    /// <summary>The program's version, as written into document metadata.</summary>
    public static string Version { get; } =
        typeof(Pipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Characters the layout itself may draw (list bullets) besides the letterhead text.</summary>
    private const string LayoutCharacters = "•" + GermanTypography.Characters;

    /// <summary>Reads the motion at <paramref name="path"/> (as the user typed it) with its profiles; null if any error was reported.</summary>
    public static LoadedMotion? Load(string path, DiagnosticBag diagnostics)
    {
        var fullPath = Path.GetFullPath(path);
        if (string.Equals(Path.GetFileName(fullPath), ProfileLocator.FileName, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(
                SourcePosition.InFile(path),
                $"{ProfileLocator.FileName} is the faction's profile, not a motion",
                "render a motion file instead; the profile is found and used automatically");
            return null;
        }

        var motion = MotionReader.Read(fullPath, path, diagnostics);
        if (motion is null)
        {
            return null;
        }

        var located = ProfileLocator.Locate(motion, fullPath, diagnostics);
        if (located is not { } profilePath)
        {
            return null;
        }

        var profile = ProfileReader.Read(profilePath.FullPath, profilePath.DisplayPath, diagnostics);
        if (profile is null)
        {
            return null;
        }

        var coSponsors = new List<FactionProfile>();
        var folder = Path.GetDirectoryName(fullPath) ?? ".";
        for (var i = 0; i < motion.CoSponsorProfilePaths.Count; i++)
        {
            var written = motion.CoSponsorProfilePaths[i];
            var full = Path.GetFullPath(Path.Combine(folder, written.Replace('\\', '/')));
            if (Directory.Exists(full))
            {
                full = Path.Combine(full, ProfileLocator.FileName);
            }

            var at = motion.Positions.TryGetValue($"mitantragsteller[{i}]", out var p) ? p : SourcePosition.InFile(path);
            if (!File.Exists(full))
            {
                diagnostics.Error(at, $"the profile '{written}' of a co-sponsoring faction was not found", "give the path of its fraktion.yaml (or its folder), relative to this motion");
                continue;
            }

            var display = Path.GetRelativePath(Environment.CurrentDirectory, full);
            if (ProfileReader.Read(full, display.StartsWith("..", StringComparison.Ordinal) ? full : display, diagnostics) is { } other)
            {
                coSponsors.Add(other);
            }
        }

        return diagnostics.HasErrors ? null : new LoadedMotion(motion, profile, coSponsors);
    }

    /// <summary>Reads and lays out the motion at <paramref name="path"/> (as the user typed it); null if any error was reported.</summary>
    public static RenderedMotion? Run(string path, DiagnosticBag diagnostics)
    {
        var loaded = Load(path, diagnostics);
        return loaded is null ? null : Render(loaded, diagnostics);
    }

    /// <summary>Runs the text and layout stages for a loaded motion; null if any error was reported.</summary>
    public static RenderedMotion? Render(LoadedMotion loaded, DiagnosticBag diagnostics)
    {
        var (motion, profile, _) = loaded;
        var text = LetterheadWriter.Write(loaded, diagnostics);
        if (text is null)
        {
            return null;
        }

        var templatePath = profile.TemplatesDirectory is { } dir && File.Exists(Path.Combine(dir, motion.Kind + TemplateStore.Extension))
            ? Path.Combine(dir, motion.Kind + TemplateStore.Extension)
            : "embedded:templates/" + motion.Kind + TemplateStore.Extension;
        var letterhead = TypographyPass.Apply(LetterheadParser.Parse(text, templatePath, diagnostics));
        if (diagnostics.HasErrors)
        {
            return null;
        }

        ImageData? logo = null;
        if (profile.LogoPath is not null)
        {
            var at = profile.Positions.TryGetValue("logo", out var p) ? p : SourcePosition.InFile(profile.SourcePath);
            logo = ImageLoader.Load(profile.LogoPath, at, diagnostics);
            if (logo is null)
            {
                return null;
            }
        }

        var images = new Dictionary<string, ImageData>(StringComparer.Ordinal);
        foreach (var path in letterhead.Body.OfType<SignatureBlock>().SelectMany(b => b.Groups).SelectMany(g => g.Signers)
                     .Select(e => e.ImagePath).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (ImageLoader.Load(path, SourcePosition.InFile(motion.SourcePath), diagnostics) is { } image)
            {
                images[path] = image;
            }
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        FontSet fonts;
        try
        {
            var source = profile.Fonts == FontFiles.Shipped
                ? FontFamilySource.Shipped
                : FontFamilySource.FromFiles(profile.Fonts.Regular, profile.Fonts.Bold, profile.Fonts.Italic, profile.Fonts.BoldItalic);
            fonts = FontSet.Create(source, text + LayoutCharacters);
        }
        catch (InputException ex)
        {
            diagnostics.AddRange(ex.Diagnostics);
            return null;
        }

        foreach (var cp in fonts.MissingCodePoints)
        {
            diagnostics.Warning(
                SourcePosition.InFile(motion.SourcePath),
                $"the font has no glyph for '{char.ConvertFromUtf32(cp)}' (U+{cp:X4}); it will be missing from the page",
                "configure a font that covers it under 'schriften' in the profile");
        }

        var info = new DocumentInfo(
            Title: InlineParser.PlainText(InlineParser.Parse(motion.Subject)).Replace("\n", " "),
            Author: profile.Name,
            Subject: string.Join(" ", new[] { Capitalize(motion.Kind), motion.ReferenceNumber }.Where(s => !string.IsNullOrEmpty(s))) + " – " + profile.Council,
            Keywords: string.Join(", ", new[] { Capitalize(motion.Kind), profile.Council, motion.ReferenceNumber }.Where(s => !string.IsNullOrEmpty(s))),
            Created: motion.Date?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Creator: "antrag " + Version);
        var layout = new DocumentLayouter(
            fonts,
            profile,
            logo,
            images,
            hyphenate: null,
            lineNumbers: motion.LineNumbersOff ? null : motion.LineNumbers ?? profile.LineNumbers).Layout(letterhead, info);
        return new RenderedMotion(loaded, text, letterhead, layout);
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
