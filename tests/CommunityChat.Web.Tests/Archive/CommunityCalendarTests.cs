using CommunityChat.Web.Data;
using CommunityChat.Web.Tests.Chats;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace CommunityChat.Web.Tests.Archive;

/// <summary>
/// /c/{community}/calendar.ics, read by a real iCalendar parser (Ical.Net): the community's scheduled and live chats in
/// its own zone, one stable UID per chat shared with the chat's own calendar file, no drafts, recent ended chats only.
/// </summary>
public sealed class CommunityCalendarTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start(new Dictionary<string, string?> { ["CommunityChat:PublicUrl"] = "https://chat.example/" });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Two_chats_a_week_apart_across_the_change_to_summer_time_are_both_at_six_in_paris()
    {
        var cast = await ParisCastAsync();
        var before = await PlanAsync(cast, "Before the clocks change", new DateTimeOffset(2027, 3, 22, 18, 0, 0, TimeSpan.FromHours(1)));
        var after = await PlanAsync(cast, "After the clocks change", new DateTimeOffset(2027, 3, 29, 18, 0, 0, TimeSpan.FromHours(2)));

        var (response, calendar) = await FeedAsync();

        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("Twitter Smarter", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal("Europe/Paris", calendar.Properties["X-WR-TIMEZONE"]!.Value);
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Europe/Paris");
        var first = Event(calendar, before.Id);
        var second = Event(calendar, after.Id);
        foreach (var e in new[] { first, second })
        {
            Assert.Equal("Europe/Paris", e.DtStart!.TzId);
            Assert.Equal((18, 0), (e.DtStart.Hour, e.DtStart.Minute));
            Assert.Equal((19, 0), (e.DtEnd!.Hour, e.DtEnd.Minute));
        }

        Assert.Equal(new DateTime(2027, 3, 22, 17, 0, 0, DateTimeKind.Utc), first.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 29, 16, 0, 0, DateTimeKind.Utc), second.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 29, 17, 0, 0, DateTimeKind.Utc), second.DtEnd!.AsUtc);
        Assert.Equal("Before the clocks change #TwitterSmarter", first.Summary);
        Assert.Equal(new Uri("https://chat.example" + before.Url), first.Url);
        Assert.Equal("Who leads, and how\n\nGuest: Gene Petrov", first.Description);
        Assert.Empty(first.Alarms);
    }

    [Fact]
    public async Task Uids_are_stable_across_fetches_and_the_same_as_the_chat_file_and_a_changed_plan_raises_the_sequence()
    {
        var cast = await ParisCastAsync();
        var chat = await PlanAsync(cast, "Weekly chat", new DateTimeOffset(2027, 1, 12, 19, 0, 0, TimeSpan.FromHours(1)));

        var (_, once) = await FeedAsync();
        var (_, twice) = await FeedAsync();
        var single = await ChatFileAsync(chat.Id);

        Assert.Equal(once.Events.Select(e => e.Uid).Order(), twice.Events.Select(e => e.Uid).Order());
        Assert.Equal(2, once.Events.Count);
        var fromFeed = Event(once, chat.Id);
        var fromFile = Assert.Single(single.Events);
        Assert.Equal(fromFile.Uid, fromFeed.Uid);
        Assert.Equal($"chat-{chat.Id}@chat.example", fromFeed.Uid);
        Assert.Equal(fromFile.DtStart!.AsUtc, fromFeed.DtStart!.AsUtc);
        Assert.Equal("Europe/Paris", fromFile.DtStart.TzId);
        Assert.Equal(fromFile.Sequence, fromFeed.Sequence);
        Assert.Equal(fromFile.Summary, fromFeed.Summary);
        Assert.Single(fromFile.Alarms);

        await cast.Moderator.ChangePlanAsync(chat.Id, new { scheduledStart = new DateTimeOffset(2027, 1, 12, 20, 0, 0, TimeSpan.FromHours(1)) });
        var (_, changed) = await FeedAsync();

        Assert.Equal(fromFeed.Uid, Event(changed, chat.Id).Uid);
        Assert.True(Event(changed, chat.Id).Sequence > fromFeed.Sequence);
        Assert.Equal(20, Event(changed, chat.Id).DtStart!.Hour);
    }

    [Fact]
    public async Task Drafts_are_left_out_live_chats_are_in_and_ended_ones_stay_thirty_days()
    {
        var cast = await ParisCastAsync();
        var draft = await cast.CreateDraftAsync("Not yet on the schedule");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/start", null), HttpStatusCode.OK);

        var (_, live) = await FeedAsync();

        Assert.DoesNotContain(live.Events, e => e.Uid == $"chat-{draft.Id}@chat.example");
        Event(live, cast.ChatId);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        Event((await FeedAsync()).Calendar, cast.ChatId);
        // The chat ended a while ago (the app's clock is not moved: its once-a-second timers would tick through every day).
        await EndedDaysAgoAsync(cast.ChatId, 29);
        Event((await FeedAsync()).Calendar, cast.ChatId);
        await EndedDaysAgoAsync(cast.ChatId, 31);
        Assert.Empty((await FeedAsync()).Calendar.Events);
    }

    [Fact]
    public async Task Unknown_community_has_no_calendar()
    {
        using var reader = _app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("c/nowhere/calendar.ics")).StatusCode);
    }

    private async Task<Cast> ParisCastAsync()
    {
        var cast = await Cast.CreateAsync(_app);
        await Http.ExpectAsync(
            await cast.Admin.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/settings", new { timeZone = "Europe/Paris" }), HttpStatusCode.OK);
        return cast;
    }

    private static async Task<ChatView> PlanAsync(Cast cast, string title, DateTimeOffset start) =>
        await Http.ReadAsync<ChatView>(await cast.Moderator.Http.PostAsJsonAsync($"api/communities/{Cast.Community}/chats", new
        {
            title,
            topic = "Who leads, and how",
            scheduledStart = start,
            durationMinutes = 60,
            guests = new[] { "gene" },
        }), HttpStatusCode.Created);

    private async Task<(HttpResponseMessage Response, Calendar Calendar)> FeedAsync()
    {
        var response = await _app.Anonymous().GetAsync($"c/{Cast.Community}/calendar.ics");
        await Http.ExpectAsync(response, HttpStatusCode.OK);
        return (response, Calendar.Load(await response.Content.ReadAsStringAsync())!);
    }

    private async Task<Calendar> ChatFileAsync(int chatId)
    {
        var response = await _app.Anonymous().GetAsync($"api/chats/{chatId}/calendar.ics");
        await Http.ExpectAsync(response, HttpStatusCode.OK);
        return Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    private async Task EndedDaysAgoAsync(int chatId, int days)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var endedAt = DateTime.UtcNow.AddDays(-days);
        await db.Chats.Where(c => c.Id == chatId).ExecuteUpdateAsync(u => u.SetProperty(c => c.EndedAt, endedAt));
    }

    private static IcalEvent Event(Calendar calendar, int chatId) =>
        Assert.Single(calendar.Events, e => e.Uid == $"chat-{chatId}@chat.example");
}
