using System.CommandLine;
using System.Globalization;
using System.Text;
using Antrag.Amend;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Output;
using Antrag.Text;

namespace Antrag.Cli;

/// <summary>The <c>amend</c> command: compares two versions of a motion and writes the Änderungsantrag, or their synopsis as a PDF.</summary>
public static class AmendCommand
{
    public static Command Create(Option<bool> verbose, TimeProvider? clock = null)
    {
        var @base = new Argument<string>("BASE")
        {
            Description = "The version to amend: a motion file, or REV:PATH, a file as committed in git (e.g. HEAD~1:antraege/radwege.yaml).",
        };
        var changed = new Argument<string>("CHANGED") { Description = "The changed version: a motion file (or REV:PATH)." };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write. Default: beside CHANGED, NAME-aenderungsantrag.yaml (never overwritten) or NAME-synopse.pdf.",
            HelpName = "FILE",
        };
        var format = CliOptions.Choice("--format", "-f", "yaml (default): the Änderungsantrag as a motion file to edit and render; synopse: a PDF of both versions side by side.", "yaml", "synopse");
        var fassung = new Option<bool>("--fassung")
        {
            Description = "State each changed point or paragraph in its new version (\"Ziffer 2 erhält folgende Fassung: …\") instead of line by line.",
        };

        var command = new Command(
            "amend",
            "Compare two versions of a motion and write an Änderungsantrag that states each change against the line numbers of\n"
            + "BASE (\"In Zeile 12 wird „…“ ersetzt durch „…“.\"), or with --format synopse both versions side by side.\n\n"
            + "Examples:\n  antrag amend antraege/radwege.yaml entwurf/radwege.yaml\n"
            + "  antrag amend HEAD~1:antraege/radwege.yaml antraege/radwege.yaml --fassung\n"
            + "  antrag amend main:antraege/radwege.yaml antraege/radwege.yaml --format synopse -o synopse.pdf")
        {
            @base, changed, output, format, fassung,
        };
        command.SetAction(parse => Run(
            parse.GetValue(@base)!,
            parse.GetValue(changed)!,
            parse.GetValue(output),
            parse.GetValue(format) == "synopse",
            parse.GetValue(fassung),
            clock ?? TimeProvider.System,
            parse.GetValue(verbose),
            Console.Out,
            Console.Error));
        return command;
    }

    /// <summary>Compares <paramref name="base"/> with <paramref name="changed"/> and writes the result; returns an exit code from <see cref="ExitCodes"/>.</summary>
    public static int Run(string @base, string changed, string? output, bool synopsis, bool fassung, TimeProvider clock, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            if (synopsis && fassung)
            {
                DiagnosticPrinter.Error(stderr, DiagnosticCodes.Usage, "--fassung", "--fassung words the Änderungsantrag; the synopsis shows both versions as they are", "leave out --fassung, or --format synopse");
                return ExitCodes.BadInput;
            }

            var old = MotionVersion.Load(@base, diagnostics);
            var @new = MotionVersion.Load(changed, diagnostics);
            if (old is null || @new is null)
            {
                DiagnosticPrinter.Print(diagnostics.Items, stderr);
                return ExitCodes.BadInput;
            }

            return synopsis
                ? Synopsis(old.Value, @new.Value, output, diagnostics, stdout, stderr)
                : Amendment(old.Value.Loaded, @new.Value.Loaded, @new.Value.FullPath, @base, output, fassung, clock, diagnostics, stdout, stderr);
        }
        catch (Exception ex)
        {
            DiagnosticPrinter.Print(diagnostics.Items, stderr);
            DiagnosticPrinter.InternalError(ex, verbose, stderr);
            return ExitCodes.InternalError;
        }
    }

    private static int Amendment(
        LoadedMotion old,
        LoadedMotion @new,
        string changedPath,
        string baseName,
        string? output,
        bool fassung,
        TimeProvider clock,
        DiagnosticBag diagnostics,
        TextWriter stdout,
        TextWriter stderr)
    {
        var target = output ?? DisplayName(AmendmentFile.DefaultPath(changedPath));
        if (Directory.Exists(target))
        {
            target = Path.Join(target, Path.GetFileName(AmendmentFile.DefaultPath(changedPath)));
        }

        var changes = Amender.Compare(old, @new, fassung, diagnostics);
        if (changes is null)
        {
            DiagnosticPrinter.Print(diagnostics.Items, stderr);
            return ExitCodes.BadInput;
        }

        if (changes.Count == 0)
        {
            DiagnosticPrinter.Print(diagnostics.Items, stderr);
            DiagnosticPrinter.Error(stderr, DiagnosticCodes.NothingToAmend, @new.Motion.SourcePath, $"the Beschlussentwurf is the same as in {old.Motion.SourcePath}; there is no change to state", "edit the Beschlussentwurf of the changed version (or name another base version), then run antrag amend again");
            return ExitCodes.BadInput;
        }

        if (Refusal(target) is { } refusal)
        {
            DiagnosticPrinter.Print([.. diagnostics.Items, refusal], stderr);
            return ExitCodes.BadInput;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var text = AmendmentFile.Write(old, @new, changedPath, changes, baseName, target, today, diagnostics);
        DiagnosticPrinter.Print(diagnostics.Items, stderr);
        if (!NewFileTarget.TryWrite(target, text, "amend", stderr))
        {
            return ExitCodes.BadInput;
        }

        stdout.WriteLine($"wrote {target} ({changes.Count.ToString(CultureInfo.InvariantCulture)} {(changes.Count == 1 ? "change" : "changes")}):");
        for (var i = 0; i < changes.Count; i++)
        {
            stdout.WriteLine($"  {(i + 1).ToString(CultureInfo.InvariantCulture)}. {changes[i].Text.Replace("\n", "\n     ", StringComparison.Ordinal)}");
        }

        stdout.WriteLine($"next: write the Begründung, then run 'antrag render {target}'");
        return ExitCodes.Ok;
    }

    private static int Synopsis((LoadedMotion Loaded, string FullPath) baseVersion, (LoadedMotion Loaded, string FullPath) changedVersion, string? output, DiagnosticBag diagnostics, TextWriter stdout, TextWriter stderr)
    {
        var (old, @new, changedPath) = (baseVersion.Loaded, changedVersion.Loaded, changedVersion.FullPath);
        var target = output ?? DisplayName(Path.Combine(Path.GetDirectoryName(changedPath) ?? string.Empty, Path.GetFileNameWithoutExtension(changedPath) + "-synopse.pdf"));
        if (SynopsisBuilder.Paragraphs(old.Motion).SequenceEqual(SynopsisBuilder.Paragraphs(@new.Motion), StringComparer.Ordinal))
        {
            DiagnosticPrinter.Print(diagnostics.Items, stderr);
            DiagnosticPrinter.Error(stderr, DiagnosticCodes.NothingToAmend, @new.Motion.SourcePath, $"the text is the same as in {old.Motion.SourcePath}; there is nothing to compare", "name two different versions of the motion");
            return ExitCodes.BadInput;
        }

        if (!Path.GetExtension(target).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            DiagnosticPrinter.Print(diagnostics.Items, stderr);
            DiagnosticPrinter.Error(stderr, DiagnosticCodes.OutputClash, target, "the synopsis is a PDF; the output must be a .pdf file other than the motions", "e.g. -o " + Path.GetFileNameWithoutExtension(changedPath) + "-synopse.pdf");
            return ExitCodes.BadInput;
        }

        if ((OutputGuard.NotAFile(target) ?? OutputGuard.Overwrites(target, InputFile.Of(old, baseVersion.FullPath).Concat(InputFile.Of(@new, changedPath)))) is { } refusal)
        {
            DiagnosticPrinter.Print([.. diagnostics.Items, refusal], stderr);
            return ExitCodes.BadInput;
        }

        using var rendered = SynopsisRenderer.Render(old, @new, diagnostics);
        DiagnosticPrinter.Print(diagnostics.Items, stderr);
        if (rendered is null)
        {
            return ExitCodes.BadInput;
        }

        try
        {
            AtomicFile.Write(target, PdfExporter.Export(rendered.Layout));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DiagnosticPrinter.Error(stderr, DiagnosticCodes.CannotWrite, target, $"cannot write the output: {ex.Message}", "check that the folder exists and can be written to, and that the disk is not full");
            return ExitCodes.BadInput;
        }

        var pages = rendered.Layout.Pages.Count;
        stdout.WriteLine($"wrote {target} ({pages.ToString(CultureInfo.InvariantCulture)} {(pages == 1 ? "page" : "pages")})");
        return ExitCodes.Ok;
    }

    private static Diagnostic? Refusal(string target) => NewFileTarget.Refusal(target, "amend", " (it may hold your Begründung)", "the Änderungsantrag is written as YAML");

    /// <summary>A full path as shown to the user: relative to the current folder when under it.</summary>
    private static string DisplayName(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
