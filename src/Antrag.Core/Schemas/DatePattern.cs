namespace Antrag.Schemas;

/// <summary>
/// The regular expression (ECMA-262, as JSON Schema uses) of exactly the dates the reader accepts: D.M.YYYY or DD.MM.YYYY and
/// YYYY-MM-DD, days that exist (no 31.04., 29.02. only in leap years), year 0001 or later, spaces around allowed.
/// </summary>
public static class DatePattern
{
    private const string Year = "(?!0000)[0-9]{4}";
    private const string LeapYear = "([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)";

    /// <summary>The pattern.</summary>
    public static string Value { get; } = Build();

    private static string Build()
    {
        // German form: day and month with one or two digits.
        var german = string.Join(
            "|",
            $@"(0?[1-9]|[12][0-9]|3[01])\.(0?[13578]|1[02])\.{Year}",
            $@"(0?[1-9]|[12][0-9]|30)\.(0?[469]|11)\.{Year}",
            $@"(0?[1-9]|1[0-9]|2[0-8])\.0?2\.{Year}",
            $@"0?29\.0?2\.{LeapYear}");

        // ISO form: two digits each.
        var iso = string.Join(
            "|",
            $"{Year}-(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])",
            $"{Year}-(0[469]|11)-(0[1-9]|[12][0-9]|30)",
            $"{Year}-02-(0[1-9]|1[0-9]|2[0-8])",
            $"{LeapYear}-02-29");
        return $@"^\s*({german}|{iso})\s*$";
    }
}
