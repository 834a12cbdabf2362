using System.Globalization;
using System.Text;

namespace CommunityChat.Core.Calendar;

/// <summary>
/// Writes iCalendar (RFC 5545): CRLF line ends, text values escaped (backslash, semicolon, comma, newline), and lines
/// folded so that none is longer than 75 octets of UTF-8, never inside a character.
/// </summary>
public static class ICalendarWriter
{
    private const int MaxLineOctets = 75;

    public static string Write(IEnumerable<CalendarEvent> events, DateTimeOffset stamp, string productId = "-//CommunityChat//CommunityChat//EN")
    {
        ArgumentNullException.ThrowIfNull(events);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:" + Text(productId),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        };
        foreach (var e in events)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + Text(e.Uid));
            lines.Add("DTSTAMP:" + Utc(stamp));
            lines.Add("DTSTART:" + Utc(e.Start));
            lines.Add("DTEND:" + Utc(e.End));
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

    private static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
