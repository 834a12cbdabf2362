using System.Globalization;
using System.Text;

namespace CommunityChat.Core.Calendar;

/// <summary>
/// Writes iCalendar (RFC 5545): CRLF line ends, text values escaped (backslash, semicolon, comma, newline), and lines
/// folded so that none is longer than 75 octets of UTF-8, never inside a character. Times are in UTC, or, given a zone,
/// in its wall time with a TZID and the zone's VTIMEZONE (<see cref="VTimeZone"/>), so an event at 18:00 in Paris
/// stays at 18:00 in Paris for a reader in another zone, across daylight-saving changes.
/// </summary>
public static class ICalendarWriter
{
    private const int MaxLineOctets = 75;

    public const string ProductId = "-//CommunityChat//CommunityChat//EN";

    public static string Write(IEnumerable<CalendarEvent> events, DateTimeOffset stamp, CalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var list = events.ToList();
        options ??= new CalendarOptions();
        // UTC needs no VTIMEZONE: its times are written with Z, the form every calendar reads.
        var zone = options.Zone is { } z && VTimeZone.Id(z) != "UTC" ? z : null;
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:" + Text(ProductId),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        };
        if (options.Name is { Length: > 0 } name)
        {
            lines.Add("X-WR-CALNAME:" + Text(name));
            lines.Add("NAME:" + Text(name));
        }

        if (options.Zone is not null)
        {
            lines.Add("X-WR-TIMEZONE:" + Text(VTimeZone.Id(options.Zone)));
        }

        if (options.Refresh is { } refresh)
        {
            var minutes = ((int)Math.Max(1, refresh.TotalMinutes)).ToString(CultureInfo.InvariantCulture);
            lines.Add("REFRESH-INTERVAL;VALUE=DURATION:PT" + minutes + "M");
            lines.Add("X-PUBLISHED-TTL:PT" + minutes + "M");
        }

        if (zone is not null && list.Count > 0)
        {
            lines.AddRange(VTimeZone.Lines(zone, list.Min(e => e.Start), list.Max(e => e.End)));
        }

        foreach (var e in list)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + Text(e.Uid));
            lines.Add("DTSTAMP:" + Utc(stamp));
            lines.Add(Time("DTSTART", e.Start, zone));
            lines.Add(Time("DTEND", e.End, zone));
            lines.Add("SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture));
            lines.Add("SUMMARY:" + Text(e.Summary));
            if (e.Description.Length > 0)
            {
                lines.Add("DESCRIPTION:" + Text(e.Description));
            }

            lines.Add("URL:" + e.Url.AbsoluteUri);
            if (e.ReminderMinutes is { } minutes)
            {
                lines.Add("BEGIN:VALARM");
                lines.Add("ACTION:DISPLAY");
                lines.Add("DESCRIPTION:" + Text(e.Summary));
                lines.Add("TRIGGER:-PT" + minutes.ToString(CultureInfo.InvariantCulture) + "M");
                lines.Add("END:VALARM");
            }

            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, builder);
        }

        return builder.ToString();
    }

    /// <summary>A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, any line break as \n.</summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '\\': builder.Append(@"\\"); break;
                case ';': builder.Append(@"\;"); break;
                case ',': builder.Append(@"\,"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break;
                case '\r' or '\n': builder.Append(@"\n"); break;
                case var c when char.IsControl(c) && c != '\t': break;
                case var c: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Appends the content line folded at 75 octets (RFC 5545 3.1): each continuation starts with a space.</summary>
    public static void Fold(string line, StringBuilder output)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(output);
        var octets = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(line);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            // A text element longer than a whole line (a long emoji sequence) is split by runes instead.
            IEnumerable<string> pieces = size < MaxLineOctets ? [element] : Runes(element);
            foreach (var piece in pieces)
            {
                var pieceSize = Encoding.UTF8.GetByteCount(piece);
                if (octets + pieceSize > MaxLineOctets)
                {
                    output.Append("\r\n ");
                    octets = 1;
                }

                output.Append(piece);
                octets += pieceSize;
            }
        }

        output.Append("\r\n");
    }

    private static IEnumerable<string> Runes(string element) => element.EnumerateRunes().Select(r => r.ToString());

    /// <summary>"DTSTART;TZID=Europe/Paris:20261208T180000", or in UTC without a zone (or for the second of a repeated hour).</summary>
    private static string Time(string property, DateTimeOffset time, TimeZoneInfo? zone) =>
        zone is not null && VTimeZone.LocalTime(time, zone) is { } local
            ? property + ";TZID=" + VTimeZone.Id(zone) + ":" + local
            : property + ":" + Utc(time);

    private static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
