using Antrag.Diagnostics;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Antrag.Read;

/// <summary>Turns a YAML text into its top-level mapping, reporting syntax errors, tabs, repeated keys and empty files.</summary>
internal static partial class YamlLoader
{
    /// <summary>Deeper nesting is refused (a motion needs three levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The most characters a file may have with every alias (<c>*name</c>) written out: as many as the largest file read
    /// (the template and the layout copy an aliased value once per reference).
    /// </summary>
    public const long MaxExpanded = InputLimits.MotionBytes;

    private const string TabMessage = "tab character used for indentation";
    private const string TabHint = "YAML needs spaces for indentation; replace the tab with spaces";
    private const string DefaultHint = "check the indentation and the quotation marks around this position";

    /// <summary>
    /// Parses <paramref name="text"/>; returns the top-level mapping, or null after reporting why there is none.
    /// Repeated keys are reported but do not stop the load (the first occurrence counts).
    /// </summary>
    public static YamlMappingNode? Load(string text, ReadContext context, string emptyMessage, string topLevelHint)
    {
        text = Normalize(text);
        var parser = new CheckedParser(new Parser(new StringReader(text)), MaxDepth, MaxExpanded, text);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException) when (parser.StopMessage is { } stopMessage)
        {
            context.Error(parser.StopCode ?? DiagnosticCodes.YamlSyntax, context.At(parser.StopAt), stopMessage, parser.StopHint);
            return null;
        }
        catch (YamlException e)
        {
            ReportSyntaxError(e, text, context);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ReportParserFailure(parser, context);
            return null;
        }

        foreach (var anchored in parser.UnusedScalarAnchors)
        {
            context.Warning(DiagnosticCodes.AnchorAsText, 
                context.At(anchored.Start),
                $"'&{anchored.Anchor.Value}' is read as a YAML anchor, not as text; the value is '{Shown.Text(anchored.Value)}'",
                $"to keep '&{anchored.Anchor.Value}' in the text, put the whole value in quotes");
        }

        foreach (var (at, names) in parser.ControlCharacters)
        {
            var plural = names.Contains(',', StringComparison.Ordinal);
            context.Warning(
                DiagnosticCodes.ControlCharacter,
                context.At(at),
                plural
                    ? $"the text contains the control characters {names}; they have no glyph and no meaning on a page and are left out"
                    : $"the text contains the control character {names}; it has no glyph and no meaning on a page and is left out",
                "remove the escape (such as '\\0', '\\a' or '\\e') or the invisible character from the text");
        }

        foreach (var duplicate in parser.Duplicates)
        {
            context.Error(DiagnosticCodes.DuplicateKey, context.At(duplicate.At), $"duplicate key '{Shown.Text(duplicate.Key)}' (first at line {duplicate.FirstAt.Line})");
        }

        if (stream.Documents.Count == 0)
        {
            context.Error(DiagnosticCodes.EmptyFile, context.FileStart, emptyMessage);
            return null;
        }

        if (parser.DocumentStarts.Count > 1)
        {
            context.Error(DiagnosticCodes.SeveralDocuments, 
                context.At(parser.DocumentStarts[1]),
                "the file contains more than one YAML document (separated by '---')",
                "keep one document per file; remove the '---' line");
        }

        var root = stream.Documents[0].RootNode;
        switch (root)
        {
            case YamlMappingNode mapping:
                return mapping;
            case YamlScalarNode scalar when MappingBinder.IsEmpty(scalar):
                context.Error(DiagnosticCodes.EmptyFile, context.FileStart, emptyMessage);
                return null;
            default:
                context.Error(DiagnosticCodes.NotAMapping, context.At(root), $"expected 'key: value' lines at the top level, not {MappingBinder.Describe(root)}", topLevelHint);
                return null;
        }
    }

    /// <summary>Drops a byte order mark and turns CRLF and CR line ends into LF (positions do not change).</summary>
    public static string Normalize(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    private static void ReportSyntaxError(YamlException e, string text, ReadContext context)
    {
        var message = StripPosition(e.Message);
        if (message.Contains("invalid Unicode surrogates", StringComparison.OrdinalIgnoreCase)
            && LoneSurrogate(text, (int)Math.Clamp(e.Start.Index, 0, text.Length)) is { } half)
        {
            var (line, column) = LineAndColumn(text, half.Index);
            context.Error(
                DiagnosticCodes.LoneSurrogate,
                context.At(new Mark(half.Index, line, column)),
                $"'{half.Escape}' is half of a character (a lone surrogate); write the whole character or leave it out",
                "write a character beyond U+FFFF as '\\U0001F600' or as both halves, '\\ud83d\\ude00'");
            return;
        }

        var errorLine = e.Start.Line > 0 ? e.Start.Line : e.End.Line;
        var tabs = TabIndentedLines(text);
        var mentionsTab = message.Contains("tab", StringComparison.OrdinalIgnoreCase);
        (int Line, int Column)? tab = null;
        foreach (var candidate in tabs)
        {
            // A tab error is often reported at the start of the enclosing block: take the first tab from there on.
            // Other errors are blamed on a tab only when it is on the error's own line.
            if (mentionsTab ? candidate.Line >= errorLine : candidate.Line == e.Start.Line || candidate.Line == e.End.Line)
            {
                tab = candidate;
                break;
            }
        }

        if (tab is null && mentionsTab && tabs.Count > 0)
        {
            tab = tabs[0];
        }

        if (tab is { } t)
        {
            context.Error(DiagnosticCodes.TabIndentation, new(context.DisplayPath, t.Line, t.Column), TabMessage, TabHint);
            return;
        }

        if (mentionsTab)
        {
            context.Error(DiagnosticCodes.TabIndentation, context.At(e.End.Line > 0 ? e.End : e.Start), TabMessage, TabHint);
            return;
        }

        var at = e.Start.Line > 0 ? e.Start : e.End.Line > 0 ? e.End : new Mark(0, 1, 1);
        context.Error(DiagnosticCodes.YamlSyntax, context.At(at), "invalid YAML: " + message, HintFor(message));
    }

    /// <summary>The parser failed without a located message (a YamlDotNet quirk, e.g. an unclosed '[').</summary>
    private static void ReportParserFailure(CheckedParser parser, ReadContext context)
    {
        if (parser.InnermostOpenFlow is { } flow)
        {
            var (open, close, what) = flow.IsMapping ? ('{', '}', "the entries") : ('[', ']', "the list");
            context.Error(DiagnosticCodes.YamlSyntax, 
                context.At(flow.Start),
                $"invalid YAML: '{open}' is not closed with '{close}'",
                $"end {what} with '{close}' on the same line, or leave out the '{open}'");
            return;
        }

        context.Error(DiagnosticCodes.YamlSyntax, context.At(parser.LastEnd), "invalid YAML: the text cannot be read from here on", DefaultHint);
    }

    private static string HintFor(string message)
    {
        if (message.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase)
            || message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
        {
            return "a value that contains ': ' must be in quotes, or written as a block ('key: |' and the text on the next lines, indented); otherwise check the indentation of this line";
        }

        if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            return "a quotation mark (\" or ') opened here is not closed; close it at the end of the value, or leave out the quotes";
        }

        if (message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase))
        {
            return "check the indentation of this line; a value that starts with a quotation mark must end with it";
        }

        if (message.Contains("cannot start any token", StringComparison.OrdinalIgnoreCase))
        {
            return "a value cannot start with this character; put the whole value in quotes";
        }

        return DefaultHint;
    }

    /// <summary>
    /// The first escape in the double-quoted text opened at <paramref name="start"/> (at or after it) that is half of a
    /// character: a high surrogate (<c>\ud800</c>) not followed by a low one, or a low one alone; null if there is none.
    /// </summary>
    internal static (int Index, string Escape)? LoneSurrogate(string text, int start)
    {
        var open = text.IndexOf('"', start);
        (int Index, string Escape)? high = null;
        for (var i = open + 1; open >= 0 && i < text.Length && text[i] != '"'; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                if (high is { } h)
                {
                    return (h.Index, h.Escape);
                }

                continue;
            }

            var kind = text[i + 1];
            var digits = kind switch { 'u' => 4, 'U' => 8, 'x' => 2, _ => 0 };
            if (digits == 0 || i + 2 + digits > text.Length
                || !uint.TryParse(text.AsSpan(i + 2, digits), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                if (high is { } h)
                {
                    return (h.Index, h.Escape);
                }

                i++;
                continue;
            }

            var escape = text.Substring(i, 2 + digits);
            if (code is >= 0xDC00 and <= 0xDFFF)
            {
                if (high is null)
                {
                    return (i, escape);
                }

                high = null;
            }
            else if (high is { } h)
            {
                return (h.Index, h.Escape);
            }
            else if (code is >= 0xD800 and <= 0xDBFF)
            {
                high = (i, escape);
            }

            i += 1 + digits;
        }

        return high is { } last ? (last.Index, last.Escape) : null;
    }

    /// <summary>The 1-based line and column of the character at <paramref name="index"/>.</summary>
    private static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    /// <summary>Lines whose indentation contains a tab: 1-based line and the column of the first tab.</summary>
    private static List<(int Line, int Column)> TabIndentedLines(string text)
    {
        var result = new List<(int, int)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var c = 0; c < line.Length && line[c] is ' ' or '\t'; c++)
            {
                if (line[c] == '\t')
                {
                    result.Add((i + 1, c + 1));
                    break;
                }
            }
        }

        return result;
    }

    private static string StripPosition(string message) => PositionPrefix().Replace(message, string.Empty).Trim();

    [GeneratedRegex(@"^\s*\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
