using System.Globalization;
using CommunityChat.Core.Calendar;

namespace CommunityChat.Core.Tests.Calendar;

/// <summary>
/// The VTIMEZONE, read back as a calendar app reads it (the latest onset before an instant gives its offset), agrees
/// with <see cref="TimeZoneInfo"/> at every hour of the years it was made for.
/// </summary>
public class VTimeZoneOffsetTests
{
    [Theory]
    [InlineData("Europe/Paris")]
    [InlineData("Europe/London")]
    [InlineData("America/New_York")]
    [InlineData("America/Santiago")]
    [InlineData("Australia/Sydney")]
    [InlineData("Australia/Lord_Howe")]
    [InlineData("Asia/Shanghai")]
    [InlineData("Asia/Kolkata")]
    [InlineData("Pacific/Chatham")]
    [InlineData("UTC")]
    public void Read_back_it_gives_the_zone_s_offset_at_every_hour(string id)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
        var from = new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2029, 3, 1, 0, 0, 0, TimeSpan.Zero);

        var onsets = Onsets(VTimeZone.Lines(zone, from, to), untilYear: 2031);

        for (var instant = from; instant <= to; instant = instant.AddHours(1))
        {
            var onset = onsets.Last(o => o.Utc <= instant);
            Assert.True(zone.GetUtcOffset(instant) == onset.Offset, $"{id} at {instant:u}: {zone.GetUtcOffset(instant)} but the VTIMEZONE says {onset.Offset}");
        }
    }

    /// <summary>Every onset of every sub-component (DTSTART, then its RRULE's yearly repeats), in UTC, in order.</summary>
    private static List<(DateTimeOffset Utc, TimeSpan Offset)> Onsets(IReadOnlyList<string> lines, int untilYear)
    {
        var onsets = new List<(DateTimeOffset, TimeSpan)>();
        Dictionary<string, string>? current = null;
        foreach (var line in lines)
        {
            if (line is "BEGIN:STANDARD" or "BEGIN:DAYLIGHT")
            {
                current = [];
            }
            else if (line is "END:STANDARD" or "END:DAYLIGHT")
            {
                var start = DateTime.ParseExact(current!["DTSTART"], "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
                var from = Offset(current["TZOFFSETFROM"]);
                var to = Offset(current["TZOFFSETTO"]);
                var days = new List<DateTime> { start };
                if (current.TryGetValue("RRULE", out var rule))
                {
                    var parts = rule.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
                    Assert.Equal("YEARLY", parts["FREQ"]);
                    var until = parts.TryGetValue("UNTIL", out var u)
                        ? DateTimeOffset.ParseExact(u, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                        : DateTimeOffset.MaxValue;
                    for (var year = start.Year + 1; year <= untilYear; year++)
                    {
                        var day = Day(year, int.Parse(parts["BYMONTH"], CultureInfo.InvariantCulture), parts) + start.TimeOfDay;
                        if (new DateTimeOffset(day, from) <= until)
                        {
                            days.Add(day);
                        }
                    }
                }

                onsets.AddRange(days.Select(d => (new DateTimeOffset(d, from), to)));
                current = null;
            }
            else if (current is not null)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                current[line[..colon]] = line[(colon + 1)..];
            }
        }

        return [.. onsets.OrderBy(o => o.Item1)];
    }

    private static DateTime Day(int year, int month, Dictionary<string, string> parts)
    {
        if (parts.TryGetValue("BYMONTHDAY", out var monthDay))
        {
            return new DateTime(year, month, int.Parse(monthDay, CultureInfo.InvariantCulture));
        }

        var byDay = parts["BYDAY"];
        var weekday = (DayOfWeek)Array.IndexOf(["SU", "MO", "TU", "WE", "TH", "FR", "SA"], byDay[^2..]);
        var n = int.Parse(byDay[..^2], CultureInfo.InvariantCulture);
        if (n > 0)
        {
            var first = new DateTime(year, month, 1);
            return first.AddDays(((7 + (int)weekday - (int)first.DayOfWeek) % 7) + (7 * (n - 1)));
        }

        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-((7 + (int)last.DayOfWeek - (int)weekday) % 7));
    }

    private static TimeSpan Offset(string text)
    {
        var sign = text[0] == '-' ? -1 : 1;
        var value = new TimeSpan(int.Parse(text[1..3], CultureInfo.InvariantCulture), int.Parse(text[3..5], CultureInfo.InvariantCulture),
            text.Length > 5 ? int.Parse(text[5..7], CultureInfo.InvariantCulture) : 0);
        return sign * value;
    }
}
