namespace CommunityChat.Core.Calendar;

/// <summary>
/// The same local time a week on, in a community's time zone (SPEC rule 25): a chat at 19:00 in Paris is followed by
/// one at 19:00 in Paris, so across a daylight-saving change the instant moves by an hour. On the day the clocks skip
/// that time, it moves forward an hour (as <see cref="NextSlot"/> does); when it happens twice (the clocks fall back),
/// the first of the two is meant.
/// </summary>
public static class WeekLater
{
    public static DateTimeOffset Of(DateTimeOffset start, TimeZoneInfo zone, int weeks = 1)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(start, zone).DateTime.AddDays(7 * weeks), DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        // An ambiguous time has two offsets; the larger one (summer time, before the clocks fall back) comes first.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
