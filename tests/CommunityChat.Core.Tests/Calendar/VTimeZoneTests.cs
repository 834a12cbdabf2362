using System.Text;
using CommunityChat.Core.Calendar;

namespace CommunityChat.Core.Tests.Calendar;

/// <summary>Events written in a community's zone: TZID on the times and a VTIMEZONE made from the zone's rules.</summary>
public class VTimeZoneTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Stamp = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Paris_has_daylight_time_from_the_last_sunday_of_march_to_the_last_sunday_of_october()
    {
        var lines = VTimeZone.Lines(Paris, At(2027, 3, 22, 17), At(2027, 3, 29, 16));

        Assert.Equal(
            [
                "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
                "BEGIN:DAYLIGHT", "DTSTART:20260329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
                "BEGIN:STANDARD", "DTSTART:20261025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
                "END:VTIMEZONE",
            ],
            lines.Where(l => !l.StartsWith("TZNAME:", StringComparison.Ordinal)));
    }

    [Fact]
    public void New_york_counts_sundays_from_the_start_of_the_month()
    {
        var lines = VTimeZone.Lines(NewYork, At(2026, 12, 8, 23), At(2026, 12, 9, 0));

        Assert.Contains("TZID:America/New_York", lines);
        Assert.Equal(
            ["BEGIN:DAYLIGHT", "DTSTART:20250309T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400"],
            lines.SkipWhile(l => l != "BEGIN:DAYLIGHT").Take(5));
        Assert.Equal(
            ["BEGIN:STANDARD", "DTSTART:20251102T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500"],
            lines.SkipWhile(l => l != "BEGIN:STANDARD").Take(5));
    }

    [Theory]
    [InlineData("Asia/Shanghai", "+0800")]
    [InlineData("UTC", "+0000")]
    public void A_zone_without_daylight_time_is_one_standard_offset(string id, string offset)
    {
        var lines = VTimeZone.Lines(TimeZoneInfo.FindSystemTimeZoneById(id), At(2026, 12, 8, 10), At(2027, 7, 1, 10));

        Assert.Equal(
            ["BEGIN:VTIMEZONE", "TZID:" + id, "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:" + offset, "TZOFFSETTO:" + offset],
            lines.Take(6));
        Assert.Single(lines, "BEGIN:STANDARD");
        Assert.DoesNotContain(lines, l => l.StartsWith("RRULE", StringComparison.Ordinal) || l == "BEGIN:DAYLIGHT");
    }

    [Fact]
    public void Fixed_date_rules_repeat_on_their_day_of_the_month()
    {
        // Daylight time from 21 March to 21 September at midnight, every year (as Iran's calendar once had).
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(2000, 1, 1), DateTime.MaxValue.Date, TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 0, 0, 0), 3, 21),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 0, 0, 0), 9, 21));
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/Fixed", TimeSpan.FromHours(3.5), "Fixed", "Fixed", "Fixed Summer", [rule]);

        var lines = VTimeZone.Lines(zone, At(2027, 5, 1, 10), At(2027, 5, 1, 11));

        Assert.Contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=21", lines);
        Assert.Contains("RRULE:FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=21", lines);
        Assert.Contains("TZOFFSETTO:+0430", lines);
        Assert.DoesNotContain(lines, l => l.Contains("UNTIL", StringComparison.Ordinal));
    }

    [Fact]
    public void Daylight_time_that_stops_ends_its_rule_with_until()
    {
        // Daylight time on the last Sundays of March and October until 2026, then never again.
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(2000, 1, 1), new DateTime(2026, 12, 31), TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday));
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/Stopped", TimeSpan.FromHours(1), "Stopped", "Stopped", "Stopped Summer", [rule]);

        var lines = VTimeZone.Lines(zone, At(2026, 12, 8, 17), At(2027, 6, 1, 17));

        Assert.Contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=20260329T010000Z", lines);
        Assert.Contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20261025T010000Z", lines);
    }

    [Fact]
    public void Events_in_a_zone_carry_its_tzid_and_the_calendar_names_it()
    {
        var start = new DateTimeOffset(2026, 12, 8, 18, 0, 0, TimeSpan.FromHours(1));
        var e = new CalendarEvent("chat-1@chat.example", start, start.AddMinutes(90), "Leadership #TwitterSmarter", "", new Uri("https://chat.example/c/smarter/x"));

        var ics = ICalendarWriter.Write([e, e with { Uid = "chat-2@chat.example", Start = start.AddDays(120), End = start.AddDays(120).AddHours(1) }],
            Stamp, new CalendarOptions("Twitter Smarter, weekly; in Paris", Paris, TimeSpan.FromHours(1)));

        var lines = ics.Split("\r\n");
        Assert.Contains("DTSTART;TZID=Europe/Paris:20261208T180000", lines);
        Assert.Contains("DTEND;TZID=Europe/Paris:20261208T193000", lines);
        Assert.Contains("DTSTART;TZID=Europe/Paris:20270407T190000", lines);
        Assert.Contains(@"X-WR-CALNAME:Twitter Smarter\, weekly\; in Paris", lines);
        Assert.Contains("X-WR-TIMEZONE:Europe/Paris", lines);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT60M", lines);
        Assert.Single(lines, "BEGIN:VTIMEZONE");
        Assert.True(Array.IndexOf(lines, "END:VTIMEZONE") < Array.IndexOf(lines, "BEGIN:VEVENT"));
        Assert.Contains("DTSTAMP:20261201T090000Z", lines);
    }

    [Fact]
    public void Utc_is_written_with_z_and_needs_no_vtimezone()
    {
        var start = new DateTimeOffset(2026, 12, 8, 18, 0, 0, TimeSpan.Zero);
        var e = new CalendarEvent("chat-1@chat.example", start, start.AddHours(1), "S", "", new Uri("https://chat.example/"));

        var lines = ICalendarWriter.Write([e], Stamp, new CalendarOptions(Zone: TimeZoneInfo.Utc)).Split("\r\n");

        Assert.Contains("DTSTART:20261208T180000Z", lines);
        Assert.Contains("X-WR-TIMEZONE:UTC", lines);
        Assert.DoesNotContain("BEGIN:VTIMEZONE", lines);
    }

    [Fact]
    public void Shanghai_times_are_its_wall_time()
    {
        var start = new DateTimeOffset(2026, 12, 8, 12, 0, 0, TimeSpan.Zero);
        var e = new CalendarEvent("chat-1@chat.example", start, start.AddHours(1), "领导力", "", new Uri("https://chat.example/"));

        var lines = ICalendarWriter.Write([e], Stamp, new CalendarOptions("推特聊天", Shanghai)).Split("\r\n");

        Assert.Contains("DTSTART;TZID=Asia/Shanghai:20261208T200000", lines);
        Assert.Contains("X-WR-CALNAME:推特聊天", lines);
    }

    [Fact]
    public void The_second_of_a_repeated_hour_is_written_in_utc()
    {
        // 25 October 2026 in Paris: 02:30 happens twice; the first is 00:30 UTC, the second 01:30 UTC.
        Assert.Equal("20261025T023000", VTimeZone.LocalTime(At(2026, 10, 25, 0, 30), Paris));
        Assert.Null(VTimeZone.LocalTime(At(2026, 10, 25, 1, 30), Paris));
        var e = new CalendarEvent("u", At(2026, 10, 25, 1, 30), At(2026, 10, 25, 2, 30), "S", "", new Uri("https://chat.example/"));

        var lines = ICalendarWriter.Write([e], Stamp, new CalendarOptions(Zone: Paris)).Split("\r\n");

        Assert.Contains("DTSTART:20261025T013000Z", lines);
        Assert.Contains("DTEND;TZID=Europe/Paris:20261025T033000", lines);
    }

    [Fact]
    public void A_long_calendar_name_folds_without_splitting_a_character()
    {
        var name = string.Concat(Enumerable.Repeat("推特聊天社区，", 12));
        var e = new CalendarEvent("u", At(2026, 12, 8, 10), At(2026, 12, 8, 11), "S", "", new Uri("https://chat.example/"));

        var ics = ICalendarWriter.Write([e], Stamp, new CalendarOptions(name, Shanghai));

        Assert.All(ics.Split("\r\n"), l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.Contains("X-WR-CALNAME:" + name + "\r\n", ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
