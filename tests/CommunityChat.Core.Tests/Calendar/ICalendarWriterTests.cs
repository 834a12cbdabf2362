using System.Text;
using CommunityChat.Core.Calendar;

namespace CommunityChat.Core.Tests.Calendar;

public class ICalendarWriterTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 6, 17, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset Stamp = new(2026, 6, 1, 9, 30, 15, TimeSpan.Zero);

    private static CalendarEvent Chat(string summary = "Leadership #TwitterSmarter", string description = "The role of leadership") =>
        new("chat-7@chat.example", Start, Start.AddMinutes(60), summary, description, new Uri("https://chat.example/c/smarter/2026-06-06-leadership"), Sequence: 3);

    [Fact]
    public void One_event_has_its_times_in_utc_a_url_and_a_fifteen_minute_alarm()
    {
        var ics = ICalendarWriter.Write([Chat()], Stamp);

        var lines = ics.Split("\r\n");
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("", lines[^1]);
        Assert.Equal("END:VCALENDAR", lines[^2]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains("UID:chat-7@chat.example", lines);
        Assert.Contains("DTSTAMP:20260601T093015Z", lines);
        Assert.Contains("DTSTART:20260606T150000Z", lines);
        Assert.Contains("DTEND:20260606T160000Z", lines);
        Assert.Contains("SEQUENCE:3", lines);
        Assert.Contains("SUMMARY:Leadership #TwitterSmarter", lines);
        Assert.Contains("DESCRIPTION:The role of leadership", lines);
        Assert.Contains("URL:https://chat.example/c/smarter/2026-06-06-leadership", lines);
        Assert.Equal(["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Leadership #TwitterSmarter", "TRIGGER:-PT15M", "END:VALARM"],
            lines.SkipWhile(l => l != "BEGIN:VALARM").Take(5));
        Assert.Single(lines, l => l == "BEGIN:VEVENT");
    }

    [Fact]
    public void Every_line_ends_with_crlf_and_no_bare_newline_is_left()
    {
        var ics = ICalendarWriter.Write([Chat(description: "one\ntwo\r\nthree\rfour")], Stamp);

        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        Assert.Equal(ics.Count(c => c == '\n'), ics.Split("\r\n").Length - 1);
        Assert.DoesNotContain(ics.Replace("\r\n", "", StringComparison.Ordinal), c => c is '\r' or '\n');
        Assert.Contains(@"DESCRIPTION:one\ntwo\nthree\nfour", Unfold(ics), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,b", @"a\,b")]
    [InlineData("a;b", @"a\;b")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData(@"\,;", @"\\\,\;")]
    [InlineData("line\nbreak", @"line\nbreak")]
    [InlineData("crlf\r\nbreak", @"crlf\nbreak")]
    [InlineData("bell\u0007", "bell")]
    [InlineData("tab\there", "tab\there")]
    [InlineData("no: escape \"needed\"", "no: escape \"needed\"")]
    [InlineData("领导力", "领导力")]
    public void Text_values_are_escaped(string value, string expected) =>
        Assert.Equal(expected, ICalendarWriter.Text(value));

    [Theory]
    [InlineData(10)]
    [InlineData(74)]
    [InlineData(75)]
    [InlineData(76)]
    [InlineData(500)]
    public void Lines_fold_at_75_octets_and_unfold_to_the_original(int length)
    {
        var line = "SUMMARY:" + new string('x', length);
        var builder = new StringBuilder();

        ICalendarWriter.Fold(line, builder);

        var physical = builder.ToString().Split("\r\n")[..^1];
        Assert.All(physical, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"{Encoding.UTF8.GetByteCount(l)} octets: {l}"));
        Assert.All(physical.Skip(1), l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
        Assert.Equal(line, Unfold(builder.ToString()).TrimEnd('\r', '\n'));
        Assert.Equal(length + 8 <= 75, physical.Length == 1);
    }

    [Theory]
    [InlineData("领导力在社交媒体社区中的作用，以及如何让成员一次又一次地回来参加每周的聊天")]
    [InlineData("Leadership 👨‍👩‍👧‍👦 families 👍🏽 and flags 🇫🇷🇨🇳 in one long summary line that must fold somewhere")]
    [InlineData("é́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́́")]
    public void Folding_never_splits_a_character(string text)
    {
        var ics = ICalendarWriter.Write([Chat(summary: text)], Stamp);

        foreach (var physical in ics.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(physical) <= 75, physical);
            Assert.DoesNotContain('\uFFFD', physical);
            var content = physical.StartsWith(' ') ? physical[1..] : physical;
            Assert.False(content.Length > 0 && char.IsLowSurrogate(content[0]), physical);
        }

        Assert.Contains("SUMMARY:" + text + "\r\n", Unfold(ics), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_description_is_left_out()
    {
        var ics = ICalendarWriter.Write([Chat(description: "")], Stamp);

        Assert.DoesNotContain("\r\nDESCRIPTION:\r\n", ics, StringComparison.Ordinal);
    }

    private static string Unfold(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal);
}
