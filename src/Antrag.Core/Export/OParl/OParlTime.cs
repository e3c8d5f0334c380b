using System.Globalization;

namespace Antrag.Export.OParl;

/// <summary>
/// Timestamps of OParl objects: midnight of a date in German time with its offset (<c>2024-03-01T00:00:00+01:00</c>,
/// <c>2024-07-01T00:00:00+02:00</c>), as OParl 1.1 requires <c>±hh:mm</c> rather than <c>Z</c>. The offset follows the EU
/// rule for summer time (from the last Sunday of March to the last Sunday of October, switched at 01:00 UTC), computed here
/// so that the output does not depend on the time-zone data of the machine.
/// </summary>
public static class OParlTime
{
    /// <summary>Midnight of <paramref name="date"/> in Germany, with its UTC offset.</summary>
    public static string Midnight(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (IsSummerTimeAtMidnight(date) ? "T00:00:00+02:00" : "T00:00:00+01:00");

    /// <summary>Midnight of a date written <c>YYYY-MM-DD</c>.</summary>
    public static string Midnight(string isoDate) => Midnight(DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>
    /// Whether summer time holds at 00:00 of <paramref name="date"/>: the change happens at 02:00 (to summer time) and 03:00
    /// (back) local time, so the midnight of the last Sunday of March is still winter time and that of the last Sunday of
    /// October still summer time.
    /// </summary>
    public static bool IsSummerTimeAtMidnight(DateOnly date)
    {
        var start = LastSunday(date.Year, 3);
        var end = LastSunday(date.Year, 10);
        return date > start && date <= end;
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
