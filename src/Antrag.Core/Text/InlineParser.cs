using System.Text;

namespace Antrag.Text;

/// <summary>Parses light Markdown emphasis (<c>**bold**</c>, <c>*italic*</c>, <c>++underline++</c>, <c>~~strike~~</c>, a backslash before ASCII punctuation, as in CommonMark) into styled runs.</summary>
public static class InlineParser
{
    /// <summary>
    /// Splits <paramref name="text"/> into runs; unmatched markers stay literal, newlines are kept. Linear in the length of the
    /// text: each marker is looked at once per kind, and a run is cut only where the style of the text changes.
    /// </summary>
    public static IReadOnlyList<TextRun> Parse(string text)
    {
        var tokens = Tokenize(text);
        PairDelimiters(tokens);
        var runs = new List<TextRun>();

        // The text not yet made a run, all in the style it was written in (pending*); the style markers toggle (current*).
        var sb = new StringBuilder();
        bool bold = false, italic = false;
        var decoration = Decoration.None;
        bool pendingBold = false, pendingItalic = false;
        var pendingDecoration = Decoration.None;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Text || !token.Paired)
            {
                if (sb.Length > 0 && (pendingBold != bold || pendingItalic != italic || pendingDecoration != decoration))
                {
                    Flush();
                }

                if (sb.Length == 0)
                {
                    (pendingBold, pendingItalic, pendingDecoration) = (bold, italic, decoration);
                }

                sb.Append(token.Text);
                continue;
            }

            switch (token.Kind)
            {
                case TokenKind.Strong:
                    bold = !bold;
                    break;
                case TokenKind.Emphasis:
                    italic = !italic;
                    break;
                case TokenKind.Underline:
                    decoration ^= Decoration.Underline;
                    break;
                default:
                    decoration ^= Decoration.Strike;
                    break;
            }
        }

        Flush();
        return runs;

        void Flush()
        {
            if (sb.Length > 0)
            {
                runs.Add(new TextRun(sb.ToString(), pendingBold, pendingItalic) { Decoration = pendingDecoration });
                sb.Clear();
            }
        }
    }

    /// <summary>The text of runs without any styling.</summary>
    public static string PlainText(IEnumerable<TextRun> runs) => string.Concat(runs.Select(r => r.Text));

    private enum TokenKind
    {
        Text,
        Strong,
        Emphasis,
        Underline,
        Strike,
    }

    private sealed class Token(TokenKind kind, string text, bool canOpen, bool canClose)
    {
        public TokenKind Kind { get; } = kind;

        public string Text { get; } = text;

        public bool CanOpen { get; } = canOpen;

        public bool CanClose { get; } = canClose;

        public bool Paired { get; set; }
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && char.IsAscii(text[i + 1]) && (char.IsPunctuation(text[i + 1]) || char.IsSymbol(text[i + 1])))
            {
                sb.Append(text[i + 1]);
                i++;
                continue;
            }

            if ((c == '+' || c == '~') && i + 1 < text.Length && text[i + 1] == c)
            {
                var pairBefore = i > 0 ? text[i - 1] : ' ';
                var pairAfter = i + 2 < text.Length ? text[i + 2] : ' ';
                if (sb.Length > 0)
                {
                    tokens.Add(new Token(TokenKind.Text, sb.ToString(), false, false));
                    sb.Clear();
                }

                tokens.Add(new Token(c == '+' ? TokenKind.Underline : TokenKind.Strike, new string(c, 2), !char.IsWhiteSpace(pairAfter), !char.IsWhiteSpace(pairBefore)));
                i++;
                continue;
            }

            if (c != '*')
            {
                sb.Append(c);
                continue;
            }

            var len = 1;
            while (i + len < text.Length && text[i + len] == '*')
            {
                len++;
            }

            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + len < text.Length ? text[i + len] : ' ';
            var canOpen = !char.IsWhiteSpace(after);
            var canClose = !char.IsWhiteSpace(before);
            if (sb.Length > 0)
            {
                tokens.Add(new Token(TokenKind.Text, sb.ToString(), false, false));
                sb.Clear();
            }

            // "***" = strong + emphasis; longer runs of stars are literal.
            switch (len)
            {
                case 1:
                    tokens.Add(new Token(TokenKind.Emphasis, "*", canOpen, canClose));
                    break;
                case 2:
                    tokens.Add(new Token(TokenKind.Strong, "**", canOpen, canClose));
                    break;
                case 3:
                    tokens.Add(new Token(TokenKind.Strong, "**", canOpen, canClose));
                    tokens.Add(new Token(TokenKind.Emphasis, "*", canOpen, canClose));
                    break;
                default:
                    tokens.Add(new Token(TokenKind.Text, new string('*', len), false, false));
                    break;
            }

            i += len - 1;
        }

        if (sb.Length > 0)
        {
            tokens.Add(new Token(TokenKind.Text, sb.ToString(), false, false));
        }

        return tokens;
    }

    private static void PairDelimiters(List<Token> tokens)
    {
        foreach (var kind in new[] { TokenKind.Strong, TokenKind.Emphasis, TokenKind.Underline, TokenKind.Strike })
        {
            Token? open = null;
            foreach (var token in tokens)
            {
                if (token.Kind != kind)
                {
                    continue;
                }

                if (open is null)
                {
                    if (token.CanOpen)
                    {
                        open = token;
                    }
                }
                else if (token.CanClose)
                {
                    open.Paired = true;
                    token.Paired = true;
                    open = null;
                }
                else if (token.CanOpen)
                {
                    open = token;
                }
            }
        }
    }
}
