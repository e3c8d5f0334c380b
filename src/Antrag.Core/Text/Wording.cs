using System.Text.RegularExpressions;
using Antrag.Read.Keys;

namespace Antrag.Text;

/// <summary>
/// The words of one document: every named text (<see cref="TextKeys"/>) from its default, the profile's, the kind's and the
/// motion's own, with the council's forms filled in; and the intro of the Beschlussentwurf, left out when the text itself
/// already begins with it.
/// </summary>
public sealed partial record Wording(IReadOnlyDictionary<string, string> Texts, CouncilForms Council, string? ResolutionIntro, bool IntroInText)
{
    /// <summary>The wording of <paramref name="loaded"/>.</summary>
    public static Wording For(LoadedMotion loaded)
    {
        var (motion, profile, _) = loaded;
        var council = CouncilForms.Of(profile.Council, profile.CouncilGender, profile.CouncilGenitive);
        var kind = loaded.Kind;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value, _) in TextKeys.Texts)
        {
            var text = motion.Texts.GetValueOrDefault(name)
                ?? kind.Texts.GetValueOrDefault(name)
                ?? profile.Texts.GetValueOrDefault(name)
                ?? (kind.BasedOn is { } based ? MotionKeys.Declaration.Kind(based)?.Texts.GetValueOrDefault(name) : null)
                ?? value;
            texts[name] = Fill(text, council, motion);
        }

        var intro = texts["beschluss_einleitung"];
        var inText = motion.DraftResolution is { } draft && BeginsWith(draft, intro);
        return new Wording(texts, council, inText || intro.Length == 0 ? null : intro, inText);
    }

    /// <summary>The placeholders of a text filled in: the council's forms, what an amendment amends and its Vorlage.</summary>
    private static string Fill(string text, CouncilForms council, Read.Motion motion)
    {
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        var part = motion.AmendedPart ?? "der Beschlussentwurf";
        var paper = motion.AmendedPaper is { } p ? p.Number + (p.Subject is { } s ? $" „{s}“" : string.Empty) : string.Empty;
        return text
            .Replace("{rat}", council.NominativeCapitalised, StringComparison.Ordinal)
            .Replace("{der_rat}", council.Nominative, StringComparison.Ordinal)
            .Replace("{im_rat}", council.In, StringComparison.Ordinal)
            .Replace("{des_rats}", council.Genitive, StringComparison.Ordinal)
            .Replace("{dem_rat}", council.Dative, StringComparison.Ordinal)
            .Replace("{rat_name}", council.Name, StringComparison.Ordinal)
            .Replace("{gegenstand}", char.ToUpperInvariant(part[0]) + part[1..], StringComparison.Ordinal)
            .Replace("{vorlage}", paper, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether <paramref name="draft"/> already begins with the intro: it starts with the intro's first two words ("Der Rat")
    /// and has its last word, the verb ("beschließt"), among its first twelve words — compared without case and punctuation,
    /// so "Der Rat der Stadt Krefeld beschließt, …" and "Der Rat beschließt:" both count.
    /// </summary>
    private static bool BeginsWith(string draft, string intro)
    {
        var words = Words(intro);
        if (words.Count < 2)
        {
            return false;
        }

        var start = Words(draft.Length > 400 ? draft[..400] : draft).Take(12).ToList();
        return start.Count >= 3
            && start.Take(2).SequenceEqual(words.Take(2), StringComparer.OrdinalIgnoreCase)
            && start.Contains(words[^1], StringComparer.OrdinalIgnoreCase);
    }

    private static List<string> Words(string text) =>
        Word().Matches(text.Replace("*", string.Empty, StringComparison.Ordinal)).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}§]+")]
    private static partial Regex Word();
}
