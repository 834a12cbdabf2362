namespace CommunityChat.Web.Tests.Chats;

/// <summary>SPEC rule 30: a chat's own iCalendar file, with a 15-minute reminder; none for drafts.</summary>
public sealed class ChatCalendarTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start(new Dictionary<string, string?> { ["CommunityChat:PublicUrl"] = "https://chat.example/" });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_chat_is_one_calendar_event_in_utc_with_its_link_and_a_15_minute_reminder()
    {
        var cast = await Cast.CreateAsync(_app);
        var start = new DateTimeOffset(2030, 6, 6, 19, 0, 0, TimeSpan.FromHours(2));
        await cast.Moderator.ChangePlanAsync(cast.ChatId, new { title = "Trolls, moderators; and \\ backslashes", topic = "Line one\nLine two", scheduledStart = start, durationMinutes = 90 });

        var response = await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/calendar.ics");

        await Http.ExpectAsync(response, HttpStatusCode.OK);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var ics = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        Assert.Single(lines, "BEGIN:VEVENT");
        Assert.Contains($"UID:chat-{cast.ChatId}@chat.example", lines);
        Assert.Contains(lines, l => l.StartsWith("DTSTAMP:", StringComparison.Ordinal) && l.EndsWith('Z'));
        Assert.Contains("DTSTART:20300606T170000Z", lines);
        Assert.Contains("DTEND:20300606T183000Z", lines);
        Assert.Contains(@"SUMMARY:Trolls\, moderators\; and \\ backslashes #TwitterSmarter", lines);
        Assert.Contains(@"DESCRIPTION:Line one\nLine two\n\nGuest: Gene Petrov", lines);
        Assert.Contains($"URL:https://chat.example/c/{Cast.Community}/{cast.Chat.Slug}", lines);
        Assert.Contains("TRIGGER:-PT15M", lines);
    }

    [Fact]
    public async Task A_draft_or_an_unknown_chat_has_no_calendar_file_but_live_and_ended_chats_do()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var draft = await cast.CreateDraftAsync("Not yet");

        Assert.Equal(HttpStatusCode.NotFound, (await cast.Moderator.Http.GetAsync($"api/chats/{draft.Id}/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Anonymous().GetAsync("api/chats/9999/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/calendar.ics")).StatusCode);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/calendar.ics")).StatusCode);
    }
}
