using System.Globalization;

namespace Antrag.Read;

/// <summary>Parses the date formats a motion may use: German <c>28.02.2023</c> and ISO <c>2023-02-28</c>.</summary>
internal static class DateText
{
    /// <summary>The hint shown with every date problem.</summary>
    public const string Hint = "write dates as DD.MM.YYYY, e.g. 28.02.2023";

    /// <summary>Reads <c>d.M.yyyy</c> or <c>yyyy-MM-dd</c>; false for other shapes and for days that do not exist.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var parts = text.Trim().Split('.');
        int day, month, year;
        if (parts.Length == 3 && IsNumber(parts[0], 1, 2) && IsNumber(parts[1], 1, 2) && IsNumber(parts[2], 4, 4))
        {
            (day, month, year) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
        }
        else
        {
            parts = text.Trim().Split('-');
            if (parts.Length == 3 && IsNumber(parts[0], 4, 4) && IsNumber(parts[1], 2, 2) && IsNumber(parts[2], 2, 2))
            {
                (year, month, day) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
            }
            else
            {
                return false;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool IsNumber(string text, int minDigits, int maxDigits) =>
        text.Length >= minDigits && text.Length <= maxDigits && text.All(char.IsAsciiDigit);
}
