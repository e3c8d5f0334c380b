using System.Globalization;
using System.Text;

namespace Antrag.Tests.PdfA;

/// <summary>
/// Splits a PDF content stream into operations (operator and operands). Operands are doubles (numbers), strings starting
/// with '/' (names), byte arrays (strings), lists (arrays), dictionaries (inline dictionaries) and booleans.
/// Inline images come out as one "BI" operation whose operand is the image dictionary.
/// </summary>
public static class ContentTokenizer
{
    public static List<(string Operator, List<object> Operands)> Operations(byte[] content)
    {
        var operations = new List<(string, List<object>)>();
        var operands = new List<object>();
        var at = 0;
        while (Next(content, ref at) is { } token)
        {
            if (token is Operator op)
            {
                if (op.Name == "BI")
                {
                    operands.Add(InlineImage(content, ref at));
                }

                operations.Add((op.Name, operands));
                operands = [];
            }
            else
            {
                operands.Add(token);
            }
        }

        if (operands.Count > 0)
        {
            throw new FormatException("content stream ends with operands but no operator");
        }

        return operations;
    }

    private sealed record Operator(string Name);

    private sealed record Close(char Bracket);

    private static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static object? Next(byte[] s, ref int at)
    {
        while (at < s.Length)
        {
            if (IsWhite(s[at]))
            {
                at++;
            }
            else if (s[at] == '%')
            {
                while (at < s.Length && s[at] is not (10 or 13))
                {
                    at++;
                }
            }
            else
            {
                break;
            }
        }

        if (at >= s.Length)
        {
            return null;
        }

        var c = s[at];
        switch (c)
        {
            case (byte)'/':
            {
                var start = ++at;
                while (at < s.Length && !IsWhite(s[at]) && !IsDelimiter(s[at]))
                {
                    at++;
                }

                return "/" + Encoding.Latin1.GetString(s, start, at - start);
            }

            case (byte)'(':
                return LiteralString(s, ref at);
            case (byte)'<' when at + 1 < s.Length && s[at + 1] == '<':
            {
                at += 2;
                var dict = new Dictionary<string, object>(StringComparer.Ordinal);
                while (Next(s, ref at) is { } key and not Close)
                {
                    dict[(string)key] = Next(s, ref at) ?? throw new FormatException("dictionary without value");
                }

                return dict;
            }

            case (byte)'<':
            {
                var end = Array.IndexOf(s, (byte)'>', at);
                var hex = new string(Encoding.Latin1.GetString(s, at + 1, end - at - 1).Where(ch => !char.IsWhiteSpace(ch)).ToArray());
                at = end + 1;
                if (hex.Length % 2 == 1)
                {
                    hex += "0";
                }

                return Convert.FromHexString(hex);
            }

            case (byte)'>' when at + 1 < s.Length && s[at + 1] == '>':
                at += 2;
                return new Close('>');
            case (byte)'[':
            {
                at++;
                var list = new List<object>();
                while (Next(s, ref at) is { } item and not Close)
                {
                    list.Add(item);
                }

                return list;
            }

            case (byte)']':
                at++;
                return new Close(']');
            default:
            {
                var start = at;
                while (at < s.Length && !IsWhite(s[at]) && !IsDelimiter(s[at]))
                {
                    at++;
                }

                if (at == start)
                {
                    throw new FormatException($"unexpected '{(char)c}' at {at}");
                }

                var word = Encoding.Latin1.GetString(s, start, at - start);
                if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return number;
                }

                return word switch
                {
                    "true" => true,
                    "false" => false,
                    _ => new Operator(word),
                };
            }
        }
    }

    private static byte[] LiteralString(byte[] s, ref int at)
    {
        var bytes = new List<byte>();
        var depth = 0;
        at++;
        while (at < s.Length)
        {
            var b = s[at++];
            if (b == '\\')
            {
                var e = s[at++];
                switch (e)
                {
                    case (byte)'n': bytes.Add(10); break;
                    case (byte)'r': bytes.Add(13); break;
                    case (byte)'t': bytes.Add(9); break;
                    case (byte)'b': bytes.Add(8); break;
                    case (byte)'f': bytes.Add(12); break;
                    case 10: break;
                    case 13:
                        if (at < s.Length && s[at] == 10)
                        {
                            at++;
                        }

                        break;
                    case >= (byte)'0' and <= (byte)'7':
                    {
                        var value = e - '0';
                        for (var i = 0; i < 2 && at < s.Length && s[at] is >= (byte)'0' and <= (byte)'7'; i++)
                        {
                            value = (value * 8) + (s[at++] - '0');
                        }

                        bytes.Add((byte)value);
                        break;
                    }

                    default: bytes.Add(e); break;
                }
            }
            else if (b == '(')
            {
                depth++;
                bytes.Add(b);
            }
            else if (b == ')')
            {
                if (depth-- == 0)
                {
                    return bytes.ToArray();
                }

                bytes.Add(b);
            }
            else
            {
                bytes.Add(b);
            }
        }

        throw new FormatException("unterminated string");
    }

    /// <summary>Reads an inline image's dictionary after BI and skips its data up to EI.</summary>
    private static Dictionary<string, object> InlineImage(byte[] s, ref int at)
    {
        var dict = new Dictionary<string, object>(StringComparer.Ordinal);
        while (Next(s, ref at) is { } key)
        {
            if (key is Operator { Name: "ID" })
            {
                at++;
                for (; at + 2 < s.Length; at++)
                {
                    if (IsWhite(s[at]) && s[at + 1] == 'E' && s[at + 2] == 'I' && (at + 3 == s.Length || IsWhite(s[at + 3])))
                    {
                        at += 3;
                        return dict;
                    }
                }

                throw new FormatException("inline image without EI");
            }

            dict[(string)key] = Next(s, ref at) ?? throw new FormatException("inline image dictionary without value");
        }

        throw new FormatException("inline image without ID");
    }
}
