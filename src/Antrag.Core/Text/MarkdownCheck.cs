using System.Globalization;
using System.Text;
using Antrag.Diagnostics;
using Antrag.Read;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = Antrag.Diagnostics.SourceSpan;

namespace Antrag.Text;

/// <summary>
/// Warns about what the motion's text blocks hold that the print cannot show (HTML, images, code blocks, rules, headings
/// deeper than ###, nesting beyond the cap, footnotes without text), at its line and column in the motion's file.
/// </summary>
internal static class MarkdownCheck
{
    /// <summary>Reports the warnings of every Markdown text of <paramref name="loaded"/>'s motion.</summary>
    public static void Report(LoadedMotion loaded, DiagnosticBag diagnostics)
    {
        var motion = loaded.Motion;
        IEnumerable<(string Key, string? Value)> texts =
        [
            ("beschlussentwurf", motion.DraftResolution),
            ("begruendung", motion.Reasoning),
            ("vorbemerkung", motion.Preamble),
            ("dringlichkeit", motion.UrgencyReason),
            .. motion.Amendments.Select((a, i) => ($"aenderungen[{i.ToString(CultureInfo.InvariantCulture)}].text", (string?)a.Text)),
            .. motion.Questions.Select((q, i) => ($"fragen[{i.ToString(CultureInfo.InvariantCulture)}]", (string?)q)),
        ];
        string[]? source = null;
        foreach (var (key, value) in texts)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var (line, column, code, message) in Find(value))
            {
                source ??= Source(motion.SourcePath);
                diagnostics.Warning(code, Locate(motion, source, key, value, line, column), message, code.Fix);
            }
        }
    }

    /// <summary>What <paramref name="text"/> holds that is not printed, each at its 0-based line and column in the text.</summary>
    internal static List<(int Line, int Column, DiagnosticCode Code, string Message)> Find(string text)
    {
        var found = new List<(int, int, DiagnosticCode, string)>();
        var definitions = FootnoteDefinitions.Extract(text.Replace("\r\n", "\n"));
        var prepared = ListStartRule.Apply(definitions.Rest, out var tooDeep);
        found.AddRange(tooDeep.Select(l => (l, 0, DiagnosticCodes.NestedTooDeeply, $"more than {ListStartRule.MaxNesting} quotes and lists nested on one line: the markers beyond are printed as text")));
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(prepared, MarkdownRules.Pipeline);
        }
        catch (ArgumentException)
        {
            found.Add((0, 0, DiagnosticCodes.NestedTooDeeply, "the text is nested too deeply (quotes and lists): it is printed as plain paragraphs"));
            return found;
        }

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock html:
                    found.Add((html.Line, html.Column, DiagnosticCodes.HtmlInText, "an HTML block is not printed: it is left out"));
                    break;
                case FencedCodeBlock code:
                    found.Add((code.Line, code.Column, DiagnosticCodes.CodeInText, "a code block (```) is printed as a plain paragraph"));
                    break;
                case ThematicBreakBlock rule:
                    found.Add((rule.Line, rule.Column, DiagnosticCodes.RuleInText, "a horizontal rule is not printed: it is left out"));
                    break;
                case Markdig.Syntax.HeadingBlock { Level: > 3 } heading:
                    found.Add((heading.Line, heading.Column, DiagnosticCodes.HeadingTooDeep, $"a heading of level {heading.Level.ToString(CultureInfo.InvariantCulture)} is set like ### (level 3)"));
                    break;
                case LiteralInline literal:
                    Inline(literal, definitions, found);
                    break;
            }
        }

        return found;
    }

    private static void Inline(LiteralInline literal, FootnoteDefinitions definitions, List<(int, int, DiagnosticCode, string)> found)
    {
        var content = literal.Content.ToString();
        if (content.IndexOfAny(['[', '<']) < 0)
        {
            return;
        }

        foreach (System.Text.RegularExpressions.Match m in BlockParser.InlinePattern().Matches(content))
        {
            if (m.Index > 0 && content[m.Index - 1] == '\\')
            {
                continue;
            }

            var column = literal.Column + m.Index;
            if (m.Groups["image"].Success)
            {
                found.Add((literal.Line, column, DiagnosticCodes.ImageInText, "an image in the text is not printed: it is left out"));
            }
            else if (m.Groups["tag"].Success)
            {
                found.Add((literal.Line, column, DiagnosticCodes.HtmlInText, $"the HTML tag {Shorten(m.Value)} is not printed: it is left out"));
            }
            else if (m.Groups["footnote"].Success && !definitions.Texts.ContainsKey(m.Groups["footnote"].Value))
            {
                found.Add((literal.Line, column, DiagnosticCodes.FootnoteWithoutText, $"the footnote [^{Shorten(m.Groups["footnote"].Value)}] has no text: the reference is left out"));
            }
        }
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    /// <summary>The lines of the motion's file (read again: only when there is something to warn about), or none.</summary>
    private static string[] Source(string path)
    {
        var (bytes, refusal) = SafeFile.Read(path, InputLimits.MotionBytes, null);
        return refusal is null && bytes is not null ? Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").Split('\n') : [];
    }

    /// <summary>
    /// Where line <paramref name="line"/>, column <paramref name="column"/> of the value of <paramref name="key"/> stands in
    /// the file: the value's line is looked for from the key's line on (a block scalar's lines follow it, indented; a
    /// Markdown section's follow its heading), the column moved by the indentation; the key if the line is not found.
    /// </summary>
    private static SourceSpan Locate(Motion motion, string[] source, string key, string value, int line, int column)
    {
        var at = motion.Positions.TryGetValue(key, out var k) ? k : SourceSpan.InFile(motion.SourcePath);
        var lines = value.Replace("\r\n", "\n").Split('\n');
        if (at.Line < 1 || line >= lines.Length || lines[line].Trim().Length == 0)
        {
            return at;
        }

        var wanted = lines[line].Trim();
        var valueIndent = lines[line].Length - lines[line].TrimStart().Length;
        for (var i = at.Line - 1 + line; i < source.Length && i <= at.Line + line + 2; i++)
        {
            var position = source[i].IndexOf(wanted, StringComparison.Ordinal);
            if (position >= 0 && (i > at.Line - 1 || position > at.Column))
            {
                return new SourceSpan(at.File, i + 1, position + Math.Max(0, column - valueIndent) + 1);
            }
        }

        return at;
    }
}
