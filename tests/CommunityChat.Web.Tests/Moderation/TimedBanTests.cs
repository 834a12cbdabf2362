using Microsoft.Extensions.Time.Testing;

namespace CommunityChat.Web.Tests.Moderation;

/// <summary>SPEC rule 8, timed bans: a ban for N minutes refuses posts until the N minutes have passed, then ends by itself.</summary>
public sealed class TimedBanTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly TestApp _app;

    public TimedBanTests() => _app = TestApp.Start(clock: _clock);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Participant_banned_for_ten_minutes_is_refused_until_they_pass_then_posts_again()
    {
        var cast = await Cast.CreateAsync(_app, start: true, scheduledStart: _clock.GetUtcNow());
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await participant.JoinAsync(cast.ChatId);
        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/bans/pat", new { reason = "Heated", minutes = 10 }),
            HttpStatusCode.NoContent);

        _clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        var overApi = await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "Still cross" });
        var overHub = await participant.RefusalAsync("Send", cast.ChatId, "Still cross", null, null);
        Assert.StartsWith("You're banned from this community until ", await Http.ProblemDetailAsync(overApi, HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.StartsWith("You're banned from this community until ", overHub, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromSeconds(2));
        var back = await cast.PostAsync(cast.Participant, "Calm again");
        Assert.Equal("Calm again", back.Text);
        Assert.Equal("And over the hub", (await participant.SendAsync(cast.ChatId, "And over the hub")).Text);
        Assert.Equal(["Calm again", "And over the hub"], (await cast.PostsAsync(_app.Anonymous())).Select(p => p.Text));
    }
}
