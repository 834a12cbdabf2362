using System.Globalization;

namespace CommunityChat.Core.Calendar;

/// <summary>
/// A VTIMEZONE component (RFC 5545 3.6.5) for a .NET <see cref="TimeZoneInfo"/>, so that events can be written as
/// <c>DTSTART;TZID=Europe/Paris:20261208T180000</c> and stay at 18:00 in Paris across daylight-saving changes.
/// <para>
/// The zone's own transitions over the years the events need are read from <see cref="TimeZoneInfo"/> (the instants
/// its adjustment rules produce, found to the minute, so the platform's different rule shapes — one fixed-date rule a
/// year on Linux, floating rules on Windows — give the same answer). Each transition becomes an onset of a STANDARD
/// or DAYLIGHT sub-component; the onsets of successive years that follow one yearly pattern (the last or nth weekday
/// of a month, or a fixed day) are one sub-component with an RRULE such as <c>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU</c>.
/// The RRULE is left open when the zone's last adjustment rule (the one with no end) says the same, and closed with
/// UNTIL otherwise. A zone without transitions (Asia/Shanghai, UTC) is one STANDARD sub-component.
/// </para>
/// </summary>
public static class VTimeZone
{
    private static readonly string[] Days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    /// <summary>The zone's IANA name (what TZID and X-WR-TIMEZONE carry): "Europe/Paris", "UTC".</summary>
    public static string Id(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (zone.Id is "UTC" or "Etc/UTC" || zone == TimeZoneInfo.Utc)
        {
            return "UTC";
        }

        return !zone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
    }

    /// <summary>
    /// The component's content lines (unescaped, unfolded), good for every instant from <paramref name="from"/> to
    /// <paramref name="to"/>: it starts with the onset in effect a year before <paramref name="from"/>.
    /// </summary>
    public static IReadOnlyList<string> Lines(TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (to < from)
        {
            (from, to) = (to, from);
        }

        var windowStart = new DateTimeOffset(Math.Max(from.UtcDateTime.Year - 1, 1971), 1, 1, 0, 0, 0, TimeSpan.Zero);
        var windowEnd = new DateTimeOffset(Math.Min(to.UtcDateTime.Year + 1, 9998), 1, 1, 0, 0, 0, TimeSpan.Zero);
        var transitions = Transitions(zone, windowStart, windowEnd);
        var lines = new List<string> { "BEGIN:VTIMEZONE", "TZID:" + Id(zone) };
        if (transitions.Count == 0 || transitions[0].Instant > from)
        {
            // Nothing changes before the first event: one onset long ago says which offset holds until then.
            var offset = zone.GetUtcOffset(windowStart);
            var daylight = transitions.Count > 0 && zone.IsDaylightSavingTime(windowStart);
            var first = transitions.Count > 0 ? transitions[0].From : offset;
            Observance(lines, daylight, "19700101T000000", first, first, null, null);
        }

        var final = FinalRule(zone);
        foreach (var group in Groups(transitions))
        {
            var onset = group[0];
            var last = group[^1];
            string? rule = null;
            if (group.Count > 1)
            {
                var pattern = group.Select(t => Patterns(t.LocalOnset)).Aggregate((a, b) => a.Intersect(b).ToList());
                var continues = ReferenceEquals(last, transitions.LastOrDefault(t => t.Daylight == onset.Daylight))
                    && final is not null && pattern.Contains(FinalPattern(final, onset.Daylight), StringComparer.Ordinal);
                var chosen = continues ? FinalPattern(final!, onset.Daylight) : Preferred(pattern);
                rule = "FREQ=YEARLY;BYMONTH=" + onset.LocalOnset.Month.ToString(CultureInfo.InvariantCulture) + ";" + chosen
                    + (continues ? "" : ";UNTIL=" + Utc(last.Instant));
            }

            Observance(lines, onset.Daylight, Local(onset.LocalOnset), onset.From, onset.To, rule, Abbreviation(zone, onset.Daylight));
        }

        lines.Add("END:VTIMEZONE");
        return lines;
    }

    /// <summary>The instant written in the zone's wall time ("20261208T180000"), or null when that wall time happens
    /// twice and the instant is the second one: RFC 5545 reads an ambiguous local time as the first, so it goes in UTC.</summary>
    public static string? LocalTime(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var wall = DateTime.SpecifyKind(local.DateTime, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(wall) && local.Offset != zone.GetAmbiguousTimeOffsets(wall).Max())
        {
            return null;
        }

        return Local(wall);
    }

    private static void Observance(List<string> lines, bool daylight, string start, TimeSpan from, TimeSpan to, string? rule, string? name)
    {
        var kind = daylight ? "DAYLIGHT" : "STANDARD";
        lines.Add("BEGIN:" + kind);
        lines.Add("DTSTART:" + start);
        if (rule is not null)
        {
            lines.Add("RRULE:" + rule);
        }

        lines.Add("TZOFFSETFROM:" + Offset(from));
        lines.Add("TZOFFSETTO:" + Offset(to));
        if (!string.IsNullOrEmpty(name))
        {
            lines.Add("TZNAME:" + ICalendarWriter.Text(name));
        }

        lines.Add("END:" + kind);
    }

    /// <summary>Every change of offset (or of daylight time) between the two instants, found to the minute.</summary>
    private static List<Transition> Transitions(TimeZoneInfo zone, DateTimeOffset start, DateTimeOffset end)
    {
        var found = new List<Transition>();
        if (zone.GetAdjustmentRules().Length == 0)
        {
            return found;
        }

        var before = start;
        var state = State(zone, before);
        for (var after = start.AddHours(6); after <= end; before = after, after = after.AddHours(6))
        {
            var next = State(zone, after);
            if (next == state)
            {
                continue;
            }

            // The change is in (low, high]: halve the span down to a minute.
            var low = before;
            var high = after;
            while (high - low > TimeSpan.FromMinutes(1))
            {
                var middle = low + TimeSpan.FromMinutes(Math.Floor((high - low).TotalMinutes / 2));
                if (State(zone, middle) == state)
                {
                    low = middle;
                }
                else
                {
                    high = middle;
                }
            }

            var to = zone.GetUtcOffset(high);
            found.Add(new Transition(high, state.Offset, to, next.Daylight, (high + state.Offset).DateTime));
            state = next;
        }

        return found;
    }

    private static (TimeSpan Offset, bool Daylight) State(TimeZoneInfo zone, DateTimeOffset instant) =>
        (zone.GetUtcOffset(instant), zone.IsDaylightSavingTime(instant));

    /// <summary>Runs of onsets of one kind, a year apart, with the same month, wall time, offsets and a common pattern.</summary>
    private static IEnumerable<List<Transition>> Groups(List<Transition> transitions)
    {
        var open = new List<List<Transition>>();
        var done = new List<List<Transition>>();
        foreach (var t in transitions)
        {
            var group = open.FirstOrDefault(g => Extends(g, t));
            if (group is null)
            {
                group = [];
                open.Add(group);
            }

            group.Add(t);
        }

        done.AddRange(open);
        return done.OrderBy(g => g[0].Instant);
    }

    private static bool Extends(List<Transition> group, Transition next)
    {
        var last = group[^1];
        return last.Daylight == next.Daylight && last.From == next.From && last.To == next.To
            && last.LocalOnset.Year + 1 == next.LocalOnset.Year && last.LocalOnset.Month == next.LocalOnset.Month
            && last.LocalOnset.TimeOfDay == next.LocalOnset.TimeOfDay
            && group.Append(next).Select(t => Patterns(t.LocalOnset)).Aggregate((a, b) => a.Intersect(b).ToList()).Count > 0;
    }

    /// <summary>The yearly patterns a day fits: "BYDAY=-1SU" (last Sunday), "BYDAY=2SU" (second), "BYMONTHDAY=21".</summary>
    private static List<string> Patterns(DateTime day)
    {
        var patterns = new List<string>();
        var weekday = Days[(int)day.DayOfWeek];
        if (day.Day + 7 > DateTime.DaysInMonth(day.Year, day.Month))
        {
            patterns.Add("BYDAY=-1" + weekday);
        }

        var week = ((day.Day - 1) / 7) + 1;
        if (week <= 4)
        {
            patterns.Add("BYDAY=" + week.ToString(CultureInfo.InvariantCulture) + weekday);
        }

        patterns.Add("BYMONTHDAY=" + day.Day.ToString(CultureInfo.InvariantCulture));
        return patterns;
    }

    private static string Preferred(List<string> patterns) =>
        patterns.FirstOrDefault(p => p.StartsWith("BYDAY=-1", StringComparison.Ordinal))
        ?? patterns.FirstOrDefault(p => p.StartsWith("BYDAY=", StringComparison.Ordinal))
        ?? patterns[0];

    /// <summary>The zone's rule for all years to come (its last adjustment rule, when it has no end), if it has daylight time.</summary>
    private static TimeZoneInfo.AdjustmentRule? FinalRule(TimeZoneInfo zone)
    {
        var rules = zone.GetAdjustmentRules();
        return rules.Length > 0 && rules[^1].DateEnd.Year == DateTime.MaxValue.Year && rules[^1].DaylightDelta != TimeSpan.Zero
            ? rules[^1]
            : null;
    }

    /// <summary>The pattern the final rule gives the start (daylight) or the end (standard) of daylight time.</summary>
    private static string FinalPattern(TimeZoneInfo.AdjustmentRule rule, bool daylight)
    {
        var transition = daylight ? rule.DaylightTransitionStart : rule.DaylightTransitionEnd;
        if (transition.IsFixedDateRule)
        {
            return "BYMONTHDAY=" + transition.Day.ToString(CultureInfo.InvariantCulture);
        }

        var week = transition.Week == 5 ? "-1" : transition.Week.ToString(CultureInfo.InvariantCulture);
        return "BYDAY=" + week + Days[(int)transition.DayOfWeek];
    }

    /// <summary>"CET"/"CEST" where the platform knows it; .NET on Linux often gives only the long name, which is left out.</summary>
    private static string? Abbreviation(TimeZoneInfo zone, bool daylight)
    {
        var name = daylight ? zone.DaylightName : zone.StandardName;
        return name.Length is > 0 and <= 6 && !name.Contains(' ', StringComparison.Ordinal) ? name : null;
    }

    private static string Local(DateTime wall) => wall.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        var text = sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
        return abs.Seconds != 0 ? text + abs.Seconds.ToString("00", CultureInfo.InvariantCulture) : text;
    }

    private sealed record Transition(DateTimeOffset Instant, TimeSpan From, TimeSpan To, bool Daylight, DateTime LocalOnset);
}
