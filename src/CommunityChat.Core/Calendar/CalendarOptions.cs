namespace CommunityChat.Core.Calendar;

/// <summary>
/// How a calendar file is written: <see cref="Name"/> is the calendar's name in a subscriber's app (X-WR-CALNAME and
/// NAME), <see cref="Zone"/> the zone its times are written in (TZID, VTIMEZONE, X-WR-TIMEZONE; UTC when null), and
/// <see cref="Refresh"/> how often a subscribed app should fetch it again (REFRESH-INTERVAL, X-PUBLISHED-TTL).
/// </summary>
public sealed record CalendarOptions(string? Name = null, TimeZoneInfo? Zone = null, TimeSpan? Refresh = null);
