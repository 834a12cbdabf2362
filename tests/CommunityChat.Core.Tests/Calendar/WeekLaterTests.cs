using CommunityChat.Core.Calendar;

namespace CommunityChat.Core.Tests.Calendar;

public class WeekLaterTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void Without_a_change_it_is_seven_days_later()
    {
        var start = new DateTimeOffset(2026, 6, 4, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal(start.AddDays(7), WeekLater.Of(start, Paris));
    }

    [Fact]
    public void Seven_pm_in_Paris_stays_seven_pm_when_summer_time_begins()
    {
        // Thursday 2026-03-26 19:00 CET (18:00 UTC); the clocks go forward on Sunday 2026-03-29.
        var start = new DateTimeOffset(2026, 3, 26, 18, 0, 0, TimeSpan.Zero);

        var next = WeekLater.Of(start, Paris);

        Assert.Equal(new DateTimeOffset(2026, 4, 2, 17, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(new DateTime(2026, 4, 2, 19, 0, 0), TimeZoneInfo.ConvertTime(next, Paris).DateTime);
    }

    [Fact]
    public void Seven_pm_in_Paris_stays_seven_pm_when_summer_time_ends()
    {
        // Thursday 2026-10-22 19:00 CEST (17:00 UTC); the clocks go back on Sunday 2026-10-25.
        var start = new DateTimeOffset(2026, 10, 22, 17, 0, 0, TimeSpan.Zero);

        var next = WeekLater.Of(start, Paris);

        Assert.Equal(new DateTimeOffset(2026, 10, 29, 18, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(new DateTime(2026, 10, 29, 19, 0, 0), TimeZoneInfo.ConvertTime(next, Paris).DateTime);
    }

    [Fact]
    public void Seven_pm_in_New_York_stays_seven_pm_across_March_and_November()
    {
        // EDT begins Sunday 2026-03-08; EST returns Sunday 2026-11-01.
        var march = new DateTimeOffset(2026, 3, 3, 19, 0, 0, TimeSpan.FromHours(-5));
        var october = new DateTimeOffset(2026, 10, 27, 19, 0, 0, TimeSpan.FromHours(-4));

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 23, 0, 0, TimeSpan.Zero), WeekLater.Of(march, NewYork));
        Assert.Equal(new DateTimeOffset(2026, 11, 4, 0, 0, 0, TimeSpan.Zero), WeekLater.Of(october, NewYork));
    }

    [Fact]
    public void A_time_the_clocks_skip_moves_forward_an_hour_and_a_repeated_time_is_the_first()
    {
        // Sunday 02:30 in Paris: skipped on 2026-03-29 (02:00 → 03:00), twice on 2026-10-25 (03:00 → 02:00).
        var spring = new DateTimeOffset(2026, 3, 22, 2, 30, 0, TimeSpan.FromHours(1));
        var autumn = new DateTimeOffset(2026, 10, 18, 2, 30, 0, TimeSpan.FromHours(2));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), WeekLater.Of(spring, Paris));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), WeekLater.Of(autumn, Paris));
    }

    [Fact]
    public void Weeks_count_on_from_the_same_local_time()
    {
        var start = new DateTimeOffset(2026, 3, 19, 18, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 4, 2, 17, 0, 0, TimeSpan.Zero), WeekLater.Of(start, Paris, weeks: 2));
    }
}
