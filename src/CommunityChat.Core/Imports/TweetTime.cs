using System.Globalization;

namespace CommunityChat.Core.Imports;

/// <summary>
/// Reads a tweet's created_at: the classic API's "Wed Jun 05 17:03:12 +0000 2019" (the weekday is not checked, so
/// a hand-edited export with a wrong one still reads) or ISO 8601 as v2 writes it ("2019-06-05T17:03:12.000Z"; no
/// offset means UTC).
/// </summary>
internal static class TweetTime
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(string text, out DateTimeOffset at) =>
        TryParseClassic(text, out at)
        || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at);

    private static bool TryParseClassic(string text, out DateTimeOffset at)
    {
        at = default;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 6)
        {
            parts = parts[1..];
        }

        if (parts.Length != 5
            || Array.FindIndex(Months, m => m.Equals(parts[0], StringComparison.OrdinalIgnoreCase)) + 1 is not (> 0 and var month)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !TimeOnly.TryParseExact(parts[2], "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            || !TryParseOffset(parts[3], out var offset)
            || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        at = new DateTimeOffset(new DateOnly(year, month, day), time, offset);
        return true;
    }

    /// <summary>"+0000", "-0500", "+05:30".</summary>
    private static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = default;
        var digits = text.Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 5 || digits[0] is not ('+' or '-')
            || !int.TryParse(digits.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(digits.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (digits[0] == '-' ? -1 : 1);
        return true;
    }
}
