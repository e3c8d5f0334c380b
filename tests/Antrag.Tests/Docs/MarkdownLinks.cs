using System.Text.RegularExpressions;

namespace Antrag.Tests.Docs;

/// <summary>The link targets of a Markdown text: <c>[text](target)</c>, <c>![alt](target)</c> and HTML <c>src</c>/<c>href</c>, outside code.</summary>
public static partial class MarkdownLinks
{
    /// <summary>Every link target in <paramref name="markdown"/>, in order, leaving out fenced code blocks and inline code spans.</summary>
    public static IReadOnlyList<string> Targets(string markdown)
    {
        var prose = InlineCode().Replace(FencedBlock().Replace(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), string.Empty), string.Empty);
        return MarkdownLink().Matches(prose).Select(m => m.Groups[1].Value)
            .Concat(HtmlLink().Matches(prose).Select(m => m.Groups[1].Value))
            .ToList();
    }

    /// <summary>
    /// The relative targets of <paramref name="markdown"/> as paths without their <c>#anchor</c>; web addresses
    /// (<c>https:</c>, <c>mailto:</c>, …) and links within the page (<c>#…</c>) are left out.
    /// </summary>
    public static IReadOnlyList<string> RelativePaths(string markdown) =>
        Targets(markdown)
            .Where(t => !Scheme().IsMatch(t) && !t.StartsWith('#'))
            .Select(t => t.Split('#')[0])
            .Select(Uri.UnescapeDataString)
            .ToList();

    [GeneratedRegex(@"^(```|~~~).*?^\1[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    // [text](target) or ![alt](target), with an optional "title" after the target.
    [GeneratedRegex(@"!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"<(?:img|a)\b[^>]*?\b(?:src|href)=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLink();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
