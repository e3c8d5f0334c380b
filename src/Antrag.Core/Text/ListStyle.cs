using System.Globalization;
using System.Text;

namespace Antrag.Text;

/// <summary>The marker style of a list as its author wrote it: "1.", "1)", "(1)", "a)", "a.", "I.", "i." or a bullet.</summary>
public sealed record ListStyle(ListNumbering Numbering, string Prefix = "", string Suffix = ".")
{
    /// <summary>A bulleted list ("-", "*" or "+" in the text).</summary>
    public static readonly ListStyle Bullet = new(ListNumbering.Bullet, string.Empty, string.Empty);

    /// <summary>"1.", "2.", …</summary>
    public static readonly ListStyle Decimal = new(ListNumbering.Decimal);

    /// <summary>The printed marker of the item numbered <paramref name="number"/> (1 = first letter or numeral).</summary>
    public string Marker(int number) => Numbering switch
    {
        ListNumbering.Bullet => "•",
        ListNumbering.Decimal => Prefix + number.ToString(CultureInfo.InvariantCulture) + Suffix,
        ListNumbering.LowerAlpha => Prefix + Letters(number) + Suffix,
        ListNumbering.UpperAlpha => Prefix + Letters(number).ToUpperInvariant() + Suffix,
        ListNumbering.LowerRoman => Prefix + Roman(number).ToLowerInvariant() + Suffix,
        _ => Prefix + Roman(number) + Suffix,
    };

    /// <summary>a … z, then aa, ab, … (as spreadsheets count).</summary>
    private static string Letters(int number)
    {
        var sb = new StringBuilder();
        for (var n = Math.Max(1, number); n > 0; n = (n - 1) / 26)
        {
            sb.Insert(0, (char)('a' + ((n - 1) % 26)));
        }

        return sb.ToString();
    }

    private static string Roman(int number)
    {
        if (number is < 1 or > 3999)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            for (; number >= values[i]; number -= values[i])
            {
                sb.Append(symbols[i]);
            }
        }

        return sb.ToString();
    }
}
