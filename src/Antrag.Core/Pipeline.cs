using System.Reflection;
using Antrag.Diagnostics;
using Antrag.Fonts;
using Antrag.Layout;
using Antrag.Read;
using Antrag.Read.Keys;
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

    /// <summary>Characters a profile's fonts are tried with when the profile is checked on its own.</summary>
    private const string ProfileCheckCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜabcdefghijklmnopqrstuvwxyzäöüß0123456789 .,:;!?()§€@/-–„“";

    /// <summary>Reads the motion at <paramref name="path"/> (as the user typed it) with its profiles.</summary>
    public static Result<LoadedMotion> Load(string path) => Collect(bag => Load(path, bag));

    /// <summary>
    /// Finds and reads the profiles of a motion already read, as if it stood at <paramref name="fullPath"/> (for a version of a
    /// motion taken from git, the path of the file in the working tree).
    /// </summary>
    public static Result<LoadedMotion> Load(Motion motion, string fullPath) => Collect(bag => Load(motion, fullPath, bag));

    /// <summary>
    /// Runs every check before layout on the motion at <paramref name="path"/>: reading it with its profiles, then the text
    /// stage, the images and the fonts. <c>antrag check</c> stops here, <c>antrag render</c> goes on to layout.
    /// </summary>
    public static Result<PreparedMotion> Prepare(string path) => Collect(bag => Prepare(path, bag));

    /// <summary>
    /// The checks before layout, shared by <c>render</c> and <c>check</c>: writes and parses the letterhead text (with the
    /// template of <paramref name="template"/> when given), loads the logo, the signature images and the fonts.
    /// </summary>
    public static Result<PreparedMotion> Prepare(LoadedMotion loaded, TemplateRequest? template = null) => Collect(bag => Prepare(loaded, bag, template));

    /// <summary>Reads and lays out the motion at <paramref name="path"/> (as the user typed it).</summary>
    public static Result<RenderedMotion> Render(string path) => Collect(bag => Prepare(path, bag) is { } prepared ? LayoutChecked(prepared, bag) : null);

    /// <summary>Runs the text and layout stages for a loaded motion; what does not fit on a page is an error.</summary>
    public static Result<RenderedMotion> Render(LoadedMotion loaded) => Collect(bag => Prepare(loaded, bag) is { } prepared ? LayoutChecked(prepared, bag) : null);

    private static Result<T> Collect<T>(Func<DiagnosticBag, T?> step) where T : class
    {
        var bag = new DiagnosticBag();
        return Result<T>.Of(step(bag), bag);
    }

    private static LoadedMotion? Load(string path, DiagnosticBag diagnostics)
    {
        var fullPath = Path.GetFullPath(path);
        if (string.Equals(Path.GetFileName(fullPath), ProfileLocator.FileName, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.ProfileAsMotion, 
                SourceSpan.InFile(path),
                $"{ProfileLocator.FileName} is the faction's profile, not a motion",
                "render a motion file instead; the profile is found and used automatically");
            return null;
        }

        // A kind the profile declares is only known once the profile is read: the motion is read with its kind taken as
        // written, and read again through the profile's kinds when it is not a built-in one.
        var motion = MotionReader.Read(fullPath, path, diagnostics, null, openKinds: true);
        if (motion is null)
        {
            return null;
        }

        var loaded = Load(motion, fullPath, diagnostics);
        if (loaded is null || MotionKeys.Declaration.Kind(motion.Kind) is not null)
        {
            return loaded;
        }

        var declaration = loaded.Declaration;
        if (declaration.FindKind(motion.Kind) is null)
        {
            var suggestion = KeySuggester.Suggest(motion.Kind, declaration.KindSpellings().Keys);
            diagnostics.Error(
                DiagnosticCodes.UnknownKind,
                motion.Positions.TryGetValue("art", out var at) ? at : SourceSpan.InFile(path),
                $"unknown kind of document '{motion.Kind}'" + (suggestion is null ? string.Empty : $" (did you mean '{declaration.KindSpellings()[suggestion]}'?)"),
                "kinds: " + string.Join(", ", declaration.Kinds.Select(k => k.Name)) + "; a profile declares further kinds under 'arten'");
            return null;
        }

        var again = new DiagnosticBag();
        var reread = MotionReader.Read(fullPath, path, again, declaration, openKinds: false);
        diagnostics.AddRange(again.Items.Where(d => !diagnostics.Items.Contains(d)));
        return reread is null ? null : loaded with { Motion = reread };
    }

    private static LoadedMotion? Load(Motion motion, string fullPath, DiagnosticBag diagnostics)
    {
        var located = ProfileLocator.Locate(motion, fullPath, diagnostics);
        if (located is not { } profilePath)
        {
            return null;
        }

        // A profile the motion names must lie in the motion's repository; one found above the motion, in the repository where
        // it was found (outside a repository: anywhere).
        var folder = Path.GetDirectoryName(fullPath) ?? ".";
        var named = AllowedFolders.Project(folder);
        var allowed = motion.ProfilePath is null ? AllowedFolders.Project(Path.GetDirectoryName(profilePath.FullPath) ?? folder) : named;
        var profile = ProfileReader.Read(profilePath.FullPath, profilePath.DisplayPath, diagnostics, allowed);
        if (profile is null)
        {
            return null;
        }

        var coSponsors = new List<FactionProfile>();
        for (var i = 0; i < motion.CoSponsorProfilePaths.Count; i++)
        {
            var written = motion.CoSponsorProfilePaths[i];
            var full = Path.GetFullPath(Path.Combine(folder, written.Replace('\\', '/')));
            if (Directory.Exists(full))
            {
                full = Path.Combine(full, ProfileLocator.FileName);
            }

            var at = motion.Positions.TryGetValue($"mitantragsteller[{i}]", out var p) ? p : SourceSpan.InFile(motion.SourcePath);
            if (!File.Exists(full))
            {
                diagnostics.Error(DiagnosticCodes.FileNotFound, at, $"the profile '{written}' of a co-sponsoring faction was not found", "give the path of its fraktion.yaml (or its folder), relative to this motion");
                continue;
            }

            var display = Path.GetRelativePath(Environment.CurrentDirectory, full);
            if (ProfileReader.Read(full, display.StartsWith("..", StringComparison.Ordinal) ? full : display, diagnostics, named) is { } other)
            {
                coSponsors.Add(other);
            }
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var loaded = new LoadedMotion(motion, profile, coSponsors);
        MotionChecker.Check(loaded, diagnostics);
        return diagnostics.HasErrors ? null : loaded;
    }

    private static PreparedMotion? Prepare(string path, DiagnosticBag diagnostics)
    {
        var loaded = Load(path, diagnostics);
        return loaded is null ? null : Prepare(loaded, diagnostics);
    }

    private static PreparedMotion? Prepare(LoadedMotion loaded, DiagnosticBag diagnostics, TemplateRequest? template = null)
    {
        var (motion, profile, _) = loaded;

        // The logo (an SVG takes milliseconds to read) is read on another core while the template is filled in; its
        // problems are reported where they always were, after those of the text.
        var logoDiagnostics = new DiagnosticBag();
        var logoTask = profile.LogoPath is null ? null : Task.Run(() => LoadLogo(profile, logoDiagnostics));
        var text = LetterheadWriter.Write(loaded, diagnostics, template);
        if (text is null)
        {
            // The logo's problems are not reported after a broken template, as before; the read is left to finish.
            return null;
        }

        var templateName = template?.TemplateName ?? loaded.Kind.TemplateName;
        var templatePath = profile.TemplatesDirectory is { } dir && File.Exists(Path.Combine(dir, templateName + TemplateStore.Extension))
            ? Path.Combine(dir, templateName + TemplateStore.Extension)
            : "embedded:templates/" + templateName + TemplateStore.Extension;
        MarkdownCheck.Report(loaded, diagnostics);
        var parsed = LetterheadParser.Parse(text, templatePath, diagnostics);
        var letterhead = profile.GermanTypography ? TypographyPass.Apply(parsed) : parsed;
        var logo = logoTask?.GetAwaiter().GetResult();
        if (diagnostics.HasErrors)
        {
            return null;
        }

        diagnostics.AddRange(logoDiagnostics.Items);

        var imagePaths = letterhead.Body.OfType<SignatureBlock>().SelectMany(b => b.Groups).SelectMany(g => g.Signers)
            .Select(e => e.ImagePath).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var images = new Dictionary<string, ImageData>(StringComparer.Ordinal);
        var signatureFolders = SignatureFolders(loaded);
        foreach (var path in imagePaths)
        {
            if (ImageLoader.Load(path, SignaturePosition(motion, path), diagnostics, "the signature image", signatureFolders) is { } image)
            {
                images[path] = image;
            }
        }

        var fonts = LoadFonts(profile, DrawnText(text, imagePaths) + LayoutCharacters, diagnostics);
        if (fonts is null || diagnostics.HasErrors)
        {
            fonts?.Dispose();
            return null;
        }

        foreach (var cp in fonts.MissingCodePoints)
        {
            diagnostics.Warning(DiagnosticCodes.MissingGlyph,
                WhereFirst(cp, loaded),
                profile.Fonts.Fallback is null
                    ? $"the font has no glyph for '{char.ConvertFromUtf32(cp)}' ({UnicodeNames.Describe(cp)}); it will be missing from the page"
                    : $"neither the font nor the fallback font has a glyph for '{char.ConvertFromUtf32(cp)}' ({UnicodeNames.Describe(cp)}); it will be missing from the page",
                "name a font that has it as fallback in the profile ('ersatz:' under 'schriften:', e.g. Noto Sans Symbols 2 for symbols), or write the text without it");
        }

        return new PreparedMotion(loaded, text, letterhead, logo, images, fonts);
    }

    /// <summary>
    /// Where <paramref name="codePoint"/> first stands: in the motion's file, else in its profiles' (named texts), by line and
    /// column (counted in characters); the motion's file alone if it is in none of them as written (an escape such as "\u2757").
    /// </summary>
    private static SourceSpan WhereFirst(int codePoint, LoadedMotion loaded)
    {
        var wanted = char.ConvertFromUtf32(codePoint);
        foreach (var path in loaded.Profiles.Select(p => p.SourcePath).Prepend(loaded.Motion.SourcePath))
        {
            if (SafeFile.Read(path, InputLimits.MotionBytes, null).Bytes is not { } bytes)
            {
                continue;
            }

            var text = System.Text.Encoding.UTF8.GetString(bytes);
            var at = text.IndexOf(wanted, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            var line = 1 + text.AsSpan(0, lineStart).Count('\n');
            var column = 1;
            foreach (var _ in text.AsSpan(lineStart, at - lineStart).EnumerateRunes())
            {
                column++;
            }

            return new SourceSpan(path, line, column);
        }

        return SourceSpan.InFile(loaded.Motion.SourcePath);
    }

    /// <summary>
    /// Checks the files a profile names: that its logo is a readable image and its fonts are usable fonts. Used for a profile
    /// checked on its own; a motion's check does the same through <see cref="Prepare(LoadedMotion, TemplateRequest)"/>.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckProfileFiles(FactionProfile profile)
    {
        var diagnostics = new DiagnosticBag();
        LoadLogo(profile, diagnostics);
        using var fonts = LoadFonts(profile, ProfileCheckCharacters + LayoutCharacters, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>
    /// The letterhead text without the paths of the signature images the parser took as images
    /// (<c>![Unterschrift](/home/…/unterschrift.png)</c>): the fonts are subset to what is drawn, and such a path is never
    /// drawn; otherwise the PDF would depend on the folder the repository lies in. Text that only looks like an image
    /// reference elsewhere is drawn, so it stays.
    /// </summary>
    internal static string DrawnText(string text, IEnumerable<string> imagePaths)
    {
        foreach (var path in imagePaths)
        {
            text = text.Replace("](" + path + ")", "]()", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The profile's logo, or null when it has none or after reporting why it cannot be used.</summary>
    private static ImageData? LoadLogo(FactionProfile profile, DiagnosticBag diagnostics)
    {
        if (profile.LogoPath is null)
        {
            return null;
        }

        var at = profile.Positions.TryGetValue("logo", out var p) ? p : SourceSpan.InFile(profile.SourcePath);
        return ImageLoader.Load(profile.LogoPath, at, diagnostics, "the logo", ProfileFolders(profile));
    }

    /// <summary>Where the files a profile names (logo, fonts) may lie: its repository, or outside any, its own folder.</summary>
    private static AllowedFolders ProfileFolders(FactionProfile profile) =>
        AllowedFolders.ProjectOr(ProfileFolder(profile), "the folder of the profile");

    private static string ProfileFolder(FactionProfile profile) =>
        Path.GetDirectoryName(Path.GetFullPath(profile.SourcePath)) ?? Environment.CurrentDirectory;

    /// <summary>
    /// Where signature images may lie: the repository of the motion or of one of its profiles (outside a repository, their
    /// folders). The paths come from the text a template wrote, so a template cannot make antrag read any other file.
    /// </summary>
    private static AllowedFolders SignatureFolders(LoadedMotion loaded)
    {
        var motionFolder = Path.GetDirectoryName(Path.GetFullPath(loaded.Motion.SourcePath)) ?? Environment.CurrentDirectory;
        return AllowedFolders.Union(
            "the folders of the motion and its profiles",
            [AllowedFolders.ProjectOr(motionFolder, "the folder of the motion"), .. loaded.Profiles.Select(ProfileFolders)]);
    }

    /// <summary>The key of the signer whose 'unterschrift' names <paramref name="path"/>, else the motion file.</summary>
    private static SourceSpan SignaturePosition(Motion motion, string path)
    {
        for (var i = 0; i < motion.Signers.Count; i++)
        {
            if (string.Equals(motion.Signers[i].SignatureImagePath, path, StringComparison.Ordinal)
                && motion.Positions.TryGetValue($"unterzeichner[{i}].unterschrift", out var at))
            {
                return at;
            }
        }

        return SourceSpan.InFile(motion.SourcePath);
    }

    /// <summary>
    /// The profile's fonts (or the shipped ones) subset to <paramref name="text"/>; null after reporting why they cannot be used.
    /// A problem with a configured font file is reported at its key in the profile (<c>schriften.normal</c>, …).
    /// </summary>
    private static FontSet? LoadFonts(FactionProfile profile, string text, DiagnosticBag diagnostics)
    {
        var source = profile.Fonts == FontFiles.Shipped
            ? new Result<FontFamilySource>(FontFamilySource.Shipped, [])
            : FontFamilySource.FromFiles(profile.Fonts, ProfileFolders(profile));
        var fonts = source.Value is { } family ? FontSet.TryCreate(family, text) : new Result<FontSet>(null, source.Diagnostics);
        diagnostics.AddRange(fonts.Diagnostics.Select(d => d with { Span = FontPosition(profile, d.Span) }));
        return fonts.Value;
    }

    /// <summary>Maps the position of a font file (its path, no line) to the key in the profile that names it.</summary>
    private static SourceSpan FontPosition(FactionProfile profile, SourceSpan at)
    {
        foreach (var (path, key) in profile.Fonts.Configured())
        {
            if (at.Line == 0 && string.Equals(path, at.File, StringComparison.Ordinal) && profile.Positions.TryGetValue(key, out var position))
            {
                return position;
            }
        }

        return at;
    }

    /// <summary>
    /// Lays out a prepared motion and reports what does not fit on its page (a signer or table row taller than a page, a
    /// letterhead that leaves no room for the text) at the key it came from; null (the fonts released) if anything did not fit.
    /// Otherwise the rendered motion takes over the fonts.
    /// </summary>
    internal static RenderedMotion? LayoutChecked(PreparedMotion prepared, DiagnosticBag diagnostics)
    {
        var rendered = Layout(prepared);
        if (LayoutDiagnostics.Report(rendered.Layout, prepared.Loaded, diagnostics))
        {
            return rendered;
        }

        rendered.Dispose();
        return null;
    }

    /// <summary>Lays out a prepared motion, also what does not fit (see <see cref="LaidOutDocument.Problems"/>); the rendered motion takes over its fonts.</summary>
    public static RenderedMotion Layout(PreparedMotion prepared)
    {
        var (loaded, text, letterhead, logo, images, fonts) = prepared;
        var (motion, profile, _) = loaded;
        try
        {
            var info = new DocumentInfo(
                Title: InlineParser.PlainText(InlineParser.Parse(motion.Subject)).Replace("\n", " "),
                Author: profile.Name,
                Subject: string.Join(" ", new[] { Capitalize(motion.Kind), motion.ReferenceNumber }.Where(s => !string.IsNullOrEmpty(s))) + " – " + profile.Council,
                Keywords: string.Join(", ", new[] { Capitalize(motion.Kind), profile.Council, motion.ReferenceNumber }.Where(s => !string.IsNullOrEmpty(s))),
                Created: motion.Date?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                Creator: "antrag " + Version)
            {
                Language = motion.Language ?? profile.Language,
            };
            var layout = new DocumentLayouter(
                fonts,
                profile,
                logo,
                images,
                hyphenate: Hyphenation.MotionHyphenation.For(loaded),
                lineNumbers: loaded.LineNumbers).Layout(letterhead, info);
            return new RenderedMotion(loaded, text, letterhead, layout);
        }
        catch
        {
            fonts.Dispose();
            throw;
        }
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
