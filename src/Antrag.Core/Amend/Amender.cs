using Antrag.Diagnostics;
using Antrag.Read;

namespace Antrag.Amend;

/// <summary>Compares the Beschlussentwurf of two versions of a motion and words the changes against the base's line numbers (<c>antrag amend</c>).</summary>
public static class Amender
{
    /// <summary>
    /// The changes from <paramref name="base"/> to <paramref name="changed"/>, in the base's order; <paramref name="fassung"/> states
    /// changed points and paragraphs as whole new versions. Warns when the base is printed without line numbers and when the
    /// Begründung differs (an Änderungsantrag changes the Beschlussentwurf only). Null if an error was reported.
    /// </summary>
    public static IReadOnlyList<StatedChange>? Compare(LoadedMotion @base, LoadedMotion changed, bool fassung, DiagnosticBag diagnostics)
    {
        foreach (var version in new[] { @base, changed })
        {
            if (version.Motion.DraftResolution is null)
            {
                diagnostics.Error(DiagnosticCodes.NothingToAmend, 
                    SourceSpan.InFile(version.Motion.SourcePath),
                    $"this {Describe(version.Motion.Kind)} has no 'beschlussentwurf'; antrag amend compares the Beschlussentwurf of two versions of a motion",
                    "name two versions of a motion with a 'beschlussentwurf' (an Antrag, Prüfantrag, Resolution or Dringlichkeitsantrag)");
            }
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        // Both versions are counted as the base is: its text only, or its whole body (zeilennummern: alles).
        var numbering = Numbering(@base);
        var old = Paragraphs(@base, numbering, diagnostics);
        var @new = Paragraphs(changed, numbering, diagnostics);
        if (old is null || @new is null)
        {
            return null;
        }

        if (@base.LineNumbers is null)
        {
            diagnostics.Warning(DiagnosticCodes.AmendNote, 
                SourceSpan.InFile(@base.Motion.SourcePath),
                "this version is printed without line numbers; the changes name the lines its Beschlussentwurf has when they are counted",
                "set 'zeilennummern: true' in the motion (or in fraktion.yaml) and render it again, so that readers find the lines");
        }

        if (Normalize(@base.Motion.Reasoning) != Normalize(changed.Motion.Reasoning))
        {
            diagnostics.Warning(DiagnosticCodes.AmendNote, 
                changed.Motion.Positions.TryGetValue("begruendung", out var at) ? at : SourceSpan.InFile(changed.Motion.SourcePath),
                "the Begründung differs as well; an Änderungsantrag changes the Beschlussentwurf only, so those changes are not stated",
                "give the reasons for the changes in the 'begruendung' of the Änderungsantrag");
        }

        return AmendmentWording.Changes(old, @new, fassung);
    }

    /// <summary>The line numbers of the motion's PDF with line numbers: as it sets them, or every line of its text when it prints none.</summary>
    public static LineNumbering Numbering(LoadedMotion loaded) =>
        loaded.LineNumbers ?? new LineNumbering();

    /// <summary>
    /// The paragraphs of the numbered text up to the Begründung, laid out with every line counted as in the motion's PDF with
    /// <paramref name="numbering"/> (also when its profile prints none); null if an error was reported.
    /// </summary>
    public static IReadOnlyList<NumberedParagraph>? Paragraphs(LoadedMotion loaded, LineNumbering numbering, DiagnosticBag diagnostics)
    {
        // The lines before the Begründung are laid out the same without it (and without signers and attachments after it).
        var text = loaded.Motion with { Reasoning = null, Signers = [], Attachments = [], LineNumbers = numbering, LineNumbersOff = false };
        using var rendered = diagnostics.Take(Pipeline.Render(loaded with { Motion = text }));
        return rendered is null ? null : NumberedText.Paragraphs(rendered.Layout.NumberedLines);
    }

    private static string Normalize(string? text) => string.Join("\n", (text ?? string.Empty).Replace("\r\n", "\n").Split('\n').Select(l => l.Trim())).Trim();

    private static string Describe(string kind) => kind switch
    {
        "anfrage" => "Anfrage",
        "aenderungsantrag" => "Änderungsantrag",
        "ergaenzungsantrag" => "Ergänzungsantrag",
        _ => kind,
    };
}
