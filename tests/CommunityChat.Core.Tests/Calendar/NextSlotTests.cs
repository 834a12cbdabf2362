using CommunityChat.Core.Calendar;

namespace CommunityChat.Core.Tests.Calendar;

public class NextSlotTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void The_next_slot_is_the_same_weekday_and_local_time_after_now()
    {
        // Last chat: Thursday 2026-06-04 18:00 in Paris (16:00 UTC). Now: Monday 2026-06-15.
        var last = new DateTimeOffset(2026, 6, 4, 16, 0, 0, TimeSpan.Zero);
        var now = new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

        var slot = NextSlot.After(last, now, Paris);

        Assert.Equal(new DateTime(2026, 6, 18, 18, 0, 0), slot);
        Assert.Equal(DayOfWeek.Thursday, slot.DayOfWeek);
        Assert.Equal(DateTimeKind.Unspecified, slot.Kind);
    }

    [Fact]
    public void Later_the_same_day_is_today_and_past_the_time_is_next_week()
    {
        var last = new DateTimeOffset(2026, 6, 4, 16, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTime(2026, 6, 11, 18, 0, 0), NextSlot.After(last, new DateTimeOffset(2026, 6, 11, 15, 59, 0, TimeSpan.Zero), Paris));
        Assert.Equal(new DateTime(2026, 6, 18, 18, 0, 0), NextSlot.After(last, new DateTimeOffset(2026, 6, 11, 16, 0, 0, TimeSpan.Zero), Paris));
    }

    [Fact]
    public void Local_time_holds_across_a_daylight_saving_change()
    {
        // Last chat in winter: Tuesday 2026-03-24 19:00 New York (EDT began 2026-03-08) vs one in January (EST).
        var winter = new DateTimeOffset(2026, 1, 13, 19, 0, 0, TimeSpan.FromHours(-5));
        var now = new DateTimeOffset(2026, 3, 20, 12, 0, 0, TimeSpan.Zero);

        var slot = NextSlot.After(winter, now, NewYork);

        Assert.Equal(new DateTime(2026, 3, 24, 19, 0, 0), slot);
        Assert.Equal(new DateTime(2026, 3, 24, 23, 0, 0), TimeZoneInfo.ConvertTimeToUtc(slot, NewYork));
    }

    [Fact]
    public void A_time_the_clocks_skip_moves_forward_an_hour()
    {
        // Sunday 02:30 in Paris; the clocks jump from 02:00 to 03:00 on Sunday 2026-03-29.
        var last = new DateTimeOffset(2026, 3, 22, 2, 30, 0, TimeSpan.FromHours(1));
        var now = new DateTimeOffset(2026, 3, 23, 12, 0, 0, TimeSpan.Zero);

        var slot = NextSlot.After(last, now, Paris);

        Assert.Equal(new DateTime(2026, 3, 29, 3, 30, 0), slot);
        Assert.False(Paris.IsInvalidTime(slot));
    }
}
