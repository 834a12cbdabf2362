using Microsoft.Extensions.Time.Testing;

namespace CommunityChat.Web.Tests.Live;

/// <summary>SPEC rule 29 without slow mode: no repeats within 2 minutes, no sixth post within 10 seconds, threads pass.</summary>
public sealed class FloodTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly TestApp _app;

    // The defaults, which the other test classes lift.
    public FloodTests() => _app = TestApp.Start(
        new Dictionary<string, string?> { ["CommunityChat:Posting:Burst"] = "5", ["CommunityChat:Posting:PerSecond"] = "0.5" },
        clock: _clock);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_same_text_twice_within_two_minutes_is_refused_then_allowed()
    {
        var cast = await StartedAsync();
        await using var participant = await _app.ConnectAsync(cast.Participant);

        await participant.SendAsync(cast.ChatId, "Buy my course!");
        var again = await participant.RefusalAsync("Send", cast.ChatId, "Buy my course!", null, null);
        var overApi = await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "Buy my course!" });
        _clock.Advance(TimeSpan.FromMinutes(2));
        var later = await participant.SendAsync(cast.ChatId, "Buy my course!");

        Assert.Equal("You just posted that.", again);
        Assert.Equal("You just posted that.", await Http.ProblemDetailAsync(overApi, HttpStatusCode.Conflict));
        Assert.Equal("Buy my course!", later.Text);
    }

    [Fact]
    public async Task A_sixth_post_within_ten_seconds_is_refused_and_refusals_do_not_count()
    {
        var cast = await StartedAsync();
        await using var participant = await _app.ConnectAsync(cast.Participant);
        for (var i = 1; i <= 5; i++)
        {
            await participant.SendAsync(cast.ChatId, $"Thought {i}");
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        var sixth = await participant.RefusalAsync("Send", cast.ChatId, "Thought 6", null, null);
        await participant.RefusalAsync("Send", cast.ChatId, "Thought 7", null, null);
        _clock.Advance(TimeSpan.FromSeconds(6)); // the first post is now 11 s old: one place in the window is free
        var after = await participant.SendAsync(cast.ChatId, "Thought 8");

        Assert.Equal("You're posting very fast. Wait 5 seconds and send again.", sixth); // the first of the five, 5 s ago, leaves the window in 5 s
        Assert.Equal("Thought 8", after.Text);
    }

    [Fact]
    public async Task A_thread_of_answers_and_a_reply_in_half_a_minute_pass_and_guests_are_never_limited()
    {
        var cast = await StartedAsync();
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await using var guest = await _app.ConnectAsync(cast.Guest);
        await cast.AskAsync(1);

        var first = await participant.SendAsync(cast.ChatId, "A1 Listening first");
        _clock.Advance(TimeSpan.FromSeconds(8));
        var b = await participant.SendAsync(cast.ChatId, "A1b then asking");
        _clock.Advance(TimeSpan.FromSeconds(8));
        var c = await participant.SendAsync(cast.ChatId, "A1c then acting");
        _clock.Advance(TimeSpan.FromSeconds(8));
        var reply = await participant.SendAsync(cast.ChatId, "Agreed!", null, first.Id);
        var guestPosts = new List<string>();
        for (var i = 1; i <= 7; i++)
        {
            guestPosts.Add((await guest.SendAsync(cast.ChatId, "A1 Same words")).Label!);
        }

        Assert.Equal(["A1", "A1b", "A1c"], new[] { first, b, c }.Select(p => p.Label));
        Assert.Equal("reply", reply.Kind);
        Assert.Equal(7, guestPosts.Count);
    }

    private async Task<Cast> StartedAsync() => await Cast.CreateAsync(_app, start: true, scheduledStart: _clock.GetUtcNow());
}
