using Microsoft.Extensions.Time.Testing;

namespace CommunityChat.Web.Tests.Chats;

/// <summary>The server's own moves on a fake clock: autopilot asks at each offset, and a chat ends at scheduled end + 30 minutes.</summary>
public sealed class ChatScheduleTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly TestApp _app;

    public ChatScheduleTests() => _app = TestApp.Start(clock: _clock);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Autopilot_asks_Q1_at_the_start_and_Q2_ten_minutes_later_each_once()
    {
        var cast = await Cast.CreateAsync(_app, start: true, autopilot: true, scheduledStart: _clock.GetUtcNow());
        await using var reader = await _app.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);

        await _app.TickAsync();
        Assert.Equal(Cast.Q1, (await reader.WaitForPostAsync("PostAdded", p => p.Label == "Q1")).Text);
        Assert.Equal(["Q1"], await AskedAsync(cast));

        _clock.Advance(TimeSpan.FromMinutes(9));
        await _app.TickAsync();
        Assert.Equal(["Q1"], await AskedAsync(cast));

        _clock.Advance(TimeSpan.FromMinutes(1));
        await _app.TickAsync();
        await _app.TickAsync();
        var q2 = await reader.WaitForPostAsync("PostAdded", p => p.Label == "Q2");

        Assert.Equal((Cast.Q2, "host", "mod"), (q2.Text, q2.Author.Role, q2.Author.Handle));
        Assert.Equal(["Q1", "Q2"], await AskedAsync(cast));
        var chat = await Http.ReadAsync<ChatView>(await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.OK);
        Assert.Equal([1, 2], chat.Questions.Select(q => q.Number));
    }

    [Fact]
    public async Task Under_autopilot_the_room_is_told_when_the_next_question_comes_and_never_which()
    {
        var cast = await Cast.CreateAsync(_app, start: true, autopilot: true, scheduledStart: _clock.GetUtcNow());
        await using var reader = await _app.ConnectAsync();
        var joined = await reader.JoinAsync(cast.ChatId);
        var started = joined.Chat.StartedAt!.Value;
        Assert.Equal(started, NextQuestionAt(await reader.InvokeAsync("Join", cast.ChatId, 0L)));

        await _app.TickAsync();
        // Asking Q1 (minute 0) is followed by the chat with Q2's minute, 10, as the next time; Q2's text stays secret.
        var changed = await reader.WaitForAsync("ChatChanged", e => e.Arguments[0].GetProperty("nextQuestionAt").ValueKind != JsonValueKind.Null
            && e.Arguments[0].GetProperty("nextQuestionAt").GetDateTime() == started.AddMinutes(10));
        Assert.DoesNotContain(Cast.Q2, changed.Raw, StringComparison.Ordinal);

        // Autopilot off: no time to count down to.
        var off = await Http.ReadAsync<JsonElement>(
            await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/settings", new { autopilot = false }), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, off.GetProperty("nextQuestionAt").ValueKind);
    }

    private static DateTime? NextQuestionAt(JsonElement join) =>
        join.GetProperty("chat").GetProperty("nextQuestionAt") is { ValueKind: JsonValueKind.String } at ? at.GetDateTime() : null;

    [Fact]
    public async Task Autopilot_off_asks_nothing_by_itself()
    {
        var cast = await Cast.CreateAsync(_app, start: true, autopilot: false, scheduledStart: _clock.GetUtcNow());

        _clock.Advance(TimeSpan.FromMinutes(15));
        await _app.TickAsync();

        Assert.Empty(await AskedAsync(cast));
    }

    [Fact]
    public async Task Live_chat_is_ended_by_the_server_thirty_minutes_after_its_scheduled_end()
    {
        var cast = await Cast.CreateAsync(_app, start: true, scheduledStart: _clock.GetUtcNow());
        await using var reader = await _app.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);

        _clock.Advance(TimeSpan.FromMinutes(60 + 30) - TimeSpan.FromSeconds(1));
        await _app.TickAsync();
        Assert.Equal("live", (await ChatAsync(cast)).Status);

        _clock.Advance(TimeSpan.FromSeconds(1));
        await _app.TickAsync();

        Assert.Equal("ended", (await reader.WaitForAsync("ChatChanged", e => e.Chat.Status == "ended")).Chat.Status);
        var chat = await ChatAsync(cast);
        Assert.Equal("ended", chat.Status);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, chat.EndedAt!.Value, TimeSpan.FromSeconds(1));
        Assert.Contains(await cast.AuditAsync(), a => a.Action == "chat.ended.on-schedule");
        Assert.Equal(
            "This chat has ended; its transcript is read-only.",
            await Http.ProblemDetailAsync(await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "late" }), HttpStatusCode.Conflict));
    }

    private async Task<ChatView> ChatAsync(Cast cast) =>
        await Http.ReadAsync<ChatView>(await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.OK);

    private async Task<List<string>> AskedAsync(Cast cast) =>
        (await cast.PostsAsync(_app.Anonymous())).Where(p => p.Kind == "question").Select(p => p.Label!).ToList();
}
