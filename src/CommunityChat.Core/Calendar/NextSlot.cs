namespace CommunityChat.Core.Calendar;

/// <summary>
/// A community's next slot (SPEC rule 27): the weekday and local time of its last chat, in the community's time zone,
/// at its next occurrence after now. Local time is kept across daylight-saving changes; on the day the clocks skip that
/// time, the slot moves forward an hour.
/// </summary>
public static class NextSlot
{
    /// <returns>The slot as local time in <paramref name="zone"/> (unspecified kind, as a datetime-local field holds it).</returns>
    public static DateTime After(DateTimeOffset lastStart, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var last = TimeZoneInfo.ConvertTime(lastStart, zone);
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        var date = today.AddDays(((int)last.DayOfWeek - (int)today.DayOfWeek + 7) % 7);
        while (true)
        {
            var local = DateTime.SpecifyKind(date + last.TimeOfDay, DateTimeKind.Unspecified);
            while (zone.IsInvalidTime(local))
            {
                local = local.AddHours(1);
            }

            if (TimeZoneInfo.ConvertTimeToUtc(local, zone) > now.UtcDateTime)
            {
                return local;
            }

            date = date.AddDays(7);
        }
    }
}
