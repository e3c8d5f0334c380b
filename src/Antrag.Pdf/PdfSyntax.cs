using System.Globalization;
using System.Text;

namespace Antrag.Pdf;

/// <summary>How values are spelled in a PDF file: numbers, names, text strings and dates, the same on every machine.</summary>
internal static class PdfSyntax
{
    /// <summary><paramref name="value"/> rounded to three decimals, without trailing zeros or exponent ("12.5", "-0.333", "0").</summary>
    public static string Number(double value)
    {
        Span<byte> buffer = stackalloc byte[32];
        var length = WriteNumber(buffer, value);
        return Encoding.ASCII.GetString(buffer[..length]);
    }

    /// <summary>
    /// Writes <paramref name="value"/> rounded to <paramref name="decimals"/> (3 or 6) decimals into <paramref name="into"/>
    /// as <see cref="Number"/> spells it; returns the byte count (at most 24).
    /// </summary>
    public static int WriteNumber(Span<byte> into, double value, int decimals = 3)
    {
        var unit = decimals == 6 ? 1_000_000 : 1000;
        var scaled = (long)Math.Round(value * unit, MidpointRounding.AwayFromZero);
        var n = 0;
        if (scaled < 0)
        {
            into[n++] = (byte)'-';
            scaled = -scaled;
        }

        var whole = scaled / unit;
        var fraction = (int)(scaled % unit);
        Span<byte> digits = stackalloc byte[20];
        var d = 0;
        do
        {
            digits[d++] = (byte)('0' + (whole % 10));
            whole /= 10;
        }
        while (whole > 0);

        while (d > 0)
        {
            into[n++] = digits[--d];
        }

        if (fraction != 0)
        {
            into[n++] = (byte)'.';
            var divisor = unit / 10;
            while (fraction != 0)
            {
                into[n++] = (byte)('0' + (fraction / divisor));
                fraction %= divisor;
                divisor /= 10;
            }
        }

        if (n == 2 && into[0] == '-' && into[1] == '0')
        {
            into[0] = (byte)'0';
            n = 1;
        }

        return n;
    }

    /// <summary><paramref name="name"/> as the characters of a PDF name (without the slash): # escapes for delimiters, spaces and non-ASCII.</summary>
    public static string NameChars(string name)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7F && "()<>[]{}/%#".IndexOf((char)b) < 0)
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>A text string: literal "(…)" for printable ASCII, else UTF-16BE with a byte order mark in hex.</summary>
    public static string Text(string text)
    {
        if (text.All(c => c is >= ' ' and < '\x7F'))
        {
            var sb = new StringBuilder("(");
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\')
                {
                    sb.Append('\\');
                }

                sb.Append(c);
            }

            return sb.Append(')').ToString();
        }

        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
    }

    /// <summary>A date as "(D:YYYYMMDDHHmmSS+00'00')" (the time taken as UTC, as written).</summary>
    public static string Date(DateTime date) =>
        "(D:" + date.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";
}
