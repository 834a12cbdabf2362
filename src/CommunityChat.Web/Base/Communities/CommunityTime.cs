using System.Globalization;

namespace CommunityChat.Web.Base.Communities;

/// <summary>
/// A moment shown in a community's own time zone, always with the zone's name (SPEC rule 30: every time shown names its
/// zone). The viewer's own time is the browser's job (<c>site.js</c>); this is the other half.
/// </summary>
public static class CommunityTime
{
    /// <summary>"Thursday, 3 December 2026 18:00 (Europe/Berlin)", in the page's language; UTC when the zone is unknown.</summary>
    public static string Format(DateTime utc, string timeZoneId, CultureInfo culture)
    {
        var zone = Zone(timeZoneId);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return $"{local.ToString("D", culture)} {local.ToString("t", culture)} ({Name(zone)})";
    }

    /// <summary>The community's zone; UTC when the id is unknown to this machine.</summary>
    public static TimeZoneInfo Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static string Name(TimeZoneInfo zone) =>
        zone == TimeZoneInfo.Utc ? "UTC" : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
}
